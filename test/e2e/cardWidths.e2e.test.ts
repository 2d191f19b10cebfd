/**
 * Every card at Teams' real widths (320 px: Teams on a phone; 446 px: the Agents Playground), drawn by the
 * Adaptive Cards JS renderer in headless Chromium with a Teams-like host config: nothing cut, clipped or
 * overflowing. DOCS_SCREENSHOTS=folder keeps a picture of each (`npm run screenshots`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { elementsOf, texts } from '../helpers/cardJson';
import { cardGallery } from './cardGallery';
import { openRendererPage, renderCard } from './cardRendering';
import { launchChromium, type HeadlessBrowser } from './headlessChromium';

const WIDTHS = [320, 446];

/** A card's text as written (the cards escape Markdown signs with a backslash), whitespace collapsed. */
function asShown(text: string): string {
  return text.replace(/\\([\\`*_[\]<>~{}#+\-.)])/g, '$1').replace(/\s+/g, ' ').trim();
}

/** The card as a host draws it: a Chart.* replaced by its fallback (the JS renderer draws no charts), other fallbacks left out. */
function asDrawn(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(asDrawn);
  if (node === null || typeof node !== 'object') return node;
  const element = node as Record<string, unknown>;
  if (String(element.type).startsWith('Chart.')) return asDrawn(element.fallback);
  return Object.fromEntries(Object.entries(element).filter(([key]) => key !== 'fallback').map(([key, value]) => [key, asDrawn(value)]));
}

/** Every text, fact and button title the card shows. */
function cardTexts(card: object): string[] {
  const drawn = asDrawn(card);
  const facts = elementsOf(drawn, (e) => e.type === 'FactSet').flatMap((set) => (set.facts as { title: string; value: string }[]).flatMap((f) => [f.title, f.value]));
  const buttons = elementsOf(drawn, (e) => String(e.type).startsWith('Action.') && typeof e.title === 'string').map((action) => String(action.title));
  return [...texts(drawn), ...facts, ...buttons].map(asShown).filter((text) => text !== '');
}

describe.each(WIDTHS)('every card %d px wide', (width) => {
  let browser: HeadlessBrowser;
  let page: Page;
  const folder = process.env.DOCS_SCREENSHOTS ? join(process.env.DOCS_SCREENSHOTS, 'cards') : undefined;

  beforeAll(async () => {
    browser = await launchChromium({ timezoneId: 'UTC', locale: 'en-US' });
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 600, height: 800 });
    await openRendererPage(page);
    if (folder) mkdirSync(folder, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(cardGallery())('shows the %s card whole', async (name, card) => {
    const rendered = await renderCard(page, card, width);
    if (folder) await page.locator('#host').screenshot({ path: join(folder, `${name}-${width}.png`) });
    expect(rendered.overflowing).toEqual([]);
    expect(rendered.clipped).toEqual([]);
    expect(rendered.brokenWords).toEqual([]);
    const written = cardTexts(card);
    // An ellipsis is the card's own (a clipped free text), never the renderer's.
    expect(rendered.endingInEllipsis.filter((text) => !written.includes(asShown(text)))).toEqual([]);
    expect(written.filter((text) => !rendered.text.includes(text))).toEqual([]);
    // Teams' charts are not drawn here: their fallback is, whole.
    for (const chart of elementsOf(card, (e) => String(e.type).startsWith('Chart.'))) {
      const fallback = texts(chart.fallback).map(asShown);
      expect(fallback.length).toBeGreaterThan(0);
      expect(fallback.filter((text) => !rendered.text.includes(text))).toEqual([]);
    }
  });
});

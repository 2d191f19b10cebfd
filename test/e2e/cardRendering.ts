/** Renders a card with the Adaptive Cards JS renderer in a column of a given width, and reads back what a reader would miss. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import hostConfig from './teamsHostConfig.json';

/** What the rendered card shows and where its layout fails a reader. */
export interface RenderedCard {
  /** The card's visible text, whitespace collapsed. */
  text: string;
  /** Elements wider than the card, or reaching past its right edge. */
  overflowing: string[];
  /** Texts cut by their box (an ellipsis or hidden overflow): wider inside than shown. */
  clipped: string[];
  /** Words split across two lines at a place that is no break (after a space, a hyphen, "@" or "/"). */
  brokenWords: string[];
  /** Leaf texts that end in "…". */
  endingInEllipsis: string[];
}

/** An empty page with the renderer, Teams' host config and cardPage.js. */
export async function openRendererPage(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html><body style="margin:0;background:#f5f5f5"><div id="host"></div></body></html>');
  await page.addStyleTag({ content: readFileSync(require.resolve('adaptivecards/dist/adaptivecards.css'), 'utf8') });
  // Teams (and the Playground) wrap a row of buttons that does not fit onto more rows rather than squeezing them.
  await page.addStyleTag({ content: '.ac-actionSet { flex-wrap: wrap; row-gap: 8px; } .ac-pushButton { flex-shrink: 0 !important; max-width: 100%; }' });
  await page.addScriptTag({ content: readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8') });
  await page.addScriptTag({ content: readFileSync(require.resolve('./cardPage.js'), 'utf8') });
  await page.evaluate((config) => (globalThis as unknown as PageScript).setUpRenderer(config), hostConfig);
}

/** What cardPage.js adds to the page. */
interface PageScript {
  setUpRenderer(config: unknown): void;
  renderAndMeasure(card: object, width: number): RenderedCard;
  measureCard(root: unknown): RenderedCard;
}

/** Renders `card` alone, `width` px wide, and measures it. */
export async function renderCard(page: Page, card: object, width: number): Promise<RenderedCard> {
  return page.evaluate(({ card, width }) => (globalThis as unknown as PageScript).renderAndMeasure(card, width), { card, width });
}

/** Measures a card another renderer drew (the Agents Playground's), as renderCard measures its own. */
export async function measureShownCard(card: Locator): Promise<RenderedCard> {
  const page = card.page();
  if (!(await page.evaluate(() => 'measureCard' in globalThis))) {
    await page.addScriptTag({ content: readFileSync(require.resolve('./cardPage.js'), 'utf8') });
  }
  return card.evaluate((root) => (globalThis as unknown as PageScript).measureCard(root));
}

/** Renders a card with the Adaptive Cards JS renderer in a column of a given width, and reads back what a reader would miss. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
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

/** An empty page with the renderer, Teams' host config and Markdown read as Teams reads the cards' escaped text. */
export async function openRendererPage(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html><body style="margin:0;background:#f5f5f5"><div id="host"></div></body></html>');
  await page.addStyleTag({ content: readFileSync(require.resolve('adaptivecards/dist/adaptivecards.css'), 'utf8') });
  await page.addScriptTag({ content: readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8') });
  await page.evaluate((config) => {
    const ac = (window as unknown as { AdaptiveCards: AdaptiveCardsGlobal }).AdaptiveCards;
    // The cards escape Markdown signs with backslashes (src/cards/markdownText.ts); Teams shows them as written.
    ac.AdaptiveCard.onProcessMarkdown = (text, result) => {
      const span = document.createElement('span');
      span.textContent = text.replace(/\\([\\`*_[\]<>~{}#+\-.)])/g, '$1');
      result.outputHtml = span.innerHTML;
      result.didProcess = true;
    };
    (window as unknown as { hostConfig: unknown }).hostConfig = new ac.HostConfig(config);
  }, hostConfig);
}

/** The few parts of the renderer's global this file uses. */
interface AdaptiveCardsGlobal {
  HostConfig: new (config: unknown) => unknown;
  AdaptiveCard: {
    new (): { hostConfig: unknown; parse(card: unknown): void; render(): HTMLElement | undefined };
    onProcessMarkdown: (text: string, result: { outputHtml?: string; didProcess: boolean }) => void;
  };
}

/** Renders `card` alone, `width` px wide, and measures it. */
export async function renderCard(page: Page, card: object, width: number): Promise<RenderedCard> {
  return page.evaluate(
    ({ card, width }) => {
      const global = window as unknown as { AdaptiveCards: AdaptiveCardsGlobal; hostConfig: unknown };
      const host = document.getElementById('host') as HTMLElement;
      host.style.width = `${width}px`;
      host.replaceChildren();
      const adaptiveCard = new global.AdaptiveCards.AdaptiveCard();
      adaptiveCard.hostConfig = global.hostConfig;
      adaptiveCard.parse(card);
      const root = adaptiveCard.render();
      if (!root) throw new Error('the renderer returned nothing');
      host.appendChild(root);

      const shown = (e: Element): boolean => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      };
      const describe = (e: Element): string => `${e.tagName.toLowerCase()}.${e.className} “${(e.textContent ?? '').trim().slice(0, 60)}”`;
      const right = root.getBoundingClientRect().right;
      const elements = [...root.querySelectorAll('*')].filter(shown);

      const overflowing = [
        ...(root.scrollWidth > root.clientWidth + 1 ? [`the card: ${root.scrollWidth} px in ${root.clientWidth} px`] : []),
        ...elements.filter((e) => e.getBoundingClientRect().right > right + 1).map(describe),
      ];
      const clipped = elements
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && (e.textContent ?? '').trim() !== '' && getComputedStyle(e).overflowX !== 'visible')
        .filter((e) => !e.closest('select, input'))
        .map(describe);

      const brokenWords: string[] = [];
      const endingInEllipsis: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!node.parentElement || !shown(node.parentElement) || node.parentElement.closest('select')) continue;
        if (text.trim().endsWith('…')) endingInEllipsis.push(text.trim());
        // Each piece may start a line; a piece drawn on two lines is a word broken where no break belongs.
        let start = 0;
        for (const piece of text.split(/(?<=[\s\-@/–])/)) {
          const word = piece.trim();
          if (word.length > 1) {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + piece.trimEnd().length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) brokenWords.push(word);
          }
          start += piece.length;
        }
      }
      return { text: root.innerText.replace(/\s+/g, ' ').trim(), overflowing, clipped, brokenWords, endingInEllipsis };
    },
    { card, width },
  );
}

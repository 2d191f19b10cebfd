// Runs in a browser page (cardRendering.ts): renders one card at a time after adaptivecards.min.js, and
// measures what a reader of a drawn card would miss (also on the Agents Playground's page).
// Plain browser JavaScript: the project's TypeScript has no DOM types.
'use strict';

/** Teams reads the cards' Markdown; the cards escape its signs with a backslash (src/cards/markdownText.ts), shown as written. */
window.setUpRenderer = (config) => {
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const span = document.createElement('span');
    span.textContent = text.replace(/\\([\\`*_[\]<>~{}#+\-.)])/g, '$1');
    result.outputHtml = span.innerHTML;
    result.didProcess = true;
  };
  window.hostConfig = new AdaptiveCards.HostConfig(config);
};

const shown = (e) => {
  const box = e.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
};
const describe = (e) => `${e.tagName.toLowerCase()}.${e.className} “${(e.textContent || '').trim().slice(0, 60)}”`;

/** Each piece may start a line (after a space, a hyphen, "@", "/" or a dash); one drawn on two lines is a broken word. */
function brokenWordsOf(node) {
  const broken = [];
  const text = node.textContent || '';
  let start = 0;
  for (const piece of text.split(/(?<=[\s\-@/–])/)) {
    if (piece.trim().length > 1) {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + piece.trimEnd().length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(piece.trim());
    }
    start += piece.length;
  }
  return broken;
}

window.renderAndMeasure = (card, width) => {
  const host = document.getElementById('host');
  host.style.width = `${width}px`;
  host.replaceChildren();
  const adaptiveCard = new AdaptiveCards.AdaptiveCard();
  adaptiveCard.hostConfig = window.hostConfig;
  adaptiveCard.parse(card);
  const root = adaptiveCard.render();
  if (!root) throw new Error('the renderer returned nothing');
  host.appendChild(root);
  return window.measureCard(root);
};

/** What a reader of the card drawn at `root` would miss: overflow, clipped text, broken words, ellipses. */
window.measureCard = (root) => {
  const right = root.getBoundingClientRect().right;
  const elements = [...root.querySelectorAll('*')].filter(shown);
  const overflowing = [
    ...(root.scrollWidth > root.clientWidth + 1 ? [`the card: ${root.scrollWidth} px in ${root.clientWidth} px`] : []),
    ...elements.filter((e) => e.getBoundingClientRect().right > right + 1).map(describe),
  ];
  const clipped = elements
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && (e.textContent || '').trim() !== '' && getComputedStyle(e).overflowX !== 'visible')
    .filter((e) => !e.closest('select, input'))
    .map(describe);
  const brokenWords = [];
  const endingInEllipsis = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || !shown(node.parentElement) || node.parentElement.closest('select')) continue;
    if ((node.textContent || '').trim().endsWith('…')) endingInEllipsis.push(node.textContent.trim());
    brokenWords.push(...brokenWordsOf(node));
  }
  return { text: root.innerText.replace(/\s+/g, ' ').trim(), overflowing, clipped, brokenWords, endingInEllipsis };
};

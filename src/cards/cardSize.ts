/** Size guard for cards: the byte budget, the measure, and clipping of free text to a sane length. */

/** The smallest message limit a card may meet (incoming webhooks and Workflows): 28 KB. */
export const MAX_CARD_BYTES = 28 * 1024;

/**
 * Bytes of the card as sent: its JSON in UTF-8.
 * @example cardSize(helpCard({ examples: [], demoTenant: false })) < MAX_CARD_BYTES // true
 */
export function cardSize(card: object): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/**
 * Collapses whitespace and cuts `text` to at most `maxChars` code points, ending in an
 * ellipsis when cut (never splits a surrogate pair).
 * @example clip('Alexandria Ocasio-Rodriguez', 10) // 'Alexandri…'
 */
export function clip(text: string, maxChars: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  if (chars.length <= maxChars) return oneLine;
  return `${chars.slice(0, maxChars - 1).join('').trimEnd()}…`;
}

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

/** The longest question phrase a card repeats (and every button carries), in characters and in UTF-8 bytes. */
const MAX_PHRASE_CHARS = 40;
const MAX_PHRASE_BYTES = 80;

/**
 * The phrase as cards show it and buttons carry it: every real date phrase fits; only text that is
 * no date phrase (long, or of four-byte emoji) is cut, so a dozen buttons stay small.
 * @example clipPhrase('from September 1 to November 15') // unchanged
 */
export function clipPhrase(phrase: string): string {
  let clipped = clip(phrase, MAX_PHRASE_CHARS);
  while (Buffer.byteLength(clipped, 'utf8') > MAX_PHRASE_BYTES) clipped = clip(clipped, Array.from(clipped).length - 1);
  return clipped;
}

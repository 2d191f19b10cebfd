/** Cleans a message's text for reading: markup and entities left by Teams out, whitespace collapsed. */

/**
 * Longest cleaned message that is read. A real question is a sentence or two; refusing
 * longer text (rather than reading only its start) keeps every answer fast and never
 * reads a period out of the first lines of a pasted document.
 */
export const MAX_QUESTION_LENGTH = 500;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string, body: string): string {
  const lower = body.toLowerCase();
  if (lower in ENTITIES) return ENTITIES[lower];
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? Number(lower.slice(1)) : NaN;
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

/**
 * The words of a message: tags such as `<p>` and `<at>` become spaces, entities such as
 * `&nbsp;` are decoded, invisible and unusual spaces become plain ones, and runs of
 * whitespace collapse. Each pattern is bounded, so the cost grows linearly with the text.
 * @example questionText('<p>Top spenders&nbsp;last  month</p>\n') // 'Top spenders last month'
 */
export function questionText(raw: string): string {
  return raw
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, decodeEntity)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a question and the spans readers used: finding a phrase among words not yet read, and the words left over. */
import type { Span } from './subjectReading';

/** One word of the question not read yet, and where it stands. */
export interface UnreadWord {
  text: string;
  start: number;
  end: number;
}

// Letters, digits and what joins them inside a word: "dial-out", "O'Brien", "nadia.obrien@contoso.com".
const WORD = /[\p{L}\p{N}@][\p{L}\p{N}\p{M}@._'’-]*/gu;
const TRAILING = /[._'’-]+$/u;
const POSSESSIVE = /['’]s$/iu;

function overlaps(start: number, end: number, used: readonly Span[]): boolean {
  return used.some(([from, to]) => start < to && end > from);
}

/**
 * The words of `text` outside the `used` spans, with trailing dots and a possessive "'s" taken off.
 * @example unreadWords('Nadia’s calls last month', [[14, 24]]).map((w) => w.text) // ['Nadia', 'calls']
 */
export function unreadWords(text: string, used: readonly Span[]): UnreadWord[] {
  const words: UnreadWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (overlaps(start, start + match[0].length, used)) continue;
    const cleaned = match[0].replace(TRAILING, '').replace(POSSESSIVE, '');
    if (cleaned !== '') words.push({ text: cleaned, start, end: start + cleaned.length });
  }
  return words;
}

/**
 * The first match of `pattern` (a global pattern) that uses no word already read, as a span, with the match.
 * @example findUnread(/\btop\s+(\d+)/gi, 'top 5 last month', []) // { span: [0, 5], match: ['top 5', '5'] }
 */
export function findUnread(pattern: RegExp, text: string, used: readonly Span[]): { span: Span; match: RegExpExecArray } | undefined {
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (!overlaps(match.index, end, used)) return { span: [match.index, end], match };
  }
  return undefined;
}

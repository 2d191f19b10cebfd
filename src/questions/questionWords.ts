/** A question cut into words, with their offsets, for the subject readers that look words up in tables. */

/** One run of letters and digits: its text as written, folded (lower case, no accents), and where it stands. */
export interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents, one character for one: "Côte" → "cote" (offsets stay those of the question). */
function fold(text: string): string {
  let folded = '';
  for (const char of text) folded += char.normalize('NFD')[0]?.toLowerCase()[0] ?? char;
  return folded;
}

/**
 * The question's words: apostrophes, hyphens, dots and other marks separate them.
 * @example questionWords('Côte d’Ivoire').map((w) => w.folded) // ['cote', 'd', 'ivoire']
 */
export function questionWords(question: string): Word[] {
  const words: Word[] = [];
  for (const match of question.matchAll(WORD)) {
    const start = match.index;
    words.push({ text: match[0], folded: fold(match[0]), start, end: start + match[0].length });
  }
  return words;
}

/**
 * True when every letter of the question is upper case (then capitals tell nothing about codes or names).
 * @example shouted('COST IN DE LAST MONTH') // true
 */
export function shouted(question: string): boolean {
  return question === question.toUpperCase() && question !== question.toLowerCase();
}

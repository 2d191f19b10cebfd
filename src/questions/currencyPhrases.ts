/** Reads the currency a question asks for: "in EUR", "USD", "euro spend", "in pounds", "€". */
import type { WordsProblem } from './question';
import { shouted, type Word } from './questionWords';
import type { Span, SubjectFound } from './subjectReading';

/**
 * Currency names and signs people type. "$" and a bare "dollars" are not read: many currencies are
 * dollars, and "$" often just means money.
 */
const NAMES: { words: string[]; code: string }[] = [
  { words: ['us', 'dollars'], code: 'USD' }, { words: ['us', 'dollar'], code: 'USD' },
  { words: ['canadian', 'dollars'], code: 'CAD' }, { words: ['canadian', 'dollar'], code: 'CAD' },
  { words: ['australian', 'dollars'], code: 'AUD' }, { words: ['australian', 'dollar'], code: 'AUD' },
  { words: ['swiss', 'francs'], code: 'CHF' }, { words: ['swiss', 'franc'], code: 'CHF' },
  { words: ['euros'], code: 'EUR' }, { words: ['euro'], code: 'EUR' },
  { words: ['pounds'], code: 'GBP' }, { words: ['pound'], code: 'GBP' }, { words: ['sterling'], code: 'GBP' },
  { words: ['yen'], code: 'JPY' }, { words: ['rupees'], code: 'INR' }, { words: ['zloty'], code: 'PLN' },
  { words: ['kronor'], code: 'SEK' }, { words: ['krona'], code: 'SEK' },
];

const SIGNS: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** Codes that are also words ("ALL", "TOP 5"): never read as currencies. */
const WORD_CODES = new Set(['ALL', 'TOP', 'TRY', 'CUP', 'MOP', 'SOS', 'BOB', 'AMD', 'PEN']);

let codes: Set<string> | undefined;

function isCurrency(text: string): boolean {
  codes ??= new Set(Intl.supportedValuesOf('currency'));
  return codes.has(text.toUpperCase());
}

/** A three-letter code: in upper case anywhere (unless it is also a word), or in any case after "in". */
function codeAt(words: Word[], at: number, loud: boolean): string | undefined {
  const { text } = words[at] as Word;
  if (text.length !== 3 || !isCurrency(text)) return undefined;
  const afterIn = at > 0 && (words[at - 1] as Word).folded === 'in';
  const code = text.toUpperCase();
  if (WORD_CODES.has(code)) return undefined;
  return afterIn || (text === code && !loud) ? code : undefined;
}

/**
 * The currency a question asks for, with the words it used; undefined when it names none, a problem
 * when it names two (a card shows one currency's figures at a time).
 * @example readCurrency('cost in EUR last month', questionWords('cost in EUR last month')) // { value: 'EUR', spans: [[8, 11]] }
 */
export function readCurrency(question: string, words: Word[]): SubjectFound<string> | { problem: WordsProblem } | undefined {
  const loud = shouted(question);
  const found: { code: string; span: Span }[] = [];
  for (const [sign, code] of Object.entries(SIGNS)) {
    const at = question.indexOf(sign);
    if (at >= 0) found.push({ code, span: [at, at + sign.length] });
  }
  for (let at = 0; at < words.length; at += 1) {
    const name = NAMES.find((n) => n.words.every((part, i) => words[at + i]?.folded === part));
    if (name) {
      found.push({ code: name.code, span: [(words[at] as Word).start, (words[at + name.words.length - 1] as Word).end] });
      at += name.words.length - 1;
      continue;
    }
    const code = codeAt(words, at, loud);
    if (code !== undefined) found.push({ code, span: [(words[at] as Word).start, (words[at] as Word).end] });
  }
  const distinct = [...new Set(found.map((f) => f.code))];
  if (distinct.length > 1) {
    return { problem: { reason: 'oneAtATime', message: `I show one currency at a time, and you named ${distinct.join(' and ')}. Ask about one of them.` } };
  }
  return distinct.length === 1 ? { value: distinct[0] as string, spans: found.map((f) => f.span) } : undefined;
}

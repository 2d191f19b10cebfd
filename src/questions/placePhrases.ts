/** Reads the usage location a question narrows to: "Germany", "the UK", "DE", "German users", "people in France". */
import { usageLocationCodes } from '../domain/countryNames';
import { demonymNames, PEOPLE_NOUNS, placeNames, type PlaceName } from './placeNames';
import type { WordsProblem } from './question';
import { shouted, type Word } from './questionWords';
import type { Span, SubjectFound } from './subjectReading';
import { quoted } from './quoted';

/** Words after which a two-letter word is a country code whatever its case ("in de", "country: fr"). */
const PLACE_WORDS = new Set(['in', 'from', 'for', 'country', 'location', 'based', 'located']);

/** Codes that are also English words or common abbreviations: read as a code only in upper case after a PLACE_WORDS word. */
const WORD_CODES = new Set(['IN', 'IT', 'AT', 'BE', 'DO', 'IS', 'ME', 'MY', 'NO', 'SO', 'TO', 'AM', 'AS', 'AD', 'ID', 'PM', 'MS', 'MD', 'TV', 'AI', 'CV', 'PR', 'PS', 'BY', 'LA', 'GO', 'HI', 'OK']);

/** Capitalised words after "in" that are no place: periods, and words of the product. */
const NOT_PLACES =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|h[12]|fy\d*|ytd|mtd|qtd|today|yesterday|the|this|that|last|next|past|previous|all|our|each|every|an?|which|what|total|teams|microsoft|graph|english|dollars?|euros?|pounds?|\d+)$/i;

/** Two-letter words read as codes in lower case after a place word only when they are not English words. */
const LOWER_CASE_WORDS = new Set([...WORD_CODES, 'US']);

/** "UK" is no ISO code, but people write it for GB. */
const CODE_ALIASES: Record<string, string> = { UK: 'GB' };

let codes: Set<string> | undefined;

function isCode(code: string): boolean {
  codes ??= new Set(usageLocationCodes());
  return codes.has(code);
}

/** The longest name of `index` starting at word `at`, with the index of the word after it. */
function nameAt(words: Word[], at: number, index: Map<string, PlaceName[]>): { name: PlaceName; next: number } | undefined {
  for (const name of index.get((words[at] as Word).folded) ?? []) {
    if (name.words.every((part, i) => words[at + i]?.folded === part)) return { name, next: at + name.words.length };
  }
  return undefined;
}

/** A two-letter word as a code: in upper case (unless it is also a word), or after "in", "from", "for", "country". */
function codeAt(words: Word[], at: number, loud: boolean): string | undefined {
  const { text } = words[at] as Word;
  if (text.length !== 2) return undefined;
  const written = text.toUpperCase();
  const code = CODE_ALIASES[written] ?? written;
  if (!isCode(code)) return undefined;
  const afterPlaceWord = at > 0 && PLACE_WORDS.has((words[at - 1] as Word).folded);
  const upper = text === written && !loud;
  if (upper && (!WORD_CODES.has(written) || afterPlaceWord)) return code;
  return afterPlaceWord && !LOWER_CASE_WORDS.has(written) ? code : undefined;
}

/** Where a question names a place nobody knows ("in Narnia"): the capitalised words after "in". */
function unknownPlaceAt(question: string, words: Word[], at: number, loud: boolean): Span | undefined {
  const word = words[at] as Word;
  if (loud || at === 0 || (words[at - 1] as Word).folded !== 'in') return undefined;
  if (!/^\p{Lu}\p{L}+$/u.test(word.text) || NOT_PLACES.test(word.text) || demonymNames().has(word.folded)) return undefined;
  if (/^['’]/.test(question.slice(word.end))) return undefined; // "in Nadia's name": a person's
  let end = at;
  while (end + 1 < words.length && /^\p{Lu}\p{L}+$/u.test((words[end + 1] as Word).text)) end += 1;
  return [word.start, (words[end] as Word).end];
}

const QUOTE_LIMIT = 40;

const quote = (words: string): string => quoted(words, QUOTE_LIMIT);

/**
 * The usage location a question names, with the words it used; a problem when it names a place no
 * country is called, or more than one location; undefined when it names none. Words in `taken`
 * (read by another reader, such as "Canadian dollars") are skipped.
 * @example readPlace('cost for Germany last month', questionWords('cost for Germany last month'), []) // { value: 'DE', spans: [[9, 16]] }
 */
export function readPlace(question: string, words: Word[], taken: Span[]): SubjectFound<string> | { problem: WordsProblem } | undefined {
  const loud = shouted(question);
  const found: { code: string; span: Span }[] = [];
  const free = (word: Word): boolean => !taken.some(([start, end]) => word.start < end && start < word.end);
  for (let at = 0; at < words.length; at += 1) {
    if (!free(words[at] as Word)) continue;
    const afterNew = at > 0 && (words[at - 1] as Word).folded === 'new';
    const named = nameAt(words, at, placeNames());
    if (named && !(afterNew && named.name.words.length === 1)) {
      found.push({ code: named.name.code, span: [(words[at] as Word).start, (words[named.next - 1] as Word).end] });
      at = named.next - 1;
      continue;
    }
    const demonym = nameAt(words, at, demonymNames());
    if (demonym && PEOPLE_NOUNS.has(words[demonym.next]?.folded ?? '')) {
      found.push({ code: demonym.name.code, span: [(words[at] as Word).start, (words[demonym.next - 1] as Word).end] });
      at = demonym.next - 1;
      continue;
    }
    const code = codeAt(words, at, loud);
    if (code !== undefined) {
      found.push({ code, span: [(words[at] as Word).start, (words[at] as Word).end] });
      continue;
    }
    const unknown = unknownPlaceAt(question, words, at, loud);
    if (unknown) {
      const place = question.slice(unknown[0], unknown[1]);
      return { problem: { reason: 'unknownPlace', message: `I don't know a country called ${quote(place)}. Name a usage location such as “Germany”, “the UK” or “DE”.` } };
    }
  }
  const distinct = [...new Set(found.map((f) => f.code))];
  if (distinct.length > 1) {
    const named = found.map((f) => quote(question.slice(f.span[0], f.span[1])));
    return { problem: { reason: 'oneAtATime', message: `I can narrow to one usage location at a time, and you named ${named.join(' and ')}. Ask about one of them.` } };
  }
  return distinct.length === 1 ? { value: distinct[0] as string, spans: found.map((f) => f.span) } : undefined;
}

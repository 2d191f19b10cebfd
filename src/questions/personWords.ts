/** The words left after every reader: a person's name (capitalised words or a UPN), or words nobody understood. */
import { isNoise } from './noiseWords';
import { unreadWords, type UnreadWord } from './unreadWords';
import type { Span, SubjectFound } from './subjectReading';

let placeNames: Set<string> | undefined;

/** One-word English names of countries and regions ("jordan", "georgia", "chad"), in any case. */
export function isPlaceName(word: string): boolean {
  if (placeNames === undefined) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    placeNames = new Set();
    for (let first = 65; first <= 90; first += 1) {
      for (let second = 65; second <= 90; second += 1) {
        const name = names.of(String.fromCharCode(first, second));
        if (name !== undefined && !name.includes(' ')) placeNames.add(name.toLowerCase());
      }
    }
  }
  return placeNames.has(word.toLowerCase());
}

/** A word that may be part of a name: capitalised, or a UPN. */
function namesSomeone(word: UnreadWord): boolean {
  return word.text.includes('@') || /^\p{Lu}/u.test(word.text);
}

/** What the leftover words hold. */
export interface Leftover {
  /** Runs of words that may name a person (one run names one person). */
  people: SubjectFound<string>[];
  /** Words nobody read, as written. */
  unknown: string[];
}

/**
 * Sorts the words outside `used` that are not noise: runs of capitalised words or a UPN may name a person
 * ("Nadia O'Brien", "nadia.obrien@contoso.com"); anything else is not understood. A lone word that is also a
 * country's name ("Jordan", "Georgia", "Chad") is a place, not a person: it is left to the place reader and,
 * when that did not read it, not understood. A full name ("Jordan Smith") names a person.
 * @example leftoverWords('how much did Nadia O’Brien spend last month', [[33, 43]]).people[0].value // 'Nadia O’Brien'
 */
export function leftoverWords(text: string, used: readonly Span[]): Leftover {
  const words = unreadWords(text, used);
  const people: SubjectFound<string>[] = [];
  const unknown: string[] = [];
  let run: UnreadWord[] = [];
  const close = (): void => {
    if (run.length === 1 && !run[0]!.text.includes('@') && isPlaceName(run[0]!.text)) unknown.push(run[0]!.text);
    else if (run.length > 0) {
      const [first, last] = [run[0]!, run[run.length - 1]!];
      people.push({ value: text.slice(first.start, last.end), spans: [[first.start, last.end]] });
    }
    run = [];
  };
  for (const word of words) {
    if (isNoise(word.text)) close();
    else if (namesSomeone(word)) {
      // A run is broken by anything between its words but spaces ("Nadia, Omar").
      if (run.length > 0 && text.slice(run[run.length - 1]!.end, word.start).trim() !== '') close();
      run.push(word);
    } else {
      close();
      unknown.push(word.text);
    }
  }
  close();
  return { people, unknown };
}

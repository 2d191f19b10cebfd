/** Paging of any list on a card: which page to show (stale pages brought into range), its slice and its "Showing …" line. */
import { formatCount } from './format';

export interface PageWindow {
  /** The page shown, 0-based, within range. */
  page: number;
  start: number;
  end: number;
  /** Whether a page comes before / after this one. */
  hasPrevious: boolean;
  hasNext: boolean;
  /** How many items the next page holds (0 on the last page): "Next 12". */
  nextCount: number;
  /** "Countries 13–24 of 30"; "Country 1 of 1". */
  showing: string;
}

/**
 * The window of page `page` of `count` items, `size` a page. A page past the end (a stale or
 * hand-made button) shows the last page, never an empty one; a negative or non-number page the first.
 * @example pageWindow(30, 5, 12, { one: 'country', many: 'countries' }, 'en-US').showing // 'Countries 25–30 of 30'
 */
export function pageWindow(count: number, page: number, size: number, noun: { one: string; many: string }, locale: string): PageWindow {
  const lastPage = Math.max(0, Math.ceil(count / size) - 1);
  const shown = Number.isFinite(page) ? Math.min(Math.max(0, Math.floor(page)), lastPage) : 0;
  const start = shown * size;
  const end = Math.min(count, start + size);
  const [from, to, of] = [start + 1, end, count].map((n) => formatCount(n, locale));
  const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
  const showing = end - start === 1 ? `${capital(noun.one)} ${from} of ${of}` : `${capital(noun.many)} ${from}–${to} of ${of}`;
  return { page: shown, start, end, hasPrevious: shown > 0, hasNext: end < count, nextCount: Math.min(size, count - end), showing };
}

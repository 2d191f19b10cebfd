/** The date reader's own vocabulary: periods, the terms that name them, and the rules that find terms in text. */
import { type CalendarDate, dateParts } from '../domain/calendarDate';

/** Whole inclusive days, before any clipping: a period may still reach past today. */
export interface Period {
  first: CalendarDate;
  last: CalendarDate;
}

/** What the rules need besides the text: the user's today and how the fiscal year runs. */
export interface ReadingCalendar {
  today: CalendarDate;
  /** 1–12; the month the fiscal year starts in. */
  fiscalYearStartMonth: number;
}

/**
 * A period named in the text. "Yearless" ones ("October", "Q3", "Oct 3") become a period only
 * once a year is chosen, which depends on today and on the other end of a range.
 */
export type Term =
  | {
      kind: 'fixed';
      period: Period;
      /** The current week, month, quarter or year ("this month"): meant through today, so its later days were never asked for. */
      soFar?: boolean;
    }
  | {
      kind: 'yearless';
      /** The period in `year` (the fiscal year's name for fiscal terms); undefined when that year lacks it (Feb 29). */
      inYear: (year: number) => Period | undefined;
    };

/** What one stretch of text says: a term, a whole range ("oct 1-3"), or a date that does not exist. */
export type Reading =
  | { kind: 'term'; term: Term }
  | { kind: 'span'; from: Term; to: Term }
  | { kind: 'unreadable' };

/** A reading and where it stands in the text (`end` exclusive). */
export interface Found {
  start: number;
  end: number;
  reading: Reading;
}

/** One pattern and how to read what it matched; `read` returns undefined when a match is not plainly a date. */
export interface PhraseRule {
  pattern: RegExp;
  read: (match: RegExpExecArray, calendar: ReadingCalendar) => Reading | undefined;
}

/**
 * A case-insensitive, global pattern for a `PhraseRule`.
 * @example phrasePattern(String.raw`\byesterday\b`).test('Yesterday') // true
 */
export function phrasePattern(source: string): RegExp {
  return new RegExp(source, 'gi');
}

/**
 * The reading of a period with known days.
 * @example fixed({ first: '2026-10-01', last: '2026-10-31' }) // { kind: 'term', term: { kind: 'fixed', period: … } }
 */
export function fixed(period: Period): Reading {
  return { kind: 'term', term: { kind: 'fixed', period } };
}

/**
 * The reading of a period whose year is still to be chosen.
 * @example yearless((year) => wholeMonth(year, 10)) // "October"
 */
export function yearless(inYear: (year: number) => Period | undefined): Reading {
  return { kind: 'term', term: { kind: 'yearless', inYear } };
}

/**
 * The year of a calendar day.
 * @example yearOf('2026-11-27') // 2026
 */
export function yearOf(date: CalendarDate): number {
  return dateParts(date).year;
}

/**
 * A named group of a match, lower-cased; '' when the group did not take part.
 * @example word(/(?<unit>\w+)/.exec('Month')!, 'unit') // 'month'
 */
export function word(match: RegExpExecArray, group: string): string {
  return (match.groups?.[group] ?? '').toLowerCase();
}

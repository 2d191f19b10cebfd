/** What the bot understood from a message: the intent and, for cost questions, the date range. */
import type { DateRange } from '../domain/dateRange';

/** A date phrase that was read into a range. */
export interface ReadRange {
  range: DateRange;
  /** The words of the message that named the range ("last month"). */
  phrase: string;
  /** True when the phrase reached past today and the range was cut at today. */
  clippedToToday: boolean;
}

/** Why no range could be taken from a message; `message` is written for the user. */
export interface RangeProblem {
  reason: 'missing' | 'unreadable' | 'future' | 'reversed' | 'tooLong';
  message: string;
}

/** The outcome of reading a message. */
export type Question =
  | { kind: 'help' }
  | { kind: 'cost'; read: ReadRange }
  | { kind: 'notUnderstood'; problem: RangeProblem };

/** Everything the pure readers need besides the text: the clock and the user's settings. */
export interface ReadingContext {
  now: Date;
  timeZone: string;
  /** 1–12; the month the fiscal year starts in. */
  fiscalYearStartMonth: number;
  /** Longest range a question may ask for, in days. */
  maxRangeDays: number;
}

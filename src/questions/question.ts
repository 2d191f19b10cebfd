/** What the bot understood from a message: help, the view it asks for, or why it was not understood. */
import type { ViewRequest } from '../domain/viewRequest';

/** Why no range could be taken from a message; `message` is written for the user. */
export interface RangeProblem {
  reason: 'missing' | 'unreadable' | 'future' | 'reversed' | 'tooLong';
  message: string;
}

/** The outcome of reading a message. */
export type Question =
  | { kind: 'help' }
  | { kind: 'view'; request: ViewRequest }
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

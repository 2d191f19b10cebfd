/** What the bot understood from a message: help, the view it asks for, or why it was not understood. */
import type { ViewRequest } from '../domain/viewRequest';

/**
 * Why no range could be taken from a message; `message` is written for the user. Besides a date that cannot
 * exist (`unreadable`): an end missing or vague ("until October"), several periods, a comparison with one side
 * or two that overlap, a forecast of a period that cannot be projected.
 */
export interface RangeProblem {
  reason: 'missing' | 'unreadable' | 'vague' | 'severalPeriods' | 'oneSided' | 'overlapping' | 'notForecastable' | 'future' | 'reversed' | 'tooLong';
  message: string;
}

/**
 * Why the words around the period cannot be answered: a language other than English, something the
 * report does not hold ("calls to Germany"), words nobody read, a view that needs what was not given,
 * a place no country is called, or two values where one filter takes one ("EUR and USD").
 */
export interface WordsProblem {
  reason: 'notEnglish' | 'notInReport' | 'unknownWords' | 'incomplete' | 'unknownPlace' | 'oneAtATime';
  message: string;
}

/** A message longer than any question: refused before it is read. */
export interface MessageProblem {
  reason: 'messageTooLong';
  message: string;
}

/** Anything that keeps a message from being answered, with a message for the user. */
export type QuestionProblem = RangeProblem | WordsProblem | MessageProblem;

/**
 * The words naming a person (display name, part of it, or UPN) and which of their views was asked: matched
 * against the people of the period's report when answering, as the reader does not know them.
 */
export interface PersonAsked {
  name: string;
  view: 'person' | 'calls';
  /**
   * The name is also the usage location the request is narrowed to: a country's name on its own ("Jordan").
   * The place is answered, unless people of the period's report have that name: then which was meant is asked.
   */
  alsoPlace?: boolean;
}

/** The outcome of reading a message. */
export type Question =
  | { kind: 'help' }
  | {
      kind: 'view';
      request: ViewRequest;
      /** A person named in the question: their card or calls, once found in the period's report (see PersonAsked). */
      person?: PersonAsked;
    }
  | { kind: 'notUnderstood'; problem: QuestionProblem };

/** Everything the pure readers need besides the text: the clock and the user's settings. */
export interface ReadingContext {
  now: Date;
  timeZone: string;
  /** 1–12; the month the fiscal year starts in. */
  fiscalYearStartMonth: number;
  /** Longest range a question may ask for, in days. */
  maxRangeDays: number;
}

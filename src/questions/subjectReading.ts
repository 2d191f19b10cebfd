/** What each subject reader (place, destination, currency, person, measure, view…) reports: the value it read and the words it used. */

/** Offsets [start, end) of words in the cleaned question that a reader used. */
export type Span = readonly [start: number, end: number];

/** A subject read from a question, with the words it was read from (so no word is read twice or dropped). */
export interface SubjectFound<T> {
  value: T;
  spans: Span[];
}

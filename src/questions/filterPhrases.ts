/** Reads what narrows a question's answer: a usage location, a destination, a currency. */
import type { ViewFilters } from '../domain/viewRequest';
import { readCurrency } from './currencyPhrases';
import { readDestination } from './destinationPhrases';
import { readPlace } from './placePhrases';
import type { Question, WordsProblem } from './question';
import { questionWords } from './questionWords';
import type { Span, SubjectFound } from './subjectReading';

/** The filters read, each with the words it was read from, and all those words together. */
export interface FiltersRead {
  filters: Pick<ViewFilters, 'country' | 'destination' | 'currency'>;
  found: {
    country?: SubjectFound<string>;
    destination?: SubjectFound<NonNullable<ViewFilters['destination']>>;
    currency?: SubjectFound<string>;
  };
  /** Every word a filter was read from, in question order. */
  spans: Span[];
}

/** "calls to Germany": the country a call went to, which the report does not hold (a usage location is where the organizer is). */
const CALLED_TO =
  'The dial-out report does not say which country a call went to, only whether it was Domestic or International, and the organizer’s usage location. ' +
  'Ask “international calls last month” or “calls by people in Germany last month”.';

function calledTo(question: string, spans: readonly Span[]): boolean {
  const [first] = spans;
  return first !== undefined && /\b(?:to|into|towards?)\s+(?:the\s+)?$/i.test(question.slice(0, first[0]));
}

/**
 * The usage location, destination and currency a question narrows to (each absent when not named), or
 * a problem when a filter is named but cannot be applied: a place no country is called ("in Narnia"),
 * two locations or two currencies. Currency words are read first, so "Canadian dollars" is no place.
 * @example readFilters('international calls from Germany in EUR last month').filters
 * // { country: 'DE', destination: 'International', currency: 'EUR' }
 */
export function readFilters(question: string): FiltersRead | { problem: WordsProblem } {
  const words = questionWords(question);
  // A UPN ("chad.wilson@contoso.com") names a person, whatever country or currency its parts look like.
  const upns: Span[] = [...question.matchAll(/\S+@\S+/g)].map((match) => [match.index, match.index + match[0].length]);
  const currency = readCurrency(question, words);
  if (currency && 'problem' in currency) return currency;
  const destination = readDestination(question);
  const country = readPlace(question, words, [...upns, ...(currency?.spans ?? []), ...(destination?.spans ?? [])]);
  if (country && 'problem' in country) return country;
  if (country && calledTo(question, country.spans)) return { problem: { reason: 'notInReport', message: CALLED_TO } };
  const read: FiltersRead = { filters: {}, found: {}, spans: [] };
  if (country) {
    read.filters.country = country.value;
    read.found.country = country;
  }
  if (destination) {
    read.filters.destination = destination.value;
    read.found.destination = destination;
  }
  if (currency) {
    read.filters.currency = currency.value;
    read.found.currency = currency;
  }
  read.spans = [country, destination, currency].flatMap((f) => f?.spans ?? []).sort((a, b) => a[0] - b[0]);
  return read;
}

/**
 * The question with the filters read added to its view request, or the filters' problem when they
 * cannot be applied; help and problems of the period are left as they are (a question without a
 * period is asked for one first).
 * @example withFilters(readComparison('international, Q3 vs Q2', context), readFilters('international, Q3 vs Q2'))
 */
export function withFilters(question: Question, read: FiltersRead | { problem: WordsProblem }): Question {
  if (question.kind !== 'view') return question;
  if ('problem' in read) return { kind: 'notUnderstood', problem: read.problem };
  const request = question.request;
  return { ...question, request: { ...request, filters: { ...request.filters, ...read.filters } } as typeof request };
}

/**
 * Reads everything a question asks besides its period — what is not in the report, the view, the ranking,
 * how many, a person — and turns it into the view request. Every word is either read by a reader or named
 * as not understood: none is dropped.
 */
import { endOfMonth } from '../domain/calendarDate';
import { type AskedPeriod, type ViewFilters, type ViewRequest, breakdownRequest, reportRequest } from '../domain/viewRequest';
import { readLimit, readMeasure } from './measurePhrases';
import type { FiltersRead } from './filterPhrases';
import { readNotInReport } from './notInReport';
import { readBreakdown, readOrgUnit } from './orgPhrases';
import { ORG_DIMENSION_LABELS, orgUnitLabel } from '../domain/organisation';
import { isPlaceName, leftoverWords } from './personWords';
import type { Question, WordsProblem } from './question';
import type { Span, SubjectFound } from './subjectReading';
import { type AskedView, readView } from './viewPhrases';
import { callsWithoutPerson, notTogether, severalPeople, summaryNeedsMonth, unknownWords } from './wordProblems';

// A time of day beside a date ("October 3 at 5pm"): the report covers whole days, so the time is read as its day.
const TIME_OF_DAY = /\b(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\s+\d{1,2}:\d{2}\b|\b(?:at\s+)?(?:noon|midnight)\b/gi;

/** How each view is named in "I understood: …". */
const VIEW_LABELS: Record<AskedView, string> = {
  trend: 'the trend over time',
  countries: 'by usage location',
  destinations: 'domestic vs international',
  calls: 'calls one by one',
  export: 'an export',
  chargeback: 'the chargeback file',
  summary: 'the monthly summary',
};

function words(text: string, found: SubjectFound<unknown>): string {
  return found.spans.map(([start, end]) => text.slice(start, end)).join(', ');
}

function problem(reason: WordsProblem): Question {
  return { kind: 'notUnderstood', problem: reason };
}

function isWholeEndedMonth(period: AskedPeriod): boolean {
  const { first, last } = period.range;
  return first.endsWith('-01') && last === endOfMonth(first) && !period.clippedToToday;
}

/** The request for `view` of `period`, ranked and limited as asked (ranking and limit belong to the list of spenders). */
function requestFor(
  view: AskedView | undefined,
  period: AskedPeriod,
  ranking: SubjectFound<ViewRequest['ranking']> | undefined,
  limit: SubjectFound<number> | undefined,
  filters: ViewFilters,
): ViewRequest {
  const report = reportRequest(period, filters);
  if (view === undefined || view === 'calls') return { ...report, ...(ranking ? { ranking: ranking.value } : {}), ...(limit ? { limit: limit.value } : {}) };
  return { ...report, view };
}

/**
 * A one-word place read beside a capitalised name ("Jordan Smith", "Georgia Brown") is the first or last
 * name of a person, not a usage location: the two join into the person's name and the place is dropped.
 */
function nameBesidePlace(text: string, people: SubjectFound<string>[], place: SubjectFound<string> | undefined): { people: SubjectFound<string>[]; placeKept: boolean } {
  const [placeSpan] = place?.spans ?? [];
  if (!place || place.spans.length !== 1 || !placeSpan) return { people, placeKept: true };
  const [placeStart, placeEnd] = placeSpan;
  const besideIt = (span: Span): boolean =>
    (span[0] >= placeEnd && text.slice(placeEnd, span[0]).trim() === '') || (span[1] <= placeStart && text.slice(span[1], placeStart).trim() === '');
  const index = people.findIndex((person) => person.spans.length === 1 && /^\p{Lu}/u.test(text.slice(placeStart, placeEnd)) && besideIt(person.spans[0] as Span));
  if (index < 0) return { people, placeKept: true };
  const [personStart, personEnd] = people[index]!.spans[0] as Span;
  const [start, end] = [Math.min(placeStart, personStart), Math.max(placeEnd, personEnd)];
  const joined = people.map((person, i) => (i === index ? { value: text.slice(start, end), spans: [[start, end] as Span] } : person));
  return { people: joined, placeKept: false };
}

/**
 * The word a usage location was read from when it may also be someone's name: a country's name on its own
 * ("Jordan", "Georgia", "Chad"); not a code, a demonym, several words, or a place after "in" or "from".
 */
function placeWordAlone(text: string, place: SubjectFound<string> | undefined): string | undefined {
  const [span, ...more] = place?.spans ?? [];
  if (!span || more.length > 0) return undefined;
  const word = text.slice(span[0], span[1]);
  return isPlaceName(word) && !/\b(?:in|from)\s*$/i.test(text.slice(0, span[0])) ? word : undefined;
}

/**
 * The question `text` asks about `period` (whose words stand at `periodSpan`; `filters` were read from
 * theirs, see filterPhrases.ts), or the problem with its other words.
 * @example readSubjects('top 5 spenders by calls last week', [24, 33], lastWeek, noFilters)
 * // { kind: 'view', request: { view: 'report', ranking: 'calls', limit: 5, … } }
 */
export function readSubjects(text: string, periodSpan: Span, period: AskedPeriod, filters: FiltersRead): Question {
  const used: Span[] = [periodSpan, ...filters.spans];
  for (const time of text.matchAll(TIME_OF_DAY)) used.push([time.index, time.index + time[0].length]);
  const missing = readNotInReport(text, used);
  if (missing) return problem(missing);
  const breakdown = readBreakdown(text, used);
  if (breakdown) used.push(...breakdown.spans);
  const unit = readOrgUnit(text, used);
  if (unit) used.push(...unit.spans);
  const view = readView(text, used);
  if (view) used.push(...view.spans);
  const ranking = readMeasure(text, used);
  if (ranking) used.push(...ranking.spans);
  const limit = readLimit(text, used);
  if (limit) used.push(...limit.spans);
  const leftover = leftoverWords(text, used);
  const { people, placeKept } = nameBesidePlace(text, leftover.people, filters.found.country);
  const { unknown } = leftover;
  const { country, ...otherFilters } = filters.filters;
  const narrowedTo: ViewFilters = { ...(placeKept && country !== undefined ? { ...otherFilters, country } : otherFilters), ...(unit ? { orgUnit: unit.value } : {}) };
  const understood = [
    period.phrase,
    ...[placeKept ? filters.found.country : undefined, filters.found.destination, filters.found.currency, breakdown, view, ranking, limit].flatMap((found) => (found ? [words(text, found)] : [])),
    ...(unit ? [`${orgUnitLabel(unit.value)} (${ORG_DIMENSION_LABELS[unit.value.dimension].one})`] : []),
    ...people.map((person) => `the person “${person.value}”`),
  ];
  if (unknown.length > 0) return problem(unknownWords(understood, unknown));
  if (people.length > 1) return problem(severalPeople(people.map((person) => person.value)));
  const person = people[0];
  const listed = ranking ?? limit;
  if (view && view.value !== 'calls' && listed) return problem(notTogether(words(text, listed), VIEW_LABELS[view.value]));
  if (person && view && view.value !== 'calls' && view.value !== 'trend') return problem(notTogether(person.value, VIEW_LABELS[view.value]));
  if (person && listed) return problem(notTogether(words(text, listed), `one person (“${person.value}”)`));
  if (view?.value === 'calls' && !person) return problem(callsWithoutPerson());
  if (view?.value === 'summary' && !isWholeEndedMonth(period)) return problem(summaryNeedsMonth(period.phrase));
  if (breakdown) {
    const other = person?.value ?? (view ? words(text, view) : listed ? words(text, listed) : undefined);
    if (other !== undefined) return problem(notTogether(other, `the cost by ${ORG_DIMENSION_LABELS[breakdown.value].one}`));
    return { kind: 'view', request: breakdownRequest(period, breakdown.value, narrowedTo) };
  }
  const request = requestFor(view?.value === 'trend' && person ? undefined : view?.value, period, ranking, limit, narrowedTo);
  if (!person) {
    // "cost for Jordan": the place, or someone named Jordan? Asked once the period's people are known (see personAnswer).
    const placeWord = placeKept && view === undefined && !listed ? placeWordAlone(text, filters.found.country) : undefined;
    return placeWord ? { kind: 'view', request, person: { name: placeWord, view: 'person', alsoPlace: true } } : { kind: 'view', request };
  }
  return { kind: 'view', request, person: { name: person.value, view: view?.value === 'calls' ? 'calls' : 'person' } };
}

/** Reads a comparison of two periods: "October vs September", "compare Q3 with Q2", "this month vs last year", "year over year". */
import { addDays, type CalendarDate, dateParts, daysBetween, todayIn } from '../domain/calendarDate';
import { addMonths, sameDayMonthsEarlier } from '../domain/calendarMonths';
import type { DateRange } from '../domain/dateRange';
import { fitToToday } from './fitToToday';
import { overlappingPeriods } from './problemMessages';
import type { ReadingCalendar } from './period';
import { findPeriodPhrases } from './periodPhrases';
import { type AskedPeriod, comparisonRequest } from '../domain/viewRequest';
import type { Question, RangeProblem, ReadingContext } from './question';
import { readPeriod } from './readPeriod';
import { looksLikeADate } from './unreadableDates';
import { quoted } from './quoted';

// "year over year", "YoY", "same period last year", "vs last year", "compared with a year ago": the same days a year earlier.
export const YEAR_EARLIER =
  /\b(?:year[\s-]+over[\s-]+year|yoy|(?:(?:vs\.?|versus|against|compared\s+(?:to|with)|with|to)\s+)?(?:the\s+)?same\s+(?:period|time|days|dates|month|quarter|week)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|previous|a)\s+year|(?:vs\.?|versus|against|compared\s+(?:to|with))\s+(?:(?:last|the\s+previous|previous|the\s+prior|prior)\s+year|a\s+year\s+(?:ago|earlier|before)))(?=\W|$)/i;
// Words that join two periods anywhere in a question.
export const JOINERS = /\s(?:vs\.?|versus|against|compared\s+(?:to|with))(?=\s)/gi;
// After "compare", also "with", "and" and "to" (tried in this order, "to" last as it also makes ranges).
export const COMPARE = /\bcompar(?:e|ing|ison\s+of)\b/i;
const COMPARE_JOINERS = [/\swith(?=\s)/gi, /\sand(?=\s)/gi, /\sto(?=\s)/gi];


/**
 * A comparison whose second period is missing or unreadable.
 * @example oneSidedComparison('compare October').reason // 'oneSided'
 */
function oneSidedComparison(words: string): RangeProblem {
  return {
    reason: 'oneSided',
    message:
      `I couldn't find two periods to compare in ${quoted(words)}. ` +
      'Name both, for example “October vs September”, “compare Q3 with Q2” or “this month vs last year”.',
  };
}


function lengthOf(range: DateRange): number {
  return daysBetween(range.first, range.last) + 1;
}

/** One side of a comparison read like a whole question: a single period, fitted to today. */
function readSide(text: string, calendar: ReadingCalendar, context: ReadingContext): AskedPeriod | RangeProblem {
  const reading = readPeriod(text, calendar);
  if ('problem' in reading) return reading.problem;
  const fitted = fitToToday(reading, calendar.today, context);
  return 'problem' in fitted ? fitted.problem : fitted;
}

function isProblem(side: AskedPeriod | RangeProblem): side is RangeProblem {
  return 'reason' in side;
}

/**
 * Where the baseline ends when it is cut to the current period so far: the same day of the month when both start
 * on a month's first day (Oct 1 – Dec 4 against Jul 1 – Sep 4), else after the same number of days.
 */
function cutEnd(baseline: DateRange, current: DateRange): CalendarDate {
  const sameNumberOfDays = addDays(baseline.first, lengthOf(current) - 1);
  if (!baseline.first.endsWith('-01') || !current.first.endsWith('-01')) return sameNumberOfDays;
  const from = dateParts(baseline.first);
  const to = dateParts(current.first);
  const sameDay = addMonths(current.last, (from.year - to.year) * 12 + from.month - to.month);
  return sameDay < baseline.last ? sameDay : sameNumberOfDays;
}

/** The later period is the current one, whatever the order of the words; a baseline that runs longer than a period cut at today is cut to its length. */
function ordered(a: AskedPeriod, b: AskedPeriod, today: CalendarDate): Question {
  const [baseline, current] = a.range.first <= b.range.first ? [a, b] : [b, a];
  if (baseline.range.last >= current.range.first) return { kind: 'notUnderstood', problem: overlappingPeriods(current.range, baseline.range) };
  const partial = current.range.last === today && lengthOf(baseline.range) > lengthOf(current.range);
  if (!partial) return { kind: 'view', request: comparisonRequest(current, { ...baseline, kind: 'named' }) };
  const range = { ...baseline.range, last: cutEnd(baseline.range, current.range) };
  return { kind: 'view', request: comparisonRequest(current, { ...baseline, range, kind: 'cutToLength' }) };
}

function readYearEarlier(text: string, match: RegExpExecArray, calendar: ReadingCalendar, context: ReadingContext): Question {
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  if (findPeriodPhrases(rest, calendar).length === 0) return { kind: 'notUnderstood', problem: oneSidedComparison(text) };
  const current = readSide(rest, calendar, context);
  if (isProblem(current)) return { kind: 'notUnderstood', problem: current };
  const range = { ...current.range, first: sameDayMonthsEarlier(current.range.first, 12), last: sameDayMonthsEarlier(current.range.last, 12) };
  return { kind: 'view', request: comparisonRequest(current, { range, phrase: match[0].trim(), clippedToToday: false, reachedPastToday: false, kind: 'yearEarlier' }) };
}

/** A period, or something that tries to be one ("Febtember 45th"): either way, a side of a comparison. */
function namesAPeriod(text: string, calendar: ReadingCalendar): boolean {
  return findPeriodPhrases(text, calendar).length > 0 || looksLikeADate(text);
}

/** The places where the text may be split into two sides, in the order they are tried. */
function splitPoints(text: string): { start: number; end: number }[] {
  const joiners = [JOINERS, ...(COMPARE.test(text) ? COMPARE_JOINERS : [])];
  return joiners.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}

/**
 * The comparison a question asks for, as a view request; undefined when it asks for none. Each side is read with
 * the period reader and fitted to today like a question of its own; the later period is the
 * current one. "vs last year", "year over year" and "same period last year" compare with the
 * same days a year earlier. When the current period ends today and the other is longer, the
 * other is cut to the same number of days, so that a month so far is not set against a whole month.
 * Pure: "now" and the zone come from `context`.
 * @example readComparison('October vs September', context)
 * // { kind: 'view', request: { view: 'comparison', range: 2026-10-01 – 2026-10-31, …, baseline: { range: 2026-09-01 – 2026-09-30, …, kind: 'named' } } }
 */
export function readComparison(text: string, context: ReadingContext): Question | undefined {
  const calendar: ReadingCalendar = { today: todayIn(context.now, context.timeZone), fiscalYearStartMonth: context.fiscalYearStartMonth };
  const yearly = YEAR_EARLIER.exec(text);
  if (yearly) return readYearEarlier(text, yearly, calendar, context);
  let firstProblem: RangeProblem | undefined;
  const points = splitPoints(text);
  for (const { start, end } of points) {
    const left = text.slice(0, start);
    const right = text.slice(end);
    if (!namesAPeriod(left, calendar) || !namesAPeriod(right, calendar)) continue;
    const a = readSide(left, calendar, context);
    const b = readSide(right, calendar, context);
    if (!isProblem(a) && !isProblem(b)) return ordered(a, b, calendar.today);
    firstProblem ??= isProblem(a) ? a : (b as RangeProblem);
  }
  if (firstProblem) return { kind: 'notUnderstood', problem: firstProblem };
  // "compare October" names one period and nothing to set against it; "compare domestic and international
  // last month" and "domestic vs international last month" compare something else, not periods.
  const oneSided = COMPARE.test(text) && points.length === 0 && findPeriodPhrases(text, calendar).length > 0;
  return oneSided ? { kind: 'notUnderstood', problem: oneSidedComparison(text) } : undefined;
}

/**
 * Fiscal years and fiscal quarters ("FY26", "last fiscal year", "Q2 FY26", "fiscal Q2"). A fiscal
 * year is named by the calendar year it ends in (Microsoft's convention): with a July start,
 * FY26 runs from July 1, 2025 to June 30, 2026. With a January start it is the calendar year.
 */
import { type CalendarDate, addDays, dateParts, toDate } from '../domain/calendarDate';
import { addMonths } from '../domain/calendarMonths';
import { type Period, type PhraseRule, type Reading, fixed, phrasePattern, word, yearless } from './period';
import { ORDINAL, quarterAround, quarterNumber, threeMonthsFrom } from './quarters';
import { WHICH, aroundToday, stepOf } from './relativePeriods';
import { YEAR_JOINT } from './years';

/** "FY26", "FY 2026", "FY-26", "fiscal 2026", "fiscal year 2026", with the number in the named group `fy`. */
const FY_SPEC = String.raw`(?:fy|fiscal(?:\s+year)?)\s*[-'’]?\s*(?<fy>\d{4}|\d{2})(?!\d)`;

function fiscalYearStart(fiscalYear: number, startMonth: number): CalendarDate {
  return startMonth === 1 ? toDate(fiscalYear, 1, 1) : toDate(fiscalYear - 1, startMonth, 1);
}

/**
 * The days of fiscal year `fiscalYear`.
 * @example fiscalYearPeriod(2026, 7) // { first: '2025-07-01', last: '2026-06-30' }
 */
export function fiscalYearPeriod(fiscalYear: number, startMonth: number): Period {
  const first = fiscalYearStart(fiscalYear, startMonth);
  return { first, last: addDays(addMonths(first, 12), -1) };
}

/**
 * The days of quarter `quarter` (1–4, counted from the start month) of fiscal year `fiscalYear`.
 * @example fiscalQuarterPeriod(2026, 2, 7) // { first: '2025-10-01', last: '2025-12-31' }
 */
export function fiscalQuarterPeriod(fiscalYear: number, quarter: number, startMonth: number): Period {
  return threeMonthsFrom(addMonths(fiscalYearStart(fiscalYear, startMonth), 3 * (quarter - 1)));
}

/**
 * The name of the fiscal year that `date` falls in.
 * @example fiscalYearOf('2026-11-27', 7) // 2027
 */
export function fiscalYearOf(date: CalendarDate, startMonth: number): number {
  const { year, month } = dateParts(date);
  return startMonth !== 1 && month >= startMonth ? year + 1 : year;
}

/** The fiscal year that written digits name: "26" is 2026. */
function fiscalYearNamed(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The fiscal quarter a match names, in its written fiscal year (group `fy`) or in one still to be chosen. */
function fiscalQuarter(match: RegExpExecArray, startMonth: number): Reading {
  const quarter = quarterNumber(match);
  const digits = word(match, 'fy');
  if (digits === '') return yearless((year) => fiscalQuarterPeriod(year, quarter, startMonth));
  return fixed(fiscalQuarterPeriod(fiscalYearNamed(digits), quarter, startMonth));
}

/** Every fiscal phrase. */
export const fiscalRules: PhraseRule[] = [
  {
    pattern: phrasePattern(String.raw`\b${FY_SPEC}`),
    read: (match, { fiscalYearStartMonth }) => fixed(fiscalYearPeriod(fiscalYearNamed(word(match, 'fy')), fiscalYearStartMonth)),
  },
  {
    pattern: phrasePattern(String.raw`\b${WHICH}\s+(?:fiscal\s+year|fy)\b`),
    read: (match, { today, fiscalYearStartMonth }) => {
      const step = stepOf(word(match, 'which'));
      return aroundToday(fiscalYearPeriod(fiscalYearOf(today, fiscalYearStartMonth) + step, fiscalYearStartMonth), step);
    },
  },
  {
    pattern: phrasePattern(String.raw`\b(?:fytd|fiscal\s+ytd|fiscal\s+year[\s-]+to[\s-]+date)\b`),
    read: (_match, { today, fiscalYearStartMonth }) =>
      fixed({ first: fiscalYearPeriod(fiscalYearOf(today, fiscalYearStartMonth), fiscalYearStartMonth).first, last: today }),
  },
  {
    pattern: phrasePattern(String.raw`\bq(?<q>[1-4])\s*(?:,\s*|\s+of\s+|\s+in\s+|[-/]\s*)?${FY_SPEC}`),
    read: (match, { fiscalYearStartMonth }) => fiscalQuarter(match, fiscalYearStartMonth),
  },
  {
    pattern: phrasePattern(String.raw`\b${FY_SPEC}\s*[-/,]?\s*q(?<q>[1-4])\b`),
    read: (match, { fiscalYearStartMonth }) => fiscalQuarter(match, fiscalYearStartMonth),
  },
  {
    // A bare year after "fiscal Q2" names the fiscal year, as in "fiscal Q2 2026".
    pattern: phrasePattern(String.raw`\bfiscal\s+q(?<q>[1-4])(?:${YEAR_JOINT}(?<fy>20\d\d))?\b`),
    read: (match, { fiscalYearStartMonth }) => fiscalQuarter(match, fiscalYearStartMonth),
  },
  {
    pattern: phrasePattern(String.raw`\b(?:the\s+)?${ORDINAL}\s+fiscal\s+quarter(?:\s+(?:of|in)\s+${FY_SPEC})?\b`),
    read: (match, { fiscalYearStartMonth }) => fiscalQuarter(match, fiscalYearStartMonth),
  },
  {
    pattern: phrasePattern(String.raw`\b${WHICH}\s+fiscal\s+quarter\b`),
    read: (match, { today, fiscalYearStartMonth }) => {
      const step = stepOf(word(match, 'which'));
      return aroundToday(quarterAround(today, step, fiscalYearStartMonth), step);
    },
  },
];

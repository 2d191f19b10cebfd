/** Periods counted from today: today, yesterday, last/this/next week, month and year, "… to date", "last 30 days". */
import { type CalendarDate, addDays, endOfMonth, isoWeekday } from '../domain/calendarDate';
import { addMonths, startOfMonth } from '../domain/calendarMonths';
import { type Period, type PhraseRule, type Reading, fixed, phrasePattern, word, yearOf } from './period';
import { wholeYear } from './years';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirty: 30, sixty: 60, ninety: 90,
};
const DAY_OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };
const COUNT = String.raw`(?<count>\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`;

// "last 5000 years" would leave the years that calendar days can be written in (100–9999);
// a thousand years (or 9999 days or weeks, the most the pattern reads) stays well inside.
const MAX_MONTHS_BACK = 12_000;

/** "last", "this", "next" and their synonyms, in the named group `which`. */
export const WHICH = String.raw`(?<which>last|previous|prior|this|current|next)`;

/** How many units away a `WHICH` word points: -1, 0 or 1. */
export type Step = -1 | 0 | 1;

/**
 * The step a `WHICH` word (lower case) names.
 * @example stepOf('previous') // -1
 */
export function stepOf(which: string): Step {
  if (which === 'next') return 1;
  return which === 'this' || which === 'current' ? 0 : -1;
}

/**
 * The reading of the calendar unit `step` units from the one holding today: the current one ("this month")
 * is meant so far, so cutting it at today is no news to the asker.
 * @example aroundToday({ first: '2026-11-01', last: '2026-11-30' }, 0) // { kind: 'term', term: { kind: 'fixed', period: …, soFar: true } }
 */
export function aroundToday(period: Period, step: Step): Reading {
  return { kind: 'term', term: { kind: 'fixed', period, soFar: step === 0 } };
}

/** Monday of the ISO week that `date` falls in. */
function weekStart(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The whole calendar week, month or year `step` units from the one holding today. */
function calendarUnit(unit: string, step: Step, today: CalendarDate): Reading {
  switch (unit) {
    case 'week': {
      const monday = addDays(weekStart(today), 7 * step);
      return aroundToday({ first: monday, last: addDays(monday, 6) }, step);
    }
    case 'month': {
      const first = addMonths(startOfMonth(today), step);
      return aroundToday({ first, last: endOfMonth(first) }, step);
    }
    default:
      return aroundToday(wholeYear(yearOf(today) + step), step);
  }
}

/**
 * The `count` units ending today, today included. Months and years are calendar steps, so
 * "last 3 months" on May 31 starts on March 1 (the day after Feb 28, three months back)
 * rather than counting a fixed 90 days, and covers the same days a person would count.
 */
function trailing(count: number, unit: string, today: CalendarDate): Reading {
  const singular = unit.replace(/s$/, '');
  const months = singular === 'year' ? 12 * count : count;
  if (count < 1 || months > MAX_MONTHS_BACK) return { kind: 'unreadable' };
  if (singular === 'day') return fixed({ first: addDays(today, 1 - count), last: today });
  if (singular === 'week') return fixed({ first: addDays(today, 1 - 7 * count), last: today });
  return fixed({ first: addDays(addMonths(today, -months), 1), last: today });
}

/** Every phrase counted from today. */
export const relativeRules: PhraseRule[] = [
  {
    pattern: phrasePattern(String.raw`\b(?<day>today|yesterday|tomorrow)\b`),
    read: (match, { today }) => {
      const day = addDays(today, DAY_OFFSETS[word(match, 'day')] ?? 0);
      return fixed({ first: day, last: day });
    },
  },
  {
    // "last week" is the previous Monday–Sunday week, "last month" the previous calendar month.
    pattern: phrasePattern(String.raw`\b${WHICH}\s+(?:calendar\s+)?(?<unit>week|month|year)\b`),
    read: (match, { today }) => calendarUnit(word(match, 'unit'), stepOf(word(match, 'which')), today),
  },
  {
    // "… to date" ends today by definition, so it is never reported as clipped.
    pattern: phrasePattern(String.raw`\b(?:(?<unit>week|month|year)[\s-]+to[\s-]+date|(?<abbr>[wmy])td)\b`),
    read: (match, { today }) => {
      const unit = (word(match, 'unit') || word(match, 'abbr')).charAt(0);
      if (unit === 'w') return fixed({ first: weekStart(today), last: today });
      if (unit === 'm') return fixed({ first: startOfMonth(today), last: today });
      return fixed({ first: wholeYear(yearOf(today)).first, last: today });
    },
  },
  {
    pattern: phrasePattern(String.raw`\b(?:last|past|previous|prior|trailing)\s+${COUNT}\s+(?<unit>days?|weeks?|months?|years?)\b`),
    read: (match, { today }) => {
      const count = word(match, 'count');
      return trailing(NUMBER_WORDS[count] ?? Number(count), word(match, 'unit'), today);
    },
  },
  {
    // "past month" counts back from today, unlike the calendar "last month".
    pattern: phrasePattern(String.raw`\bpast\s+(?<unit>day|week|month|year)\b`),
    read: (match, { today }) => trailing(1, word(match, 'unit'), today),
  },
];

import fc from 'fast-check';
import { addDays, daysBetween, todayIn } from '../../src/domain/calendarDate';
import { readQuestion } from '../../src/questions/readQuestion';
import type { Question, ReadingContext } from '../../src/questions/question';

const ZONES = [
  'UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata',
  'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu',
];

const contexts = fc.record({
  now: fc.date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
  timeZone: fc.constantFrom(...ZONES),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  maxRangeDays: fc.integer({ min: 1, max: 1500 }),
});

const MONTHS = ['January', 'Feb', 'March', 'apr', 'May', 'June', 'Jul', 'August', 'Sept', 'oct', 'November', 'Dec'];
const period = fc.oneof(
  fc.constantFrom(
    'last month', 'this month', 'MTD', 'last quarter', 'this quarter', 'QTD', 'this year', 'YTD', 'last year',
    'last week', 'this week', 'yesterday', 'today', 'tomorrow', 'next month', 'this fiscal year', 'last fiscal year',
    'fiscal Q2', 'FYTD', 'past month', 'past year', 'last fiscal quarter',
  ),
  fc.tuple(fc.constantFrom('last', 'past', 'in the last'), fc.integer({ min: 0, max: 2000 }), fc.constantFrom('days', 'weeks', 'months', 'years')).map(
    ([word, count, unit]) => `${word} ${count} ${unit}`,
  ),
  fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1998, max: 2102 })).map(([quarter, year]) => `Q${quarter} ${year}`),
  fc.integer({ min: 0, max: 6 }).map((quarter) => `Q${quarter}`),
  fc.integer({ min: 0, max: 130 }).map((year) => `FY${String(year).padStart(2, '0')}`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 33 })).map(([month, day]) => `${month} ${day}`),
  fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(([month, day]) => `${month}/${day}`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.constantFrom(...MONTHS)).map(([from, to]) => `from ${from} to ${to}`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 })).map(([month, day]) => `since ${month} ${day}`),
  fc.integer({ min: 1995, max: 2105 }).map((year) => `in ${year}`),
);
const question = fc.oneof(
  period,
  fc.tuple(fc.constantFrom('What did dial-out cost', 'Top 10 spenders', 'show me international calls for'), period).map(([words, when]) => `${words} ${when}?`),
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

/** The promises every cost answer keeps, whatever was asked. */
function expectWellFormed(answer: Question, context: ReadingContext): void {
  if (answer.kind !== 'view') return;
  const today = todayIn(context.now, context.timeZone);
  const { range, clippedToToday } = answer.request;
  expect(range.timeZone).toBe(context.timeZone);
  expect(range.first <= range.last).toBe(true);
  expect(range.last <= today).toBe(true);
  expect(daysBetween(range.first, range.last) + 1).toBeLessThanOrEqual(context.maxRangeDays);
  if (clippedToToday) expect(range.last).toBe(today);
}

describe('readQuestion: properties', () => {
  it('“last N days” is exactly N whole days ending today, in any zone', () => {
    fc.assert(
      fc.property(contexts, fc.integer({ min: 1, max: 731 }), (context, days) => {
        const answer = readQuestion(`last ${days} days`, { ...context, maxRangeDays: 731 });
        const today = todayIn(context.now, context.timeZone);
        expect(answer).toEqual({
          kind: 'view',
          request: {
            view: 'report',
            range: { first: addDays(today, 1 - days), last: today, timeZone: context.timeZone },
            phrase: `last ${days} days`,
            clippedToToday: false,
            reachedPastToday: false,
            filters: {},
            ranking: 'cost',
            page: 0,
          },
        });
      }),
    );
  });

  it('“past N weeks” is 7 × N days ending today', () => {
    fc.assert(
      fc.property(contexts, fc.integer({ min: 1, max: 104 }), (context, weeks) => {
        const answer = readQuestion(`past ${weeks} weeks`, { ...context, maxRangeDays: 731 });
        expect(answer.kind === 'view' && daysBetween(answer.request.range.first, answer.request.range.last) + 1).toBe(7 * weeks);
      }),
    );
  });

  it('a yearless day is the latest such day that is not in the future', () => {
    fc.assert(
      fc.property(contexts, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (context, month, day) => {
        const answer = readQuestion(`${MONTHS[month - 1]} ${day}`, context);
        const today = todayIn(context.now, context.timeZone);
        expect(answer.kind === 'view' && answer.request.range).toMatchObject({ last: expect.stringMatching(`-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}$`) });
        if (answer.kind === 'view') expect(daysBetween(answer.request.range.first, today)).toBeLessThan(366);
      }),
    );
  });

  it('every cost answer lies within today and the length limit, and nothing throws', () => {
    fc.assert(
      fc.property(contexts, question, (context, text) => {
        expectWellFormed(readQuestion(text, context), context);
      }),
      { numRuns: 2000 },
    );
  });
});

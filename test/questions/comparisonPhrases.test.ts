import { readComparison } from '../../src/questions/comparisonPhrases';
import { questionText } from '../../src/questions/questionText';
import { ZONES, contextAt } from './askAt';

/** Friday, 2026-12-04 in every zone of the table (noon UTC). */
const DEC_4 = '2026-12-04T12:00:00Z';

type Short = { current: string; baseline: string; kind: string } | { problem: string } | 'none';

function compare(text: string, timeZone = 'UTC', now = DEC_4): Short {
  const reading = readComparison(questionText(text), contextAt(now, timeZone));
  if (reading === undefined) return 'none';
  if (reading.kind === 'notUnderstood') return { problem: reading.problem.reason };
  if (reading.kind !== 'view' || reading.request.view !== 'comparison') throw new Error(`not a comparison: ${JSON.stringify(reading)}`);
  const { range, baseline } = reading.request;
  return { current: `${range.first}..${range.last}`, baseline: `${baseline.range.first}..${baseline.range.last}`, kind: baseline.kind };
}

const both = (current: string, baseline: string, kind = 'named'): Short => ({ current, baseline, kind });

describe('readComparison: two periods', () => {
  const table: [string, Short][] = [
    ['compare October with September', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['Compare october to september', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['compare October and September please', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['October vs September', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['october vs. september', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['October versus September', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['dial-out cost in October compared to September', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['October compared with September?', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    // The later period is the current one, whatever the order of the words.
    ['September vs October', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['compare September with October', both('2026-10-01..2026-10-31', '2026-09-01..2026-09-30')],
    ['Q3 vs Q2', both('2026-07-01..2026-09-30', '2026-04-01..2026-06-30')],
    ['international, Q3 vs Q2', both('2026-07-01..2026-09-30', '2026-04-01..2026-06-30')],
    ['Q3 2025 vs Q3 2024', both('2025-07-01..2025-09-30', '2024-07-01..2024-09-30')],
    ['2025 vs 2024', both('2025-01-01..2025-12-31', '2024-01-01..2024-12-31')],
    ['last month vs the month of October', both('2026-11-01..2026-11-30', '2026-10-01..2026-10-31')],
    ['compare Sep 1 to Sep 15 with Oct 1 to Oct 15', both('2026-10-01..2026-10-15', '2026-09-01..2026-09-15')],
    ['from Aug 1 to Aug 31 vs from Sep 1 to Sep 30', both('2026-09-01..2026-09-30', '2026-08-01..2026-08-31')],
    // A period cut at today is set against the same number of days of the other.
    ['this month vs last month', both('2026-12-01..2026-12-04', '2026-11-01..2026-11-04', 'cutToLength')],
    ['MTD vs last month', both('2026-12-01..2026-12-04', '2026-11-01..2026-11-04', 'cutToLength')],
    ['this quarter vs last quarter', both('2026-10-01..2026-12-04', '2026-07-01..2026-09-04', 'cutToLength')],
    ['last week vs this week', both('2026-11-30..2026-12-04', '2026-11-23..2026-11-27', 'cutToLength')],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(compare(text)).toEqual(expected);
  });
});

describe('readComparison: the same days a year earlier', () => {
  const table: [string, Short][] = [
    ['this month vs last year', both('2026-12-01..2026-12-04', '2025-12-01..2025-12-04', 'yearEarlier')],
    ['last month vs last year', both('2026-11-01..2026-11-30', '2025-11-01..2025-11-30', 'yearEarlier')],
    ['October year over year', both('2026-10-01..2026-10-31', '2025-10-01..2025-10-31', 'yearEarlier')],
    ['year-over-year cost for Q3', both('2026-07-01..2026-09-30', '2025-07-01..2025-09-30', 'yearEarlier')],
    ['Q3 YoY', both('2026-07-01..2026-09-30', '2025-07-01..2025-09-30', 'yearEarlier')],
    ['last month compared to the same period last year', both('2026-11-01..2026-11-30', '2025-11-01..2025-11-30', 'yearEarlier')],
    ['this quarter vs same period last year', both('2026-10-01..2026-12-04', '2025-10-01..2025-12-04', 'yearEarlier')],
    ['this year vs last year', both('2026-01-01..2026-12-04', '2025-01-01..2025-12-04', 'yearEarlier')],
    ['last month compared with a year ago', both('2026-11-01..2026-11-30', '2025-11-01..2025-11-30', 'yearEarlier')],
    ['last 30 days vs the same days of last year', both('2026-11-05..2026-12-04', '2025-11-05..2025-12-04', 'yearEarlier')],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(compare(text)).toEqual(expected);
  });

  it('keeps a month whole a year earlier: February 2028 (29 days) against February 2027 (28 days)', () => {
    expect(compare('February 2028 year over year', 'UTC', '2028-03-10T12:00:00Z')).toEqual(
      both('2028-02-01..2028-02-29', '2027-02-01..2027-02-28', 'yearEarlier'),
    );
  });

  it('moves Feb 29 to Feb 28 a year earlier', () => {
    expect(compare('2028-02-29 yoy', 'UTC', '2028-03-10T12:00:00Z')).toEqual(both('2028-02-29..2028-02-29', '2027-02-28..2027-02-28', 'yearEarlier'));
  });
});

describe('readComparison: not a comparison of periods', () => {
  it.each([
    'what did dial-out cost last month?',
    'domestic vs international last month',
    'compare domestic and international last month',
    'from Sep 1 to Oct 31',
    'between Aug 1 and Oct 31',
    'Germany vs France in October',
    'help',
    'compare',
    'vs',
  ])('%s', (text) => {
    expect(compare(text)).toBe('none');
  });
});

describe('readComparison: a comparison that cannot be answered says why', () => {
  it.each([
    ['compare October', 'oneSided'],
    ['compare October with', 'oneSided'],
    ['year over year', 'oneSided'],
    ['same period last year', 'oneSided'],
    ['this month vs next month', 'future'],
    ['October vs Febtember 45th', 'unreadable'],
    ['this year vs Q3', 'overlapping'],
    ['October vs September vs August', 'severalPeriods'],
    ['last quarter against the quarter before Q3', 'vague'],
  ])('%s → %s', (text, reason) => {
    expect(compare(text)).toEqual({ problem: reason });
  });

  it('names both periods when they overlap', () => {
    const reading = readComparison('this year vs Q3', contextAt(DEC_4));
    // Both named as a reader writes days, never as ISO dates.
    expect(reading?.kind === 'notUnderstood' && reading.problem.message).toContain('overlap (Jan 1, 2026 – Dec 4, 2026 and Jul 1, 2026 – Sep 30, 2026)');
  });
});

describe('readComparison: in every zone', () => {
  it.each(ZONES)('%s: today is the zone’s own day', (zone) => {
    // 2026-12-01 03:00 UTC is still November 30 in Los Angeles.
    const expected = zone === 'America/Los_Angeles' ? both('2026-11-01..2026-11-30', '2026-10-01..2026-10-30', 'cutToLength') : both('2026-12-01..2026-12-01', '2026-11-01..2026-11-01', 'cutToLength');
    expect(compare('this month vs last month', zone, '2026-12-01T03:00:00Z')).toEqual(expected);
  });
});

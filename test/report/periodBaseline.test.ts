/** The calendar baseline of a period: each rule with "today" fixed, expected days written out by hand. */
import { todayIn } from '../../src/domain/calendarDate';
import { periodBaseline } from '../../src/report/periodBaseline';
import { baselineText } from '../../src/cards/periodLabels';

const utc = (first: string, last: string) => ({ first, last, timeZone: 'UTC' });

describe('periodBaseline', () => {
  it.each([
    // [range first, last, today, baseline first, last, basis, header words]
    ['a month against the month before, however long each is', '2027-03-01', '2027-03-31', '2027-04-10', '2027-02-01', '2027-02-28', 'months', 'February 2027'],
    ['a month of a leap year', '2028-03-01', '2028-03-31', '2028-04-10', '2028-02-01', '2028-02-29', 'months', 'February 2028'],
    ['January against the December before', '2026-01-01', '2026-01-31', '2026-02-03', '2025-12-01', '2025-12-31', 'months', 'December 2025'],
    ['a quarter against the quarter before', '2026-07-01', '2026-09-30', '2026-11-27', '2026-04-01', '2026-06-30', 'months', 'Q2 2026'],
    ['Q1 against the Q4 before', '2026-01-01', '2026-03-31', '2026-11-27', '2025-10-01', '2025-12-31', 'months', 'Q4 2025'],
    ['a year against the year before', '2025-01-01', '2025-12-31', '2026-11-27', '2024-01-01', '2024-12-31', 'months', '2024'],
    ['whole months that are no quarter against as many months before', '2026-08-01', '2026-10-31', '2026-11-27', '2026-05-01', '2026-07-31', 'months', 'the previous 3 months (May 1, 2026 – Jul 31, 2026 (UTC))'],
    ['a year to date against the same days a year earlier', '2026-01-01', '2026-12-04', '2026-12-04', '2025-01-01', '2025-12-04', 'sameDaysOfYear', 'the same days of 2025 (Jan 1, 2025 – Dec 4, 2025 (UTC))'],
    ['a year to date ending on Feb 29', '2028-01-01', '2028-02-29', '2028-02-29', '2027-01-01', '2027-02-28', 'sameDaysOfYear', 'the same days of 2027 (Jan 1, 2027 – Feb 28, 2027 (UTC))'],
    ['a month that ends today by its name', '2026-10-01', '2026-10-31', '2026-10-31', '2026-09-01', '2026-09-30', 'months', 'September 2026'],
    ['a month to date against the same days of the month before', '2026-12-01', '2026-12-04', '2026-12-04', '2026-11-01', '2026-11-04', 'sameDaysOfMonth', 'the same days of November 2026 (Nov 1, 2026 – Nov 4, 2026 (UTC))'],
    ['a month to date longer than the month before', '2027-03-01', '2027-03-30', '2027-03-30', '2027-02-01', '2027-02-28', 'sameDaysOfMonth', 'the same days of February 2027 (Feb 1, 2027 – Feb 28, 2027 (UTC))'],
    ['a quarter to date against the same days of the quarter before', '2026-10-01', '2026-11-10', '2026-11-10', '2026-07-01', '2026-08-10', 'sameDaysOfQuarter', 'the same days of Q3 2026 (Jul 1, 2026 – Aug 10, 2026 (UTC))'],
    ['any other range against the days just before', '2026-10-02', '2026-10-31', '2026-11-27', '2026-09-02', '2026-10-01', 'days', 'the previous 30 days (Sep 2, 2026 – Oct 1, 2026 (UTC))'],
    ['a month so far asked for yesterday (the range no longer ends today)', '2026-12-01', '2026-12-04', '2026-12-05', '2026-11-27', '2026-11-30', 'days', 'the previous 4 days (Nov 27, 2026 – Nov 30, 2026 (UTC))'],
  ])('sets %s', (_, first, last, today, baseFirst, baseLast, basis, words) => {
    const baseline = periodBaseline(utc(first, last), today);
    expect(baseline.range).toEqual(utc(baseFirst, baseLast));
    expect(baseline.basis).toBe(basis);
    expect(baselineText(baseline, 'en-US')).toBe(words);
  });

  it('reads "today" in the range\'s zone: just after midnight in Berlin on the day the clocks went forward', () => {
    // 22:30 UTC on Mar 29, 2026 is 00:30 CEST on Mar 30 in Berlin (UTC+2 since 01:00 UTC that day), still Mar 29 in UTC.
    const now = new Date(Date.UTC(2026, 2, 29, 22, 30));
    const berlin = { first: '2026-03-01', last: '2026-03-30', timeZone: 'Europe/Berlin' };
    const inBerlin = periodBaseline(berlin, todayIn(now, 'Europe/Berlin'));
    expect(inBerlin).toEqual({ range: { first: '2026-02-01', last: '2026-02-28', timeZone: 'Europe/Berlin' }, basis: 'sameDaysOfMonth', months: 0 });
    // The same days read in UTC do not end "today" there, so they are a range like any other.
    expect(periodBaseline({ ...berlin, timeZone: 'UTC' }, todayIn(now, 'UTC')).basis).toBe('days');
  });
});

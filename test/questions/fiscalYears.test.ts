import { fiscalQuarterPeriod, fiscalYearOf, fiscalYearPeriod } from '../../src/questions/fiscalYears';
import { NOW, ask } from './askAt';

describe('fiscal year arithmetic', () => {
  it.each([
    [2026, 1, '2026-01-01', '2026-12-31'],
    [2026, 7, '2025-07-01', '2026-06-30'],
    [2026, 4, '2025-04-01', '2026-03-31'],
    [2026, 10, '2025-10-01', '2026-09-30'],
    [2028, 3, '2027-03-01', '2028-02-29'],
  ])('FY%i starting in month %i runs %s … %s', (fiscalYear, startMonth, first, last) => {
    expect(fiscalYearPeriod(fiscalYear, startMonth)).toEqual({ first, last });
  });

  it.each([
    [2026, 1, 1, '2026-01-01', '2026-03-31'],
    [2026, 2, 7, '2025-10-01', '2025-12-31'],
    [2026, 3, 7, '2026-01-01', '2026-03-31'],
    [2026, 4, 7, '2026-04-01', '2026-06-30'],
    [2026, 4, 11, '2026-08-01', '2026-10-31'],
  ])('FY%i Q%i starting in month %i runs %s … %s', (fiscalYear, quarter, startMonth, first, last) => {
    expect(fiscalQuarterPeriod(fiscalYear, quarter, startMonth)).toEqual({ first, last });
  });

  it.each([
    ['2026-11-27', 1, 2026],
    ['2026-11-27', 7, 2027],
    ['2026-06-30', 7, 2026],
    ['2026-07-01', 7, 2027],
    ['2026-03-31', 4, 2026],
  ])('%s is in the fiscal year named %i… (start month %i)', (date, startMonth, expected) => {
    expect(fiscalYearOf(date, startMonth)).toBe(expected);
  });
});

// Fiscal phrases on Friday 2026-11-27, with the fiscal year starting in January, April or July.
const FISCAL_PHRASES: Array<[startMonth: number, phrase: string, first: string, last: string, clipped: boolean]> = [
  [1, 'FY26', '2026-01-01', '2026-11-27', true],
  [1, 'FY2025', '2025-01-01', '2025-12-31', false],
  [1, 'this fiscal year', '2026-01-01', '2026-11-27', true],
  [1, 'last fiscal year', '2025-01-01', '2025-12-31', false],
  [1, 'fiscal Q2', '2026-04-01', '2026-06-30', false],
  [1, 'FY26 Q2', '2026-04-01', '2026-06-30', false],
  [1, 'Q2 FY25', '2025-04-01', '2025-06-30', false],
  [1, 'fiscal year to date', '2026-01-01', '2026-11-27', false],
  [7, 'FY26', '2025-07-01', '2026-06-30', false],
  [7, 'FY2026', '2025-07-01', '2026-06-30', false],
  [7, 'fy 26', '2025-07-01', '2026-06-30', false],
  [7, "FY'26", '2025-07-01', '2026-06-30', false],
  [7, 'fiscal year 2026', '2025-07-01', '2026-06-30', false],
  [7, 'fiscal 2026', '2025-07-01', '2026-06-30', false],
  [7, 'FY27', '2026-07-01', '2026-11-27', true],
  [7, 'this fiscal year', '2026-07-01', '2026-11-27', true],
  [7, 'current FY', '2026-07-01', '2026-11-27', true],
  [7, 'last fiscal year', '2025-07-01', '2026-06-30', false],
  [7, 'previous FY', '2025-07-01', '2026-06-30', false],
  [7, 'FYTD', '2026-07-01', '2026-11-27', false],
  [7, 'fiscal Q1', '2026-07-01', '2026-09-30', false],
  [7, 'fiscal Q2', '2026-10-01', '2026-11-27', true],
  [7, 'fiscal Q3', '2026-01-01', '2026-03-31', false],
  [7, 'the second fiscal quarter', '2026-10-01', '2026-11-27', true],
  [7, 'FY26 Q2', '2025-10-01', '2025-12-31', false],
  [7, 'FY26Q2', '2025-10-01', '2025-12-31', false],
  [7, 'Q2 FY26', '2025-10-01', '2025-12-31', false],
  [7, 'Q2 of FY26', '2025-10-01', '2025-12-31', false],
  [7, 'Q4 fiscal year 2026', '2026-04-01', '2026-06-30', false],
  [7, 'fiscal Q2 2026', '2025-10-01', '2025-12-31', false],
  [7, 'last fiscal quarter', '2026-07-01', '2026-09-30', false],
  [7, 'this fiscal quarter', '2026-10-01', '2026-11-27', true],
  [7, 'since FY27 Q1', '2026-07-01', '2026-11-27', false],
  [7, 'from FY26 Q3 to FY26 Q4', '2026-01-01', '2026-06-30', false],
  [7, 'Q2', '2026-04-01', '2026-06-30', false],
  [4, 'FY26', '2025-04-01', '2026-03-31', false],
  [4, 'this fiscal year', '2026-04-01', '2026-11-27', true],
  [4, 'fiscal Q3', '2026-10-01', '2026-11-27', true],
  [4, 'fiscal Q4', '2026-01-01', '2026-03-31', false],
  [4, 'last fiscal quarter', '2026-07-01', '2026-09-30', false],
];

describe('readQuestion: fiscal years (named by the calendar year they end in)', () => {
  it.each(FISCAL_PHRASES)('with the year starting in month %i, “%s” is %s … %s (clipped: %s)', (startMonth, phrase, first, last, clipped) => {
    expect(ask(phrase, NOW, 'UTC', { fiscalYearStartMonth: startMonth })).toEqual({ first, last, clipped });
  });

  it('refuses a fiscal year that has not started', () => {
    expect(ask('FY28', NOW, 'UTC', { fiscalYearStartMonth: 7 })).toEqual({ reason: 'future' });
  });

  it('turns the fiscal year over on the start month’s first day in the user’s zone', () => {
    // 2026-06-30T23:30Z is already July 1 in Berlin: FY27 has begun there, not in UTC.
    expect(ask('this fiscal year', '2026-06-30T23:30:00Z', 'Europe/Berlin', { fiscalYearStartMonth: 7 })).toMatchObject({
      first: '2026-07-01',
      last: '2026-07-01',
    });
    expect(ask('this fiscal year', '2026-06-30T23:30:00Z', 'UTC', { fiscalYearStartMonth: 7 })).toMatchObject({
      first: '2025-07-01',
      last: '2026-06-30',
    });
  });
});

import { addMonths, startOfMonth } from '../../src/domain/calendarMonths';

describe('startOfMonth', () => {
  it.each([
    ['2026-11-27', '2026-11-01'],
    ['2026-01-01', '2026-01-01'],
    ['2028-02-29', '2028-02-01'],
  ])('the month of %s starts on %s', (date, expected) => {
    expect(startOfMonth(date)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-11-27', -1, '2026-10-27'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2028-03-31', -1, '2028-02-29'],
    ['2026-10-31', 1, '2026-11-30'],
    ['2026-11-27', -24, '2024-11-27'],
    ['2026-11-27', 0, '2026-11-27'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

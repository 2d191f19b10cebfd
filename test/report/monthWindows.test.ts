/** How a range is cut into month windows, and when a window is closed (final). */
import type { DateRange } from '../../src/domain/dateRange';
import { isClosedWindow, monthWindows } from '../../src/report/monthWindows';

const span = (window: DateRange): string => `${window.first}…${window.last}`;

describe('monthWindows', () => {
  it.each([
    ['a whole month', '2026-10-01', '2026-10-31', ['2026-10-01…2026-10-31']],
    ['one day', '2026-10-03', '2026-10-03', ['2026-10-03…2026-10-03']],
    ['partial months at both ends', '2026-10-15', '2026-12-10', ['2026-10-15…2026-10-31', '2026-11-01…2026-11-30', '2026-12-01…2026-12-10']],
    ['a leap February and a year end', '2027-12-20', '2028-03-01', ['2027-12-20…2027-12-31', '2028-01-01…2028-01-31', '2028-02-01…2028-02-29', '2028-03-01…2028-03-01']],
  ])('cuts %s at month boundaries', (_name, first, last, expected) => {
    const windows = monthWindows({ first, last, timeZone: 'Europe/Berlin' });
    expect(windows.map(span)).toEqual(expected);
    for (const window of windows) expect(window.timeZone).toBe('Europe/Berlin');
  });

  it('gives the same month windows to a quarter, a year and the month itself', () => {
    const october = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };
    expect(monthWindows({ first: '2026-10-01', last: '2026-12-31', timeZone: 'UTC' })).toContainEqual(october);
    expect(monthWindows({ first: '2026-01-01', last: '2026-12-31', timeZone: 'UTC' })).toHaveLength(12);
    expect(monthWindows({ first: '2026-01-01', last: '2026-12-31', timeZone: 'UTC' })).toContainEqual(october);
  });
});

describe('isClosedWindow', () => {
  const october = { first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' };
  // October ends at midnight Berlin time on Nov 1: 2026-10-31T23:00:00Z (CET, UTC+1).
  it.each([
    ['71 h 59 min after its last day ended', '2026-11-03T22:59:00Z', false],
    ['exactly 72 h after', '2026-11-03T23:00:00Z', false],
    ['a minute past 72 h', '2026-11-03T23:01:00Z', true],
    ['while its last day is still running', '2026-10-31T22:00:00Z', false],
  ])('is open or closed %s', (_name, now, closed) => {
    expect(isClosedWindow(october, new Date(now), 72)).toBe(closed);
  });

  it('reads the hours from the setting', () => {
    expect(isClosedWindow(october, new Date('2026-11-02T23:01:00Z'), 48)).toBe(true);
    expect(isClosedWindow(october, new Date('2026-11-02T23:01:00Z'), 72)).toBe(false);
  });
});

import fc from 'fast-check';
import { addDays, daysBetween, startOfDayUtc } from '../../src/domain/calendarDate';
import { halveWindow, MAX_WINDOW_DAYS, reportWindows } from '../../src/graph/reportWindows';

const DAY_MS = 86_400_000;

describe('reportWindows', () => {
  it('keeps a range of up to 89 days in one window with exact UTC bounds', () => {
    expect(reportWindows({ first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' })).toEqual([
      { first: '2026-10-01', last: '2026-10-31', fromDateTime: '2026-10-01T00:00:00.000Z', toDateTime: '2026-10-31T23:59:59.999Z' },
    ]);
  });

  it('uses the start of the local day in the user\'s time zone', () => {
    const [window] = reportWindows({ first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' });
    expect(window?.fromDateTime).toBe('2026-09-30T22:00:00.000Z');
    expect(window?.toDateTime).toBe('2026-10-31T22:59:59.999Z');
  });

  it('splits 200 days into 89 + 89 + 22 (Graph\'s 90-day limit, one day to spare)', () => {
    expect(MAX_WINDOW_DAYS).toBe(89);
    const windows = reportWindows({ first: '2026-01-01', last: '2026-07-19', timeZone: 'UTC' });
    expect(windows.map((w) => [w.first, w.last])).toEqual([
      ['2026-01-01', '2026-03-30'],
      ['2026-03-31', '2026-06-27'],
      ['2026-06-28', '2026-07-19'],
    ]);
  });

  it('shortens a window that a DST change would push past 89 × 24 h', () => {
    const windows = reportWindows({ first: '2026-09-01', last: '2026-12-31', timeZone: 'Europe/Berlin' });
    expect(windows[0]?.last).toBe('2026-11-27'); // 88 days: the October change adds an hour
  });

  it('halves a window at local midnight, the first half the longer, and not a one-day window', () => {
    const [window] = reportWindows({ first: '2026-01-01', last: '2026-03-30', timeZone: 'Europe/Berlin' });
    const halves = halveWindow(window!, 'Europe/Berlin');
    expect(halves?.map((w) => [w.first, w.last, w.fromDateTime])).toEqual([
      ['2026-01-01', '2026-02-14', '2025-12-31T23:00:00.000Z'],
      ['2026-02-15', '2026-03-30', '2026-02-14T23:00:00.000Z'],
    ]);
    expect(Date.parse(halves![1].fromDateTime) - Date.parse(halves![0].toDateTime)).toBe(1);
    expect(halves![1].toDateTime).toBe(window!.toDateTime);
    const [day] = reportWindows({ first: '2026-01-01', last: '2026-01-01', timeZone: 'UTC' });
    expect(halveWindow(day!, 'UTC')).toBeUndefined();
  });

  it('produces contiguous, non-overlapping windows of at most 89 days covering the range exactly', () => {
    const zones = fc.constantFrom('UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 800 }), zones, (offset, length, timeZone) => {
        const first = addDays('2020-01-01', offset);
        const last = addDays(first, length);
        const windows = reportWindows({ first, last, timeZone });
        expect(windows[0]?.first).toBe(first);
        expect(windows.at(-1)?.last).toBe(last);
        expect(windows[0]?.fromDateTime).toBe(startOfDayUtc(first, timeZone).toISOString());
        windows.forEach((window, i) => {
          const span = Date.parse(window.toDateTime) - Date.parse(window.fromDateTime);
          expect(span).toBeLessThan(MAX_WINDOW_DAYS * DAY_MS);
          expect(daysBetween(window.first, window.last)).toBeLessThan(MAX_WINDOW_DAYS);
          const next = windows[i + 1];
          if (next) {
            expect(next.first).toBe(addDays(window.last, 1));
            expect(Date.parse(next.fromDateTime) - Date.parse(window.toDateTime)).toBe(1);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

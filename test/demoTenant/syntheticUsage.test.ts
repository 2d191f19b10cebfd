import { DAY_MS, daysCovered, daysWithData, type DaySpan } from '../../src/demoTenant/dayAttribution';
import { buildUsageRows, sumUsage, type UsageRows } from '../../src/demoTenant/syntheticUsage';
import { CURRENCIES, NO_LOCATION, SyntheticUsers } from '../../src/demoTenant/syntheticUsers';
import { locationCode } from '../../src/demoTenant/usageLocations';

const NOW = new Date('2025-06-15T08:00:00Z');
const AVAILABLE = daysWithData(NOW);

function span(from: string, to: string): DaySpan {
  return daysCovered(Date.parse(from), Date.parse(to), AVAILABLE);
}

/** Row keys with their numbers, for comparing aggregations. */
function keyed(users: SyntheticUsers, rows: UsageRows): Map<string, [number, number, number]> {
  const map = new Map<string, [number, number, number]>();
  for (let i = 0; i < rows.count; i += 1) {
    const key = `${rows.user[i]}|${rows.location[i]}|${rows.destination[i]}|${users.currencyCode(rows.user[i])}`;
    map.set(key, [rows.calls[i], rows.seconds[i], rows.charge[i]]);
  }
  return map;
}

describe('daysWithData', () => {
  it('runs from the same day two years ago through yesterday (UTC)', () => {
    expect(AVAILABLE.first * DAY_MS).toBe(Date.parse('2023-06-15T00:00:00Z'));
    expect(AVAILABLE.last * DAY_MS).toBe(Date.parse('2025-06-14T00:00:00Z'));
  });
});

describe('daysCovered', () => {
  it('holds day d exactly when d@12:00Z lies within both inclusive bounds', () => {
    const day = Date.parse('2025-03-10T00:00:00Z') / DAY_MS;
    expect(span('2025-03-10T12:00:00Z', '2025-03-10T12:00:00Z')).toEqual({ first: day, last: day });
    expect(span('2025-03-10T12:00:00.001Z', '2025-03-11T11:59:59.999Z')).toEqual({ first: day + 1, last: day });
    expect(span('2025-03-10T00:00:00Z', '2025-03-11T00:00:00Z')).toEqual({ first: day, last: day });
  });

  it('clips to the days with data', () => {
    expect(span('2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z')).toEqual(AVAILABLE);
  });
});

describe('buildUsageRows', () => {
  const users = new SyntheticUsers(1, 3000);

  it('is the same for the same seed and differs for another seed', () => {
    const window = span('2025-01-01T00:00:00Z', '2025-03-31T23:59:59Z');
    const again = buildUsageRows(new SyntheticUsers(1, 3000), window);
    const other = buildUsageRows(new SyntheticUsers(2, 3000), window);
    expect(keyed(users, buildUsageRows(users, window))).toEqual(keyed(users, again));
    expect(keyed(users, buildUsageRows(users, window))).not.toEqual(keyed(users, other));
  });

  it('orders rows by user, then location code, then destination, and omits rows without calls', () => {
    const rows = buildUsageRows(users, span('2025-01-01T00:00:00Z', '2025-03-31T23:59:59Z'));
    const sortKey = (i: number): string =>
      `${String(rows.user[i]).padStart(6, '0')}|${locationCode(rows.location[i])}|${rows.destination[i]}`;
    for (let i = 1; i < rows.count; i += 1) expect(sortKey(i - 1) < sortKey(i)).toBe(true);
    expect(Array.from(rows.calls).every((calls) => calls > 0)).toBe(true);
  });

  it('adds contiguous windows up exactly to their union, row by row', () => {
    const first = keyed(users, buildUsageRows(users, span('2025-01-01T00:00:00Z', '2025-01-31T23:59:59Z')));
    const second = keyed(users, buildUsageRows(users, span('2025-02-01T00:00:00Z', '2025-02-28T23:59:59Z')));
    const union = keyed(users, buildUsageRows(users, span('2025-01-01T00:00:00Z', '2025-02-28T23:59:59Z')));
    const added = new Map(first);
    for (const [key, [calls, seconds, charge]] of second) {
      const [c, s, ch] = added.get(key) ?? [0, 0, 0];
      added.set(key, [c + calls, s + seconds, ch + charge]);
    }
    expect(added).toEqual(union);
  });

  it('has realistic shares: most users billed in USD, some in EUR, some with two locations, both destinations', () => {
    const rows = buildUsageRows(users, span('2025-01-01T00:00:00Z', '2025-03-31T23:59:59Z'));
    const euroUsers = Array.from({ length: users.count }, (_, u) => users.currency[u]).filter((c) => c === 1).length;
    expect(euroUsers / users.count).toBeGreaterThan(0.03);
    expect(euroUsers / users.count).toBeLessThan(0.08);
    expect(new Set(Array.from(rows.destination))).toEqual(new Set([0, 1]));
    expect(new Set(Array.from(rows.location)).size).toBeGreaterThanOrEqual(8);
    const locationsPerUser = new Map<number, Set<number>>();
    for (let i = 0; i < rows.count; i += 1) {
      const set = locationsPerUser.get(rows.user[i]) ?? new Set<number>();
      set.add(rows.location[i]);
      locationsPerUser.set(rows.user[i], set);
    }
    const travellers = Array.from({ length: users.count }, (_, u) => users.secondLocation[u]).filter(
      (l) => l !== NO_LOCATION,
    );
    expect(travellers.length / users.count).toBeGreaterThan(0.02);
    expect(travellers.length / users.count).toBeLessThan(0.07);
    expect([...locationsPerUser.values()].some((set) => set.size === 2)).toBe(true);
  });
});

describe('sumUsage', () => {
  it('equals the totals of the rows, per currency', () => {
    const users = new SyntheticUsers(7, 2000);
    const window = span('2024-11-01T00:00:00Z', '2025-01-29T23:59:59Z');
    const rows = buildUsageRows(users, window);
    const expected = sumUsage(users, window);
    const fromRows: Record<string, { calls: number; seconds: number; chargeMicros: number; rowCount: number }> = {};
    for (let i = 0; i < rows.count; i += 1) {
      const totals = (fromRows[CURRENCIES[users.currency[rows.user[i]]]] ??= {
        calls: 0,
        seconds: 0,
        chargeMicros: 0,
        rowCount: 0,
      });
      totals.calls += rows.calls[i];
      totals.seconds += rows.seconds[i];
      totals.chargeMicros += rows.charge[i] * 100;
      totals.rowCount += 1;
    }
    expect(expected).toEqual({ rowCount: rows.count, byCurrency: fromRows });
    expect(Object.keys(expected.byCurrency).sort()).toEqual(['EUR', 'USD']);
  });
});

describe('100,000 users', () => {
  it('builds a 90-day window (bounded by the jest timeout, not asserted: machines vary)', () => {
    const users = new SyntheticUsers(1, 100_000);
    const rows = buildUsageRows(users, span('2025-03-01T00:00:00Z', '2025-05-30T00:00:00Z'));
    expect(rows.count).toBeGreaterThan(50_000);
  });
});

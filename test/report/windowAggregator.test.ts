import type { DialoutRow } from '../../src/graph/dialoutRow';
import { chargeText } from '../../src/domain/money';
import { PersonList, PersonTable } from '../../src/report/personTable';
import type { WindowSlice } from '../../src/report/sliceColumns';
import { WindowAggregator } from '../../src/report/windowAggregator';
import { mergeWindows, withOwnPeople, type WindowSlices } from '../../src/report/windowSlices';
import { dialoutRow } from '../helpers/dialoutRows';

const OCTOBER = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };
const NOVEMBER = { first: '2026-11-01', last: '2026-11-30', timeZone: 'UTC' };
const META = { pageCount: 2, fetchedAt: new Date('2026-11-04T08:00:00Z') };


function windowOf(range: typeof OCTOBER, rows: DialoutRow[], people = new PersonTable()): WindowSlices {
  const aggregator = new WindowAggregator(people);
  for (const one of rows) aggregator.addRow(one);
  return aggregator.finish(range, META);
}

/** Every slice of the window's currency, read back one by one. */
function slicesIn(window: WindowSlices, currency: string): WindowSlice[] {
  const found = window.currencies.find((c) => c.currency === currency);
  if (!found) return [];
  return Array.from({ length: found.slices.length }, (_, index) => {
    const slice: WindowSlice = { userId: '', userPrincipalName: '', userDisplayName: '', country: '', destination: 'Unknown', calls: 0, seconds: 0, chargeMicros: 0 };
    found.slices.read(index, slice);
    return slice;
  });
}

describe('WindowAggregator', () => {
  it("sums each person's rows into one slice per currency, usage location and destination, their first row's first", () => {
    const window = windowOf(OCTOBER, [
      dialoutRow({ totalCalls: 2, totalCallSeconds: 723, chargeMicros: 12_830_000 }),
      dialoutRow({ userId: 'u2', userPrincipalName: 'b@contoso.com', userDisplayName: 'B', currency: 'EUR', chargeMicros: 7_000_000 }),
      dialoutRow({ usageLocation: 'GB', destinationContext: 'International', totalCalls: 1, totalCallSeconds: 100, chargeMicros: 5_000_000 }),
      dialoutRow({ totalCalls: 3, totalCallSeconds: 200, chargeMicros: 170_000 }),
      dialoutRow({ userId: '', userPrincipalName: '', userDisplayName: '', usageLocation: '', destinationContext: 'Unknown', chargeMicros: 0, hasCharge: false }),
      dialoutRow({ userId: 'u3', currency: '', chargeMicros: 0, hasCharge: false }),
    ]);
    expect(window.rowCount).toBe(6);
    expect(window.rowsWithoutCurrency).toBe(1);
    expect(window.currencies.map((c) => [c.currency, c.rowsWithoutCharge, c.slices.length])).toEqual([
      ['USD', 1, 3],
      ['EUR', 0, 1],
      ['', 1, 1],
    ]);
    expect(slicesIn(window, 'USD').map((s) => [s.userId, s.country, s.destination, s.calls, s.seconds, s.chargeMicros])).toEqual([
      ['u1', 'US', 'Domestic', 5, 923, 13_000_000],
      ['u1', 'GB', 'International', 1, 100, 5_000_000],
      ['', '', 'Unknown', 1, 60, 0],
    ]);
    expect(window.fetchedAt).toBe('2026-11-04T08:00:00.000Z');
  });

  it("keeps a person's slices of each currency apart when they have rows in several", () => {
    const window = windowOf(OCTOBER, [
      dialoutRow({ chargeMicros: 1 }),
      dialoutRow({ currency: 'EUR', chargeMicros: 10 }),
      dialoutRow({ currency: 'EUR', usageLocation: 'FR', chargeMicros: 100 }),
      dialoutRow({ usageLocation: 'GB', chargeMicros: 1_000 }),
      dialoutRow({ currency: 'EUR', chargeMicros: 10_000 }),
      dialoutRow({ chargeMicros: 100_000 }),
      dialoutRow({ currency: 'GBP', usageLocation: 'GB', chargeMicros: 1_000_000 }),
    ]);
    const sums = (currency: string): Array<[string, number]> => slicesIn(window, currency).map((s) => [s.country, s.chargeMicros]);
    expect(sums('USD')).toEqual([['US', 100_001], ['GB', 1_000]]);
    expect(sums('EUR')).toEqual([['US', 10_010], ['FR', 100]]);
    expect(sums('GBP')).toEqual([['GB', 1_000_000]]);
  });

  it('reads back large and negative sums exactly, past the small-integer range', () => {
    const window = windowOf(OCTOBER, [
      dialoutRow({ totalCallSeconds: 2 ** 31, chargeMicros: 3_000_000_000 }),
      dialoutRow({ totalCallSeconds: 5, chargeMicros: 2 ** 52 }),
      dialoutRow({ userId: 'u2', chargeMicros: -1_500_000_000 }),
    ]);
    expect(slicesIn(window, 'USD').map((s) => [s.seconds, s.chargeMicros])).toEqual([
      [2 ** 31 + 5, 2 ** 52 + 3_000_000_000],
      [60, -1_500_000_000],
    ]);
  });

  it('adds charges of more than six decimals exactly, carrying whole micro-units', () => {
    const window = windowOf(OCTOBER, [
      dialoutRow({ chargeMicros: 1, chargeRest: { units: 75n, scale: 8 } }), // 0.00000175
      dialoutRow({ chargeMicros: 2, chargeRest: { units: 50n, scale: 8 } }), // 0.0000025
      dialoutRow({ chargeMicros: 3 }),
    ]);
    const [slice] = slicesIn(window, 'USD');
    expect(slice && chargeText(slice)).toBe('0.00000725');
  });

  it("keeps one object per person across a read's windows, and the names each window's rows gave", () => {
    const people = new PersonTable();
    const october = windowOf(OCTOBER, [dialoutRow({}), dialoutRow({ userId: 'u2', userPrincipalName: 'b@contoso.com' })], people);
    const november = windowOf(NOVEMBER, [dialoutRow({ userId: 'u2', userPrincipalName: 'b@contoso.com' }), dialoutRow({ userDisplayName: 'Ruwini Perera-Silva' })], people);
    const [octoberUsd, novemberUsd] = [october, november].map((w) => w.currencies[0]?.slices);
    expect(novemberUsd?.person(0)).toBe(octoberUsd?.person(1)); // u2, unchanged: the same object
    expect(octoberUsd?.person(0).userDisplayName).toBe('Ruwini Perera');
    expect(novemberUsd?.person(1).userDisplayName).toBe('Ruwini Perera-Silva');
    expect(people.numberOf('u1')).toBe(0);
  });

  it('gives the exact sums of thousands of people over several windows, merged', () => {
    const people = new PersonTable();
    const expected = new Map<string, { calls: number; seconds: number; micros: number; slices: Set<string> }>();
    const windows = [OCTOBER, NOVEMBER].map((range, w) => {
      const rows: DialoutRow[] = [];
      for (let i = 0; i < 5_000; i += 1) {
        // GUID-like ids whose first seven hex digits collide in pairs, and a few people in two locations.
        const userId = `${(i >> 1).toString(16).padStart(7, '0')}${i % 2}-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const usageLocation = i % 7 === 0 && w === 1 ? 'DE' : 'US';
        const one = dialoutRow({ userId, userPrincipalName: `p${i}@contoso.com`, usageLocation, totalCalls: 1 + (i % 3), totalCallSeconds: 30 * i, chargeMicros: 1_000 * i + w });
        rows.push(one);
        const sums = expected.get(userId) ?? { calls: 0, seconds: 0, micros: 0, slices: new Set<string>() };
        sums.calls += one.totalCalls;
        sums.seconds += one.totalCallSeconds;
        sums.micros += one.chargeMicros;
        sums.slices.add(usageLocation);
        expected.set(userId, sums);
      }
      return windowOf(range, rows, people);
    });
    const report = mergeWindows({ first: OCTOBER.first, last: NOVEMBER.last, timeZone: 'UTC' }, windows);
    const spenders = report.currencies[0]?.spenders ?? [];
    expect(spenders).toHaveLength(5_000);
    for (const spender of spenders) {
      const sums = expected.get(spender.userId);
      expect([spender.calls, spender.seconds, spender.chargeMicros, spender.countries]).toEqual([sums?.calls, sums?.seconds, sums?.micros, [...(sums?.slices ?? [])].sort()]);
    }
    expect(report.rowCount).toBe(10_000);
  });

  it("gives a window kept after its read a list of its own people, not the read's whole table, with the same slices", () => {
    const people = new PersonTable();
    windowOf(OCTOBER, Array.from({ length: 3_000 }, (_, i) => dialoutRow({ userId: `p${i}` })), people);
    const november = windowOf(
      NOVEMBER,
      [dialoutRow({}), dialoutRow({ usageLocation: 'GB', destinationContext: 'International', chargeMicros: 7, chargeRest: { units: 5n, scale: 9 } }), dialoutRow({ userId: 'p7', currency: 'EUR' })],
      people,
    );
    const kept = withOwnPeople(november);
    const lists = kept.currencies.map((currency) => currency.slices.people);
    expect(lists.every((list) => list instanceof PersonList && list.size === 2)).toBe(true);
    expect(people.size).toBe(3_001);
    for (const currency of ['USD', 'EUR']) expect(slicesIn(kept, currency)).toEqual(slicesIn(november, currency));
    expect(mergeWindows(NOVEMBER, [kept])).toEqual(mergeWindows(NOVEMBER, [november]));
  });
});

import type { DestinationContext, DialoutRow } from '../../src/graph/dialoutRow';
import { ReportAggregator } from '../../src/report/aggregate';
import { narrowReport, type ReportFilters } from '../../src/report/reportFilters';

const range = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };
const COUNTRIES = ['US', 'GB', 'DE', ''];
const DESTINATIONS: DestinationContext[] = ['Domestic', 'International', 'Unknown'];
/** The destinations a question can narrow to (rows of unknown destination are kept by a usage location alone). */
const FILTERED = ['Domestic', 'International'] as const;

/** A small seeded generator (mulberry32), so every run checks the same rows. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rows of 300 people: most with one location and destination, many with two or more; few distinct
 * charges and call counts, so ties in charge and calls (ranked by UPN) are common.
 */
function rows(): DialoutRow[] {
  const next = random(15);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const all: DialoutRow[] = [];
  for (let person = 0; person < 300; person += 1) {
    const home = pick(COUNTRIES);
    const homeDestination = pick(DESTINATIONS);
    const rowCount = 1 + Math.floor(next() * 4);
    for (let r = 0; r < rowCount; r += 1) {
      const moves = next() < 0.4;
      all.push({
        userId: `${(0x1000000 + person * 7919).toString(16)}-user-${person}`,
        userPrincipalName: `person${(person * 37) % 300}@contoso.com`,
        userDisplayName: `Person ${person}`,
        usageLocation: moves ? pick(COUNTRIES) : home,
        destinationContext: moves ? pick(DESTINATIONS) : homeDestination,
        currency: person % 10 === 0 ? 'EUR' : 'USD',
        totalCalls: 1 + Math.floor(next() * 2),
        totalCallSeconds: 60 * (1 + Math.floor(next() * 3)),
        chargeMicros: pick([0, 250_000, 500_000, 1_000_000]),
        hasCharge: true,
      });
    }
  }
  return all;
}

interface Sums {
  calls: number;
  seconds: number;
  chargeMicros: number;
}

/** What the narrowed report must hold, summed straight from the rows that match. */
function expected(all: DialoutRow[], currency: string, filters: ReportFilters) {
  const matching = all.filter(
    (r) => r.currency === currency && (filters.country === undefined || r.usageLocation === filters.country) && (filters.destination === undefined || r.destinationContext === filters.destination),
  );
  const people = new Map<string, Sums & { userId: string; upn: string; countries: Set<string> }>();
  const parts = new Map<DestinationContext, Sums>(DESTINATIONS.map((d) => [d, { calls: 0, seconds: 0, chargeMicros: 0 }]));
  for (const r of matching) {
    const person = people.get(r.userId) ?? { userId: r.userId, upn: r.userPrincipalName, calls: 0, seconds: 0, chargeMicros: 0, countries: new Set<string>() };
    people.set(r.userId, person);
    for (const sums of [person, parts.get(r.destinationContext) as Sums]) {
      sums.calls += r.totalCalls;
      sums.seconds += r.totalCallSeconds;
      sums.chargeMicros += r.chargeMicros;
    }
    if (r.usageLocation !== '') person.countries.add(r.usageLocation);
  }
  const ranked = [...people.values()].sort((a, b) => b.chargeMicros - a.chargeMicros || b.calls - a.calls || (a.upn < b.upn ? -1 : 1));
  return {
    people: ranked.map((p) => [p.userId, p.calls, p.seconds, p.chargeMicros, [...p.countries].sort()]),
    domestic: parts.get('Domestic'),
    international: parts.get('International'),
    unknown: parts.get('Unknown'),
  };
}

describe('narrowReport', () => {
  const all = rows();
  const aggregator = new ReportAggregator();
  for (const r of all) aggregator.addRow(r);
  const report = aggregator.finish(range, { pageCount: 1, fetchedAt: new Date('2026-11-01T00:00:00Z') });
  const filterList: ReportFilters[] = [
    ...FILTERED.map((destination) => ({ destination })),
    ...COUNTRIES.map((country) => ({ country })),
    ...COUNTRIES.flatMap((country) => FILTERED.map((destination) => ({ country, destination }))),
  ];

  it('has people with several locations and destinations, and ties in charge and calls, to narrow', () => {
    const usd = report.currencies.find((c) => c.currency === 'USD');
    expect(usd?.spenders.filter((s) => s.otherSlices !== undefined).length).toBeGreaterThan(50);
    const keys = usd?.spenders.map((s) => `${s.chargeMicros}|${s.calls}`) ?? [];
    expect(new Set(keys).size).toBeLessThan(keys.length / 2);
  });

  it.each(filterList)('keeps exactly the matching usage, ranked by charge, calls, then UPN: %j', (filters) => {
    const narrowed = narrowReport(report, filters);
    for (const currency of ['USD', 'EUR']) {
      const want = expected(all, currency, filters);
      const got = narrowed.currencies.find((c) => c.currency === currency);
      if (want.people.length === 0) {
        expect(got).toBeUndefined();
        continue;
      }
      expect(got?.spenders.map((s) => [s.userId, s.calls, s.seconds, s.chargeMicros, s.countries])).toEqual(want.people);
      expect(got?.domestic).toEqual(want.domestic);
      expect(got?.international).toEqual(want.international);
      expect(got?.unknownDestination).toEqual(want.unknown);
      const sum = (parts: Sums[]): Sums => parts.reduce((a, b) => ({ calls: a.calls + b.calls, seconds: a.seconds + b.seconds, chargeMicros: a.chargeMicros + b.chargeMicros }));
      expect(got?.total).toEqual(sum([want.domestic, want.international, want.unknown] as Sums[]));
    }
  });
});

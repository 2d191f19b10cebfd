/** Per-currency totals and a fingerprint of every person's totals: how two pipelines are checked to agree exactly. */
import { createHash } from 'node:crypto';
import type { ExpectedUsage } from '../src/demoTenant/demoTenant';
import type { Report } from '../src/report/report';

/** Calls, seconds and micro-units. */
export interface Sums {
  calls: number;
  seconds: number;
  chargeMicros: number;
}

/** One person's sums in one currency. */
export interface PersonSums extends Sums {
  currency: string;
  userId: string;
}

export interface TotalsDigest {
  /** Keyed by ISO 4217 code. */
  currencies: Record<string, Sums>;
  /** sha256 over every person's sums, sorted; equal digests mean equal per-person totals. */
  people: string;
  peopleCount: number;
}

/** The digest of per-currency sums and per-person sums, whatever order they came in. */
export function digest(currencies: Record<string, Sums>, people: PersonSums[]): TotalsDigest {
  const lines = people.map((p) => `${p.currency}|${p.userId}|${p.calls}|${p.seconds}|${p.chargeMicros}`).sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  const sorted = Object.fromEntries(Object.entries(currencies).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { currencies: sorted, people: hash.digest('hex'), peopleCount: lines.length };
}

/** The digest of the bot's report. */
export function reportDigest(report: Report): TotalsDigest {
  const currencies: Record<string, Sums> = {};
  const people: PersonSums[] = [];
  for (const c of report.currencies) {
    currencies[c.currency] = { calls: c.total.calls, seconds: c.total.seconds, chargeMicros: c.total.chargeMicros };
    for (const s of c.spenders) people.push({ currency: c.currency, userId: s.userId, calls: s.calls, seconds: s.seconds, chargeMicros: s.chargeMicros });
  }
  return digest(currencies, people);
}

/** Adds the tenant's own totals of several windows, per currency. */
export function expectedCurrencies(windows: ExpectedUsage[]): Record<string, Sums> {
  const sums: Record<string, Sums> = {};
  for (const usage of windows) {
    for (const [currency, t] of Object.entries(usage.byCurrency)) {
      const sum = (sums[currency] ??= { calls: 0, seconds: 0, chargeMicros: 0 });
      sum.calls += t.calls;
      sum.seconds += t.seconds;
      sum.chargeMicros += t.chargeMicros;
    }
  }
  return Object.fromEntries(Object.entries(sums).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** True when both digests hold the same numbers. */
export function sameTotals(a: TotalsDigest, b: TotalsDigest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

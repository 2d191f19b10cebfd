/**
 * The peer: what a developer would write with @microsoft/microsoft-graph-client 3.0.7 — a
 * PageIterator over each ≤ 90-day window in turn, summing exact totals per currency and per person.
 */
import { Client, PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { reportWindows } from '../src/graph/reportWindows';
import type { DateRange } from '../src/domain/dateRange';
import { appToken } from './appToken';
import { elapsedMs } from './figures';
import type { TenantAddress } from './tenantProcess';
import { digest, type PersonSums, type Sums, type TotalsDigest } from './totalsDigest';

/** The fields of a report row the peer reads. */
export interface PeerRow {
  userId: string;
  currency: string;
  totalCalls: number;
  totalCallSeconds: number;
  totalCallCharge: number | string;
}

export interface TimedTotals {
  digest: TotalsDigest;
  ms: number;
}

/**
 * Exact per-currency and per-person sums the way a developer would write them: a Map per
 * currency and a Map by user id, the charge read with Math.round(Number(charge) × 10⁶) (exact, since
 * it has at most 6 decimals). No validation.
 */
export class PeerSums {
  private readonly currencies = new Map<string, { sums: Sums; people: Map<string, PersonSums> }>();

  /** PageIterator's callback: true to go on. */
  readonly add = (row: PeerRow): boolean => {
    const chargeMicros = Math.round(Number(row.totalCallCharge) * 1_000_000);
    let currency = this.currencies.get(row.currency);
    if (!currency) this.currencies.set(row.currency, (currency = { sums: { calls: 0, seconds: 0, chargeMicros: 0 }, people: new Map() }));
    currency.sums.calls += row.totalCalls;
    currency.sums.seconds += row.totalCallSeconds;
    currency.sums.chargeMicros += chargeMicros;
    let person = currency.people.get(row.userId);
    if (!person) currency.people.set(row.userId, (person = { currency: row.currency, userId: row.userId, calls: 0, seconds: 0, chargeMicros: 0 }));
    person.calls += row.totalCalls;
    person.seconds += row.totalCallSeconds;
    person.chargeMicros += chargeMicros;
    return true;
  };

  /** People ranked by charge, as the top-spender list needs (the bot's report ranks them too). */
  ranked(): PersonSums[] {
    return [...this.currencies.values()].flatMap((c) => [...c.people.values()].sort((a, b) => b.chargeMicros - a.chargeMicros));
  }

  digest(people: PersonSums[]): TotalsDigest {
    return digest(Object.fromEntries([...this.currencies].map(([code, c]) => [code, c.sums])), people);
  }
}

/** Reads `range` through the Graph SDK (the tenant must be served over https) and sums it. */
export async function peerTotals(tenant: TenantAddress, range: DateRange): Promise<TimedTotals> {
  const started = process.hrtime.bigint();
  const token = await appToken(tenant);
  const client = Client.init({
    authProvider: (done) => done(null, token),
    baseUrl: `${tenant.graphEndpoint}/`,
    defaultVersion: 'beta',
    customHosts: new Set([new URL(tenant.graphEndpoint).hostname]),
  });
  const sums = new PeerSums();
  for (const window of reportWindows(range)) {
    const path = `/communications/callRecords/getPstnOnlineMeetingDialoutReport(fromDateTime=${window.fromDateTime},toDateTime=${window.toDateTime})`;
    const firstPage = (await client.api(path).get()) as PageCollection;
    await new PageIterator(client, firstPage, sums.add).iterate();
  }
  const people = sums.ranked();
  const ms = elapsedMs(started);
  return { digest: sums.digest(people), ms };
}

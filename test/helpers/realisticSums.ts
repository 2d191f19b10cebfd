/**
 * Independent sums of a realistic demo tenant's raw rows (read over HTTP), with plain string and
 * BigInt work of their own: the figures the bot's cards must show, not computed by the bot's code.
 */
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { RealisticWireRow } from '../../src/demoTenant/realisticRows';
import { readAllPages, reportUrl, secretToken } from './demoTenantClient';

/** Every row of October 2026 in UTC (one window), as the tenant sends it. */
export async function octoberRows(tenant: DemoTenant): Promise<RealisticWireRow[]> {
  const pages = await readAllPages(reportUrl(tenant, '2026-10-01T00:00:00.000Z', '2026-10-31T23:59:59.999Z'), await secretToken(tenant));
  return pages.flatMap((page) => page.value) as unknown as RealisticWireRow[];
}

/** Twelve decimals hold every charge the realistic tenant sends. */
const SCALE = 12;

/** A charge as an integer count of 10^-12 units, read from its text with plain string work. */
function picoUnits(charge: number | string): bigint {
  const [units, fraction = ''] = String(charge).split('.');
  if (!/^\d+$/.test(units ?? '') || !/^\d*$/.test(fraction) || fraction.length > SCALE) throw new Error(`unexpected charge ${charge}`);
  return BigInt(`${units}${fraction.padEnd(SCALE, '0')}`);
}

/** The amount as a decimal string, for Intl.NumberFormat (which formats strings exactly). */
function decimal(pico: bigint): Intl.StringNumericLiteral {
  const text = pico.toString().padStart(SCALE + 1, '0');
  return `${text.slice(0, -SCALE)}.${text.slice(-SCALE)}` as Intl.StringNumericLiteral;
}

export function money(pico: bigint, currency: string | null): string {
  if (currency === null) return new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(decimal(pico));
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(decimal(pico));
}

export interface Sums {
  calls: number;
  cost: bigint;
  unknownDestinationCalls: number;
  unknownDestinationCost: bigint;
  byPerson: Map<string, bigint>;
}

export function sumsByCurrency(rows: RealisticWireRow[]): Map<string | null, Sums> {
  const sums = new Map<string | null, Sums>();
  for (const row of rows) {
    let s = sums.get(row.currency);
    if (!s) sums.set(row.currency, (s = { calls: 0, cost: 0n, unknownDestinationCalls: 0, unknownDestinationCost: 0n, byPerson: new Map() }));
    const cost = row.totalCallCharge === null ? 0n : picoUnits(row.totalCallCharge);
    s.calls += Number(row.totalCalls);
    s.cost += cost;
    const destination = (row.destinationContext ?? '').toLowerCase();
    if (destination !== 'domestic' && destination !== 'international') {
      s.unknownDestinationCalls += Number(row.totalCalls);
      s.unknownDestinationCost += cost;
    }
    const person = row.userId ?? '(nobody)';
    s.byPerson.set(person, (s.byPerson.get(person) ?? 0n) + cost);
  }
  return sums;
}

/** Sums of report rows read straight from the demo tenant over HTTP: the independent figures the drill-down views must show. */
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { chargeMicros, readAllPages, reportUrl, secretToken } from './demoTenantClient';

export interface Sums {
  calls: number;
  seconds: number;
  micros: number;
}

export interface PersonSums extends Sums {
  userId: string;
  upn: string;
  name: string;
  /** By "country|destination". */
  slices: Map<string, Sums>;
}

function zero(): Sums {
  return { calls: 0, seconds: 0, micros: 0 };
}

function add(into: Sums, row: WireRow): void {
  into.calls += Number(row.totalCalls);
  into.seconds += row.totalCallSeconds;
  into.micros += chargeMicros(row.totalCallCharge);
}

/** Every row of [from, to] (ISO instants, both inclusive), all pages followed. */
export async function rowsOf(tenant: DemoTenant, from: string, to: string): Promise<WireRow[]> {
  const pages = await readAllPages(reportUrl(tenant, from, to), await secretToken(tenant));
  return pages.flatMap((page) => page.value);
}

/** A currency's total and its Domestic / International parts. */
export function totalsOf(rows: WireRow[], currency: string): { total: Sums; domestic: Sums; international: Sums } {
  const sums = { total: zero(), domestic: zero(), international: zero() };
  for (const row of rows.filter((r) => r.currency === currency)) {
    add(sums.total, row);
    add(row.destinationContext === 'Domestic' ? sums.domestic : sums.international, row);
  }
  return sums;
}

/** Each person of a currency with their rows by country and destination. */
export function peopleOf(rows: WireRow[], currency: string): Map<string, PersonSums> {
  const people = new Map<string, PersonSums>();
  for (const row of rows.filter((r) => r.currency === currency)) {
    const id = String(row.userId);
    let person = people.get(id);
    if (!person) {
      person = { userId: id, upn: row.userPrincipalName, name: row.userDisplayName, ...zero(), slices: new Map() };
      people.set(id, person);
    }
    add(person, row);
    const key = `${row.usageLocation}|${row.destinationContext}`;
    const slice = person.slices.get(key) ?? zero();
    add(slice, row);
    person.slices.set(key, slice);
  }
  return people;
}

/** People ranked the report's way: by cost, then calls, then UPN. */
export function rankedByCost(people: Map<string, PersonSums>): PersonSums[] {
  return [...people.values()].sort((a, b) => b.micros - a.micros || b.calls - a.calls || (a.upn < b.upn ? -1 : 1));
}

/** Each usage location of a currency with its people (user ids). */
export function countriesOf(rows: WireRow[], currency: string): Map<string, Sums & { people: Set<string> }> {
  const countries = new Map<string, Sums & { people: Set<string> }>();
  for (const row of rows.filter((r) => r.currency === currency)) {
    let country = countries.get(row.usageLocation);
    if (!country) {
      country = { ...zero(), people: new Set() };
      countries.set(row.usageLocation, country);
    }
    add(country, row);
    country.people.add(String(row.userId));
  }
  return countries;
}

/** Money in en-US written here from the exact decimal, not with the bot's formatter. */
export function usd(micros: number): string {
  const decimal = `${Math.trunc(micros / 1_000_000)}.${String(Math.abs(micros) % 1_000_000).padStart(6, '0')}` as Intl.StringNumericLiteral;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(decimal);
}

/** The chart value of an amount: rounded half up to cents, as a number. */
export function cents(micros: number): number {
  return Math.round(micros / 10_000) / 100;
}

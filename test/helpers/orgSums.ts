/** Sums per department (office, cost center…) of report rows joined here with the demo tenant's /users rows: the independent figures of the breakdown card. */
import type { WireRow } from '../../src/demoTenant/reportPage';
import { chargeMicros, type DirectoryEntry } from './demoTenantClient';

/** The unit a person belongs to by one attribute, or nothing. */
export type Attribute = (person: DirectoryEntry) => string | null | undefined;

/** USD cost and people per unit: rows of people without a value or not listed fall under `none`. */
export function sumsBy(rows: WireRow[], people: Map<string, DirectoryEntry>, attribute: Attribute, none: string): Map<string, { micros: number; people: Set<string> }> {
  const sums = new Map<string, { micros: number; people: Set<string> }>();
  for (const row of rows.filter((r) => r.currency === 'USD')) {
    const person = people.get(row.userId as string);
    const unit = (person && attribute(person)) || none;
    const entry = sums.get(unit) ?? { micros: 0, people: new Set<string>() };
    entry.micros += chargeMicros(row.totalCallCharge);
    entry.people.add(row.userId as string);
    sums.set(unit, entry);
  }
  return sums;
}

/** Joins the directory's organisation attributes to a report's people and sums their usage per department, office, cost center… Pure. */
import type { OrgDimension, OrgDirectory } from '../domain/organisation';
import type { Report, Spender, Usage } from './report';
import { addUsage, emptyUsage } from './usage';

/** One unit's usage in one currency. */
export interface BreakdownRow {
  /** The unit's name; '' for the people without a value and those no longer in the directory (the "No department" row). */
  name: string;
  usage: Usage;
  /** People of the report in this unit (with usage in this currency). */
  people: number;
}

/** The breakdown of one currency: amounts of different currencies are never added. */
export interface CurrencyBreakdown {
  currency: string;
  total: Usage;
  /** Highest charge first; ties by calls, then by name; the row without a value comes last among equals. */
  rows: BreakdownRow[];
}

/**
 * The unit a report's person belongs to along `dimension`: '' for rows without a user, people
 * without a value and people no longer in the directory.
 * @example unitOf(spender, directory, 'department') // 'Sales'
 */
export function unitOf(spender: Pick<Spender, 'userId'>, directory: OrgDirectory, dimension: OrgDimension): string {
  return directory.people.get(spender.userId.toLowerCase())?.[dimension] ?? '';
}

function compareRows(a: BreakdownRow, b: BreakdownRow): number {
  if (a.usage.chargeMicros !== b.usage.chargeMicros) return b.usage.chargeMicros - a.usage.chargeMicros;
  if (a.usage.calls !== b.usage.calls) return b.usage.calls - a.usage.calls;
  if ((a.name === '') !== (b.name === '')) return a.name === '' ? 1 : -1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * One currency's people grouped by `unitOf` (a name per person), exact sums per unit, sorted as a
 * breakdown's rows: every person in exactly one row, so the rows add up to the currency's total.
 * @example unitRows(currency.spenders, (spender) => unitOf(spender, directory, 'office'))[0] // { name: 'London', usage: {…}, people: 12 }
 */
export function unitRows(spenders: readonly Spender[], unitOf: (spender: Spender) => string): BreakdownRow[] {
  const units = new Map<string, BreakdownRow>();
  for (const spender of spenders) {
    const name = unitOf(spender);
    let row = units.get(name);
    if (row === undefined) {
      row = { name, usage: emptyUsage(), people: 0 };
      units.set(name, row);
    }
    addUsage(row.usage, spender);
    row.people += 1;
  }
  return [...units.values()].sort(compareRows);
}

/**
 * Each currency's usage per unit of `dimension`: exact sums of the people's usage, every person in
 * exactly one row, so the rows add up to the currency's total.
 * @example orgBreakdown(report, directory, 'costCenter')[0]?.rows[0] // { name: '4711', usage: {…}, people: 37 }
 */
export function orgBreakdown(report: Report, directory: OrgDirectory, dimension: OrgDimension): CurrencyBreakdown[] {
  return report.currencies.map((currency) => ({
    currency: currency.currency,
    total: currency.total,
    rows: unitRows(currency.spenders, (spender) => unitOf(spender, directory, dimension)),
  }));
}

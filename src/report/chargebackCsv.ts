/** The chargeback file: a report's cost per cost center (or department where a person has no cost center) and currency, as RFC 4180 CSV. Pure. */
import type { OrgDirectory } from '../domain/organisation';
import { unitOf, unitRows } from './orgBreakdown';
import type { Report, Spender } from './report';
import { csvField, decimalAmount } from './reportCsv';

/** What a chargeback row is charged to: a cost center, a department (people without a cost center), or neither (`none`). */
export type ChargebackUnitKind = 'costCenter' | 'department' | 'none';

const HEADER = ['unitKind', 'unit', 'currency', 'totalCalls', 'totalCallMinutes', 'totalCallSeconds', 'totalCallCharge', 'people'] as const;

/** The unit a person is charged to, as "kind:name"; '' for people with neither value, rows without a user and people deleted since. */
function chargedUnit(spender: Spender, directory: OrgDirectory): string {
  const costCenter = unitOf(spender, directory, 'costCenter');
  if (costCenter !== '') return `costCenter:${costCenter}`;
  const department = unitOf(spender, directory, 'department');
  return department === '' ? '' : `department:${department}`;
}

function kindAndName(key: string): [ChargebackUnitKind, string] {
  if (key === '') return ['none', ''];
  const colon = key.indexOf(':');
  return [key.slice(0, colon) as ChargebackUnitKind, key.slice(colon + 1)];
}

/** Seconds as minutes with one decimal, rounded half up (seconds are whole and never negative). */
function minutesText(seconds: number): string {
  const tenths = Math.round(seconds / 6);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/**
 * The chargeback CSV: a header, then per currency (the report's order) one row per unit, highest cost
 * first, with its calls, minutes, seconds, exact cost and people. Every person is in exactly one row of
 * each currency they used, so each currency's rows add up to its total. The caller adds a byte order
 * mark if the reader needs one.
 * @example chargebackCsv(report, directory).split('\r\n')[1] // 'costCenter,4711,USD,120,532.5,31950,845.12,37'
 */
export function chargebackCsv(report: Report, directory: OrgDirectory): { text: string; rows: number } {
  const lines: string[] = [HEADER.join(',')];
  for (const currency of report.currencies) {
    for (const row of unitRows(currency.spenders, (spender) => chargedUnit(spender, directory))) {
      const [kind, name] = kindAndName(row.name);
      const { calls, seconds } = row.usage;
      lines.push(`${kind},${csvField(name)},${currency.currency},${calls},${minutesText(seconds)},${seconds},${decimalAmount(row.usage)},${row.people}`);
    }
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}

/** The aggregated rows of a report as an RFC 4180 CSV file: one row per person, usage location, destination and currency. Pure. */
import { chargeText, type Charge } from '../domain/money';
import type { Report } from './report';
import { slicesOf } from './spenderSlices';

/** Graph's names for the report's columns, so the file reads like the admin center's export. */
const HEADER = [
  'userId',
  'userPrincipalName',
  'userDisplayName',
  'usageLocation',
  'destinationContext',
  'currency',
  'totalCalls',
  'totalCallSeconds',
  'totalCallCharge',
] as const;

/** A spreadsheet would run text starting with these as a formula: such text is prefixed with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
function field(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A charge, exactly (any number of decimals), with at least two fraction digits: 12.83 → "12.83", 0.128345 → "0.128345".
 * @example decimalAmount({ chargeMicros: -1_500_000 }) // '-1.50'
 */
export function decimalAmount(charge: Charge): string {
  const text = chargeText(charge);
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.replace(/0+$/, '').padEnd(2, '0')}`;
}

/**
 * The report as CSV text: a header, then each person's rows (currencies in the report's order, people
 * by cost), lines ending in CRLF. The caller adds a byte order mark if the reader needs one.
 * @example reportCsv(report).split('\r\n')[0] // 'userId,userPrincipalName,…,totalCallCharge'
 */
export function reportCsv(report: Report): string {
  const lines: string[] = [HEADER.join(',')];
  for (const currency of report.currencies) {
    for (const spender of currency.spenders) {
      const person = [spender.userId, spender.userPrincipalName, spender.userDisplayName].map(field).join(',');
      for (const slice of slicesOf(spender)) {
        lines.push(`${person},${field(slice.country)},${slice.destination},${currency.currency},${slice.calls},${slice.seconds},${decimalAmount(slice)}`);
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

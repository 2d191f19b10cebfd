/** The aggregated rows of a report as an RFC 4180 CSV file: one row per person, usage location, destination and currency, with the person's organisation. Pure. */
import { chargeText, type Charge } from '../domain/money';
import { ORG_DIMENSIONS, type OrgDimension, type OrgDirectory } from '../domain/organisation';
import { unitOf } from './orgBreakdown';
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

/** The organisation columns, as Graph's `user` names the properties (cost center and division are in `employeeOrgData`). */
const ORG_HEADER: Record<OrgDimension, string> = {
  department: 'department',
  office: 'officeLocation',
  company: 'companyName',
  costCenter: 'costCenter',
  division: 'division',
};

/** A spreadsheet would run text starting with these as a formula: such text is prefixed with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: a field with a comma, a quote or a line break is quoted, quotes doubled; text a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(text: string): string {
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
 * by cost), lines ending in CRLF, each with the person's department, office, company, cost center and
 * division from `directory` (empty when the directory has no value, the person is no longer in it, or
 * there is no directory: the caller says why). The caller adds a byte order mark if the reader needs one.
 * @example reportCsv(report, directory).split('\r\n')[0] // 'userId,userPrincipalName,…,totalCallCharge,department,…,division'
 */
export function reportCsv(report: Report, directory: OrgDirectory | undefined): string {
  const lines: string[] = [[...HEADER, ...ORG_DIMENSIONS.map((dimension) => ORG_HEADER[dimension])].join(',')];
  for (const currency of report.currencies) {
    for (const spender of currency.spenders) {
      const person = [spender.userId, spender.userPrincipalName, spender.userDisplayName].map(csvField).join(',');
      const organisation = ORG_DIMENSIONS.map((dimension) => csvField(directory ? unitOf(spender, directory, dimension) : '')).join(',');
      for (const slice of slicesOf(spender)) {
        lines.push(`${person},${csvField(slice.country)},${slice.destination},${currency.currency},${slice.calls},${slice.seconds},${decimalAmount(slice)},${organisation}`);
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

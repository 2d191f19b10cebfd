/** A report narrowed to the people of one department, office, cost center…, derived exactly from the whole report. Pure. */
import type { OrgDirectory, OrgUnit } from '../domain/organisation';
import { unitOf } from './orgBreakdown';
import type { CurrencyReport, Report } from './report';
import { slicesOf } from './spenderSlices';
import { addUsage, emptyUsage } from './usage';

function narrowCurrency(currency: CurrencyReport, directory: OrgDirectory, unit: OrgUnit): CurrencyReport {
  // A typed name ("sales department") matches whatever case the directory writes it in.
  const name = unit.name.toLowerCase();
  const spenders = currency.spenders.filter((spender) => unitOf(spender, directory, unit.dimension).toLowerCase() === name);
  const parts = { Domestic: emptyUsage(), International: emptyUsage(), Unknown: emptyUsage() };
  for (const spender of spenders) for (const slice of slicesOf(spender)) addUsage(parts[slice.destination], slice);
  const total = emptyUsage();
  for (const part of Object.values(parts)) addUsage(total, part);
  return { ...currency, total, domestic: parts.Domestic, international: parts.International, unknownDestination: parts.Unknown, spenders };
}

/**
 * The report of the people in `unit` (whole people: the directory says nothing of rows), their order
 * kept; a currency none of them used is left out. The name '' keeps the people without a value and
 * those no longer in the directory.
 * @example narrowToOrgUnit(report, directory, { dimension: 'department', name: 'Sales' }).currencies[0]?.total
 */
export function narrowToOrgUnit(report: Report, directory: OrgDirectory, unit: OrgUnit): Report {
  const currencies = report.currencies.map((currency) => narrowCurrency(currency, directory, unit)).filter((currency) => currency.spenders.length > 0);
  return { ...report, currencies };
}

/** A report narrowed to one usage location and/or destination, derived exactly from the whole report's per-person slices. Pure. */
import type { ViewFilters } from '../domain/viewRequest';
import { compareSpenders } from './aggregate';
import type { CurrencyReport, Report, Spender, SpenderSlice } from './report';
import { addUsage, emptyUsage } from './usage';
import { slicesOf } from './spenderSlices';

/** The filters that narrow a report's figures (a person and a currency choose what a card shows of it). */
export type ReportFilters = Pick<ViewFilters, 'country' | 'destination' | 'currency'>;

function matches(slice: SpenderSlice, filters: ReportFilters): boolean {
  return (filters.country === undefined || slice.country === filters.country) && (filters.destination === undefined || slice.destination === filters.destination);
}

/** The spender's matching slices as a spender of their own; undefined when none matches. */
function narrowSpender(spender: Spender, filters: ReportFilters): Spender | undefined {
  // Most people have one slice: it matches whole (the spender as they are) or not at all.
  if (spender.otherSlices === undefined) {
    const whole = (filters.country === undefined || spender.firstCountry === filters.country) && (filters.destination === undefined || spender.firstDestination === filters.destination);
    return whole ? spender : undefined;
  }
  const kept = slicesOf(spender).filter((slice) => matches(slice, filters));
  const [first, ...others] = kept;
  if (first === undefined) return undefined;
  const usage = emptyUsage();
  for (const slice of kept) addUsage(usage, slice);
  const countries = [...new Set(kept.map((slice) => slice.country).filter((country) => country !== ''))].sort();
  return {
    ...spender,
    ...usage,
    chargeRest: usage.chargeRest,
    countries,
    firstCountry: first.country,
    firstDestination: first.destination,
    otherSlices: others.length > 0 ? others.map((slice) => ({ ...slice })) : undefined,
  };
}

function narrowCurrency(currency: CurrencyReport, filters: ReportFilters): CurrencyReport {
  const parts = { Domestic: emptyUsage(), International: emptyUsage(), Unknown: emptyUsage() };
  const spenders: Spender[] = [];
  let reordered = false;
  for (const spender of currency.spenders) {
    const narrowed = narrowSpender(spender, filters);
    if (narrowed === undefined) continue;
    spenders.push(narrowed);
    if (narrowed !== spender) reordered = true;
    if (narrowed.otherSlices === undefined) addUsage(parts[narrowed.firstDestination], narrowed);
    else for (const slice of slicesOf(narrowed)) addUsage(parts[slice.destination], slice);
  }
  // The whole report's people are in order already; only a person whose usage shrank may move.
  if (reordered) spenders.sort(compareSpenders);
  const total = emptyUsage();
  for (const part of Object.values(parts)) addUsage(total, part);
  return {
    currency: currency.currency,
    total,
    domestic: parts.Domestic,
    international: parts.International,
    unknownDestination: parts.Unknown,
    // Rows are not kept one by one: how many rows without a charge match the filters is not known; the whole report's count is kept.
    rowsWithoutCharge: currency.rowsWithoutCharge,
    spenders,
  };
}

function emptyCurrency(currency: string): CurrencyReport {
  return { currency, total: emptyUsage(), domestic: emptyUsage(), international: emptyUsage(), unknownDestination: emptyUsage(), rowsWithoutCharge: 0, spenders: [] };
}

function filterKey(filters: ReportFilters): string {
  return `${filters.country ?? '*'}|${filters.destination ?? '*'}|${filters.currency ?? '*'}`;
}

const narrowedReports = new WeakMap<Report, Map<string, Report>>();

/**
 * The report of the usage that matches `filters`: each person keeps only their slices of that usage
 * location and destination, currencies and people with none are left out, and totals are the exact
 * sums of the slices kept. A currency the filters name is always there (with zero usage if none),
 * so a card never shows another currency in its place. Kept as long as the report (one per filter).
 * @example narrowReport(report, { country: 'DE', destination: 'International' }).currencies[0]?.total
 */
export function narrowReport(report: Report, filters: ReportFilters): Report {
  const narrowsRows = filters.country !== undefined || filters.destination !== undefined;
  const namesMissingCurrency = filters.currency !== undefined && !report.currencies.some((c) => c.currency === filters.currency);
  if (!narrowsRows && !namesMissingCurrency) return report;
  let byFilter = narrowedReports.get(report);
  if (byFilter === undefined) {
    byFilter = new Map();
    narrowedReports.set(report, byFilter);
  }
  const key = filterKey(filters);
  let narrowed = byFilter.get(key);
  if (narrowed === undefined) {
    const currencies = narrowsRows
      ? report.currencies.map((currency) => narrowCurrency(currency, filters)).filter((c) => c.spenders.length > 0 || c.currency === filters.currency)
      : [...report.currencies];
    if (namesMissingCurrency) currencies.push(emptyCurrency(filters.currency as string));
    narrowed = { ...report, currencies };
    byFilter.set(key, narrowed);
  }
  return narrowed;
}

/** A report narrowed to one usage location and/or destination, derived exactly from the whole report's per-person slices. Pure. */
import type { ViewFilters } from '../domain/viewRequest';
import type { DestinationContext } from '../graph/dialoutRow';
import { compareSpenders } from './rankings';
import type { CurrencyReport, Report, Spender, SpenderSlice } from './report';
import { sliceRanking } from './sliceRanking';
import { slicesOf } from './spenderSlices';
import { addUsage, emptyUsage } from './usage';

/** The filters that narrow a report's figures (a person and a currency choose what a card shows of it). */
export type ReportFilters = Pick<ViewFilters, 'country' | 'destination' | 'currency'>;

function matches(country: string, destination: DestinationContext, filters: ReportFilters): boolean {
  return (filters.country === undefined || country === filters.country) && (filters.destination === undefined || destination === filters.destination);
}

/** A person of whose slices more than one, but not all, match: those slices as a spender of their own. */
function narrowSpender(spender: Spender, filters: ReportFilters): Spender {
  const kept = slicesOf(spender).filter((slice) => matches(slice.country, slice.destination, filters));
  const [first, ...others] = kept as [SpenderSlice, ...SpenderSlice[]];
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
    otherSlices: others.map((slice) => ({ ...slice })),
  };
}

/** Where `spender` goes in `ranked` (from `from` on): after every spender that ranks before or level with it. */
function placeOf(ranked: readonly Spender[], spender: Spender, from: number): number {
  let [low, high] = [from, ranked.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareSpenders(ranked[middle] as Spender, spender) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `few` (ranked) placed into `ranked`: one search per spender of `few`, no comparison for the rest. */
function merged(ranked: Spender[], few: readonly Spender[]): Spender[] {
  if (few.length === 0) return ranked;
  const all: Spender[] = [];
  let from = 0;
  for (const spender of few) {
    const to = placeOf(ranked, spender, from);
    for (let i = from; i < to; i += 1) all.push(ranked[i] as Spender);
    all.push(spender);
    from = to;
  }
  for (let i = from; i < ranked.length; i += 1) all.push(ranked[i] as Spender);
  return all;
}

/**
 * The currency's usage that matches `filters`, from its slice ranking: totals from the places that match,
 * people already added up and in order — a person with one slice as they are, a person with several of
 * whom one matches as that slice's spender. Only people with several matching slices are placed apart:
 * whole when all match, else added up here (rare).
 */
function narrowCurrency(currency: CurrencyReport, filters: ReportFilters): CurrencyReport {
  const { places, slices, slicePlaces, sliceOwners, severalSlices, ownerPlaces, ownerStarts } = sliceRanking(currency);
  const parts = { Domestic: emptyUsage(), International: emptyUsage(), Unknown: emptyUsage() };
  const matching = places.map((place) => matches(place.country, place.destination, filters));
  places.forEach((place, index) => {
    if (matching[index]) addUsage(parts[place.destination], place.usage);
  });
  const matchingOfOwner = new Int32Array(severalSlices.length);
  for (let owner = 0; owner < severalSlices.length; owner += 1) {
    for (let at = ownerStarts[owner] as number; at < (ownerStarts[owner + 1] as number); at += 1) {
      if (matching[ownerPlaces[at] as number]) matchingOfOwner[owner] += 1;
    }
  }
  const spenders: Spender[] = [];
  for (let i = 0; i < slices.length; i += 1) {
    if (!matching[slicePlaces[i] as number]) continue;
    const owner = sliceOwners[i] as number;
    if (owner < 0 || matchingOfOwner[owner] === 1) spenders.push(slices[i] as Spender);
  }
  const whole: Spender[] = [];
  const someSlices: Spender[] = [];
  severalSlices.forEach((owner, index) => {
    const count = matchingOfOwner[index] as number;
    if (count === (ownerStarts[index + 1] as number) - (ownerStarts[index] as number)) whole.push(owner);
    else if (count > 1) someSlices.push(narrowSpender(owner, filters));
  });
  someSlices.sort(compareSpenders);
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
    spenders: merged(merged(spenders, whole), someSlices),
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

/** Folds report rows, one at a time as pages arrive, into exact per-currency totals and per-person spenders. */
import type { RowSink } from '../graph/dialoutPage';
import type { DialoutRow } from '../graph/dialoutRow';
import type { DateRange } from '../domain/dateRange';
import { addMicros } from '../domain/money';
import type { CurrencyReport, Report, Spender, SpenderSlice, Usage } from './report';
import { SpenderIndex } from './spenderIndex';

interface CurrencyTotals {
  currency: string;
  domestic: Usage;
  international: Usage;
  spenders: SpenderIndex;
}

function emptyUsage(): Usage {
  return { calls: 0, seconds: 0, chargeMicros: 0 };
}

function addRowUsage(usage: Usage, row: Readonly<DialoutRow>): void {
  usage.calls += row.totalCalls;
  usage.seconds += row.totalCallSeconds;
  usage.chargeMicros = addMicros(usage.chargeMicros, row.chargeMicros);
}

/** Every row is Domestic or International, so the total is their sum (checked like every other sum). */
function sumOf(domestic: Usage, international: Usage): Usage {
  return {
    calls: domestic.calls + international.calls,
    seconds: domestic.seconds + international.seconds,
    chargeMicros: addMicros(domestic.chargeMicros, international.chargeMicros),
  };
}

function newSpender(row: Readonly<DialoutRow>): Spender {
  return {
    userId: row.userId,
    userPrincipalName: row.userPrincipalName,
    userDisplayName: row.userDisplayName,
    countries: row.usageLocation === '' ? [] : [row.usageLocation],
    firstCountry: row.usageLocation,
    firstDestination: row.destinationContext === 'Domestic' ? 'Domestic' : 'International',
    otherSlices: undefined,
    calls: 0,
    seconds: 0,
    chargeMicros: 0,
  };
}

/** Adds a row of a person's other location or destination to its slice, made when new (the country is noted then too). */
function addToOtherSlice(spender: Spender, row: Readonly<DialoutRow>, international: boolean): void {
  const location = row.usageLocation;
  if (spender.otherSlices === undefined) spender.otherSlices = [];
  const slices = spender.otherSlices;
  let slice: SpenderSlice | undefined;
  for (let i = 0; i < slices.length && slice === undefined; i += 1) {
    const candidate = slices[i] as SpenderSlice;
    if (candidate.country === location && (candidate.destination === 'International') === international) slice = candidate;
  }
  if (slice === undefined) {
    slice = { country: location, destination: international ? 'International' : 'Domestic', calls: 0, seconds: 0, chargeMicros: 0 };
    slices.push(slice);
    const { countries } = spender;
    if (location !== '' && !countries.includes(location)) countries.push(location);
  }
  addRowUsage(slice, row);
}

/** Ranking of spenders: charge, then calls, then UPN so the order is stable. */
export function compareSpenders(a: Spender, b: Spender): number {
  return (
    b.chargeMicros - a.chargeMicros ||
    b.calls - a.calls ||
    (a.userPrincipalName < b.userPrincipalName ? -1 : a.userPrincipalName > b.userPrincipalName ? 1 : 0)
  );
}

/**
 * Accumulates rows from any number of pages and windows; memory grows with people, not rows.
 * Per row it does two map lookups and a few additions, and allocates only for a person, or a
 * person's second country or destination, seen for the first time.
 * @example const a = new ReportAggregator(); for (const row of rows) a.addRow(row); const report = a.finish(range, meta);
 */
export class ReportAggregator implements RowSink {
  private readonly currencies = new Map<string, CurrencyTotals>();
  /** The currency of the previous row: nearly every row shares the tenant's billing currency. */
  private recent: CurrencyTotals | undefined;
  private rows = 0;

  addRow(row: Readonly<DialoutRow>): void {
    const totals = this.recent !== undefined && this.recent.currency === row.currency ? this.recent : this.totalsOf(row.currency);
    const international = row.destinationContext !== 'Domestic';
    addRowUsage(international ? totals.international : totals.domestic, row);
    let spender = totals.spenders.find(row.userId);
    if (spender === undefined) {
      spender = newSpender(row);
      totals.spenders.add(spender);
    }
    spender.calls += row.totalCalls;
    spender.seconds += row.totalCallSeconds;
    spender.chargeMicros = addMicros(spender.chargeMicros, row.chargeMicros);
    // Nearly everyone dials from one country to one destination: their first. Only other rows are kept apart.
    if (spender.firstCountry !== row.usageLocation || (spender.firstDestination === 'International') !== international) {
      addToOtherSlice(spender, row, international);
    }
    this.rows += 1;
  }

  private totalsOf(currency: string): CurrencyTotals {
    let totals = this.currencies.get(currency);
    if (totals === undefined) {
      totals = { currency, domestic: emptyUsage(), international: emptyUsage(), spenders: new SpenderIndex() };
      this.currencies.set(currency, totals);
    }
    this.recent = totals;
    return totals;
  }

  /**
   * The finished report: currencies with the most people first, spenders ranked within each.
   * It ends the aggregation: the report takes over the spenders rather than copying them.
   */
  finish(range: DateRange, meta: { pageCount: number; fetchedAt: Date }): Report {
    const currencies: CurrencyReport[] = [];
    for (const { currency, domestic, international, spenders } of this.currencies.values()) {
      const ranked = spenders.all();
      for (const spender of ranked) if (spender.countries.length > 1) spender.countries.sort();
      ranked.sort(compareSpenders);
      currencies.push({ currency, total: sumOf(domestic, international), domestic, international, spenders: ranked });
    }
    currencies.sort((a, b) => b.spenders.length - a.spenders.length || b.total.chargeMicros - a.total.chargeMicros);
    return { range, currencies, rowCount: this.rows, pageCount: meta.pageCount, fetchedAt: meta.fetchedAt.toISOString() };
  }
}

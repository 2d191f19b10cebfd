/** Folds report rows, one at a time as pages arrive, into exact per-currency totals and per-person spenders. */
import type { RowSink } from '../graph/dialoutPage';
import type { DialoutRow } from '../graph/dialoutRow';
import type { DateRange } from '../domain/dateRange';
import { addCharge } from '../domain/money';
import { UNKNOWN_PERSON, type CurrencyReport, type Report, type Spender, type SpenderSlice, type Usage } from './report';
import { countryList } from './countryLists';
import { compareSpenders } from './rankings';
import { IdIndex } from './idIndex';
import { addUsage, emptyUsage } from './usage';

interface CurrencyTotals {
  currency: string;
  domestic: Usage;
  international: Usage;
  unknownDestination: Usage;
  rowsWithoutCharge: number;
  rowCount: number;
  spenders: IdIndex<Spender>;
}

function spenderId(spender: Spender): string {
  return spender.userId;
}

function addRowUsage(usage: Usage, row: Readonly<DialoutRow>): void {
  usage.calls += row.totalCalls;
  usage.seconds += row.totalCallSeconds;
  addCharge(usage, row);
}

/** Every row is Domestic, International or Unknown, so the total is their sum (exact like every other sum). */
function sumOf(parts: Usage[]): Usage {
  const total = emptyUsage();
  for (const part of parts) addUsage(total, part);
  return total;
}

function destinationUsage(totals: CurrencyTotals, row: Readonly<DialoutRow>): Usage {
  const destination = row.destinationContext;
  return destination === 'Domestic' ? totals.domestic : destination === 'International' ? totals.international : totals.unknownDestination;
}

function newSpender(row: Readonly<DialoutRow>): Spender {
  const { userId, userPrincipalName, userDisplayName } = row;
  return {
    userId,
    userPrincipalName,
    userDisplayName: userId === '' ? UNKNOWN_PERSON : userDisplayName,
    countries: [],
    firstCountry: row.usageLocation,
    firstDestination: row.destinationContext,
    otherSlices: undefined,
    calls: 0,
    seconds: 0,
    chargeMicros: 0,
  };
}

/** Adds a row of a person's other location or destination to its slice, made when new. */
function addToOtherSlice(spender: Spender, row: Readonly<DialoutRow>): void {
  const location = row.usageLocation;
  const destination = row.destinationContext;
  if (spender.otherSlices === undefined) spender.otherSlices = [];
  const slices = spender.otherSlices;
  let slice: SpenderSlice | undefined;
  for (let i = 0; i < slices.length && slice === undefined; i += 1) {
    const candidate = slices[i] as SpenderSlice;
    if (candidate.country === location && candidate.destination === destination) slice = candidate;
  }
  if (slice === undefined) {
    slice = { country: location, destination, calls: 0, seconds: 0, chargeMicros: 0 };
    slices.push(slice);
  }
  addRowUsage(slice, row);
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
    addRowUsage(destinationUsage(totals, row), row);
    totals.rowCount += 1;
    if (!row.hasCharge) totals.rowsWithoutCharge += 1;
    let spender = totals.spenders.find(row.userId);
    if (spender === undefined) {
      spender = newSpender(row);
      totals.spenders.add(spender);
    }
    spender.calls += row.totalCalls;
    spender.seconds += row.totalCallSeconds;
    addCharge(spender, row);
    // Nearly everyone dials from one country to one destination: their first. Only other rows are kept apart.
    if (spender.firstCountry !== row.usageLocation || spender.firstDestination !== row.destinationContext) {
      addToOtherSlice(spender, row);
    }
    this.rows += 1;
  }

  private totalsOf(currency: string): CurrencyTotals {
    let totals = this.currencies.get(currency);
    if (totals === undefined) {
      totals = {
        currency,
        domestic: emptyUsage(),
        international: emptyUsage(),
        unknownDestination: emptyUsage(),
        rowsWithoutCharge: 0,
        rowCount: 0,
        spenders: new IdIndex(spenderId),
      };
      this.currencies.set(currency, totals);
    }
    this.recent = totals;
    return totals;
  }

  /**
   * The finished report: currencies with the most people first (rows without a currency last), spenders ranked within each.
   * It ends the aggregation: the report takes over the spenders rather than copying them.
   */
  finish(range: DateRange, meta: { pageCount: number; fetchedAt: Date }): Report {
    const currencies: CurrencyReport[] = [];
    let rowsWithoutCharge = 0;
    let rowsWithoutCurrency = 0;
    for (const { currency, domestic, international, unknownDestination, spenders, ...counts } of this.currencies.values()) {
      const ranked = spenders.all();
      for (const spender of ranked) spender.countries = countryList(spender.firstCountry, spender.otherSlices);
      ranked.sort(compareSpenders);
      const total = sumOf([domestic, international, unknownDestination]);
      currencies.push({ currency, total, domestic, international, unknownDestination, rowsWithoutCharge: counts.rowsWithoutCharge, spenders: ranked });
      rowsWithoutCharge += counts.rowsWithoutCharge;
      if (currency === '') rowsWithoutCurrency = counts.rowCount;
    }
    currencies.sort(
      (a, b) => Number(a.currency === '') - Number(b.currency === '') || b.spenders.length - a.spenders.length || b.total.chargeMicros - a.total.chargeMicros,
    );
    return {
      range,
      currencies,
      rowCount: this.rows,
      rowsWithoutCharge,
      rowsWithoutCurrency,
      pageCount: meta.pageCount,
      fetchedAt: meta.fetchedAt.toISOString(),
    };
  }
}

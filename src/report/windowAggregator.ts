/**
 * Folds one window's rows, as pages arrive, straight into its slices (one per person, currency, usage
 * location and destination), held in columns: what a window read from Graph is kept, stored and merged as.
 */
import type { RowSink } from '../graph/dialoutPage';
import type { DialoutRow } from '../graph/dialoutRow';
import type { DateRange } from '../domain/dateRange';
import { IdIndex } from './idIndex';
import { SharedNames } from './sharedNames';
import { SliceColumns } from './sliceColumns';
import type { WindowCurrency, WindowSlices } from './windowSlices';

interface CurrencySlices {
  currency: string;
  rowCount: number;
  rowsWithoutCharge: number;
  slices: SliceColumns;
  /** Each person's first slice (their first row's location and destination), by user id. */
  firstSlices: IdIndex<number>;
  /** The next slice of the same person, for the few people with rows from several locations or to several destinations. */
  nextSlices: Map<number, number>;
}

/**
 * A window's aggregation: per row two map lookups and three additions into columns; it allocates only
 * for a slice seen for the first time (a reference in two arrays), never an object per person.
 * @example const a = new WindowAggregator(names); await source.read(window, a); const slices = a.finish(window, meta);
 */
export class WindowAggregator implements RowSink {
  private readonly currencies = new Map<string, CurrencySlices>();
  /** The currency of the previous row: nearly every row shares the tenant's billing currency. */
  private recent: CurrencySlices | undefined;
  /** One copy of each usage location's code, whatever page it came from. */
  private readonly countryCodes = new Map<string, string>();
  private rows = 0;

  /** `names`: shared with the other windows of the same read, so their slices refer to one copy of each person's strings. */
  constructor(private readonly names: SharedNames = new SharedNames()) {}

  addRow(row: Readonly<DialoutRow>): void {
    const totals = this.recent !== undefined && this.recent.currency === row.currency ? this.recent : this.totalsOf(row.currency);
    totals.rowCount += 1;
    if (!row.hasCharge) totals.rowsWithoutCharge += 1;
    const first = totals.firstSlices.find(row.userId);
    let index: number;
    if (first === undefined) {
      index = totals.slices.push(this.names.of(row), this.countryCode(row.usageLocation), row.destinationContext);
      totals.firstSlices.add(index);
    } else {
      index = this.sliceOf(totals, first, row);
    }
    totals.slices.add(index, row.totalCalls, row.totalCallSeconds, row);
    this.rows += 1;
  }

  /** The window's slices and counts; it ends the aggregation (the slices are handed over, not copied). */
  finish(range: DateRange, meta: { pageCount: number; fetchedAt: Date }): WindowSlices {
    const currencies: WindowCurrency[] = [];
    let rowsWithoutCurrency = 0;
    for (const { currency, rowCount, rowsWithoutCharge, slices } of this.currencies.values()) {
      currencies.push({ currency, rowsWithoutCharge, slices });
      if (currency === '') rowsWithoutCurrency = rowCount;
    }
    return { range, rowCount: this.rows, pageCount: meta.pageCount, rowsWithoutCurrency, currencies, fetchedAt: meta.fetchedAt.toISOString() };
  }

  /** The person's slice for the row's location and destination, made (after their others) when new. */
  private sliceOf(totals: CurrencySlices, first: number, row: Readonly<DialoutRow>): number {
    const { slices, nextSlices } = totals;
    let index = first;
    for (;;) {
      if (slices.country(index) === row.usageLocation && slices.destination(index) === row.destinationContext) return index;
      const next = nextSlices.get(index);
      if (next === undefined) break;
      index = next;
    }
    const added = slices.push(slices.person(first), this.countryCode(row.usageLocation), row.destinationContext);
    nextSlices.set(index, added);
    return added;
  }

  private countryCode(country: string): string {
    const known = this.countryCodes.get(country);
    if (known !== undefined) return known;
    this.countryCodes.set(country, country);
    return country;
  }

  private totalsOf(currency: string): CurrencySlices {
    let totals = this.currencies.get(currency);
    if (totals === undefined) {
      const slices = new SliceColumns();
      totals = { currency, rowCount: 0, rowsWithoutCharge: 0, slices, firstSlices: new IdIndex((index: number) => slices.person(index).userId), nextSlices: new Map() };
      this.currencies.set(currency, totals);
    }
    this.recent = totals;
    return totals;
  }
}

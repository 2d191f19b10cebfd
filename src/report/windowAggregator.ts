/**
 * Folds one window's rows, as pages arrive, straight into its slices (one per person, currency, usage
 * location and destination), held in columns: what a window read from Graph is kept, stored and merged as.
 */
import type { RowSink } from '../graph/dialoutPage';
import type { DialoutRow } from '../graph/dialoutRow';
import type { DateRange } from '../domain/dateRange';
import { PersonTable } from './personTable';
import { SliceColumns } from './sliceColumns';
import type { WindowCurrency, WindowSlices } from './windowSlices';

interface CurrencySlices {
  currency: string;
  rowCount: number;
  rowsWithoutCharge: number;
  slices: SliceColumns;
  /** By person number: 1 + the index of their first slice (their first row's location and destination), 0 for none yet. */
  firstSlices: Int32Array;
  /** The next slice of the same person, for the few people with rows from several locations or to several destinations. */
  nextSlices: Map<number, number>;
}

/**
 * A window's aggregation: per row one lookup of the person's number and a few additions into
 * columns. It makes no object per person or per slice: the people are the read's PersonTable,
 * shared with the other windows of the read.
 * @example const a = new WindowAggregator(people); await source.read(window, a); const slices = a.finish(window, meta);
 */
export class WindowAggregator implements RowSink {
  private readonly currencies = new Map<string, CurrencySlices>();
  /** The currency of the previous row: nearly every row shares the tenant's billing currency. */
  private recent: CurrencySlices | undefined;
  private rows = 0;

  constructor(private readonly people: PersonTable = new PersonTable()) {}

  addRow(row: Readonly<DialoutRow>): void {
    const totals = this.recent !== undefined && this.recent.currency === row.currency ? this.recent : this.totalsOf(row.currency);
    totals.rowCount += 1;
    if (!row.hasCharge) totals.rowsWithoutCharge += 1;
    const { people } = this;
    const person = people.numberOf(row.userId) ?? people.add(row);
    if (person >= totals.firstSlices.length) totals.firstSlices = grownTo(totals.firstSlices, person);
    const first = (totals.firstSlices[person] as number) - 1;
    let index: number;
    if (first < 0) {
      index = totals.slices.push(people.withNames(person, row), row.usageLocation, row.destinationContext);
      totals.firstSlices[person] = index + 1;
    } else {
      index = sliceOf(totals, first, row);
    }
    totals.slices.add(index, row.totalCalls, row.totalCallSeconds, row);
    this.rows += 1;
  }

  /** The window's slices and counts; it ends the aggregation (the slices are handed over, not copied). */
  finish(range: DateRange, meta: { pageCount: number; fetchedAt: Date }): WindowSlices {
    const currencies: WindowCurrency[] = [];
    let rowsWithoutCurrency = 0;
    for (const { currency, rowCount, rowsWithoutCharge, slices } of this.currencies.values()) {
      slices.trim();
      currencies.push({ currency, rowsWithoutCharge, slices });
      if (currency === '') rowsWithoutCurrency = rowCount;
    }
    return { range, rowCount: this.rows, pageCount: meta.pageCount, rowsWithoutCurrency, currencies, fetchedAt: meta.fetchedAt.toISOString() };
  }

  private totalsOf(currency: string): CurrencySlices {
    let totals = this.currencies.get(currency);
    if (totals === undefined) {
      totals = { currency, rowCount: 0, rowsWithoutCharge: 0, slices: new SliceColumns(this.people), firstSlices: new Int32Array(this.people.size + 1024), nextSlices: new Map() };
      this.currencies.set(currency, totals);
    }
    this.recent = totals;
    return totals;
  }
}

/** `slots` with room for index `index` (twice as long, or more), the new room empty. */
function grownTo(slots: Int32Array, index: number): Int32Array {
  const bigger = new Int32Array(Math.max(slots.length * 2, index + 1));
  bigger.set(slots);
  return bigger;
}

/** The person's slice for the row's location and destination, made (after their others) when new. */
function sliceOf(totals: CurrencySlices, first: number, row: Readonly<DialoutRow>): number {
  const { slices, nextSlices } = totals;
  let index = first;
  for (;;) {
    if (slices.country(index) === row.usageLocation && slices.destination(index) === row.destinationContext) return index;
    const next = nextSlices.get(index);
    if (next === undefined) break;
    index = next;
  }
  const added = slices.push(slices.personNumber(first), row.usageLocation, row.destinationContext);
  nextSlices.set(index, added);
  return added;
}

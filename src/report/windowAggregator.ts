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
  /** Its place among the window's currencies, as `slotCurrency` notes it. */
  place: number;
  rowCount: number;
  rowsWithoutCharge: number;
  slices: SliceColumns;
  /** First slices of the few people whose slot in `firstSlices` holds another currency's. */
  otherFirsts: Map<number, number>;
  /** The next slice of the same person, for the few people with rows from several locations or to several destinations. */
  nextSlices: Map<number, number>;
}

/** Room for this many more people than the read has met when a window starts. */
const SLOT_ROOM = 1024;

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
  /**
   * By person number, one slot for the whole window (not one per currency: most people have one):
   * 1 + the index of their first slice (their first row's location and destination) in the currency
   * `slotCurrency` names, 0 for none yet.
   */
  private firstSlices: Int32Array;
  private slotCurrency: Uint16Array;

  constructor(private readonly people: PersonTable = new PersonTable()) {
    this.firstSlices = new Int32Array(people.size + SLOT_ROOM);
    this.slotCurrency = new Uint16Array(people.size + SLOT_ROOM);
  }

  addRow(row: Readonly<DialoutRow>): void {
    const totals = this.recent !== undefined && this.recent.currency === row.currency ? this.recent : this.totalsOf(row.currency);
    totals.rowCount += 1;
    if (!row.hasCharge) totals.rowsWithoutCharge += 1;
    const { people } = this;
    const person = people.numberOf(row.userId) ?? people.add(row);
    if (person >= this.firstSlices.length) this.makeRoomFor(person);
    const slot = this.firstSlices[person] as number;
    const mine = slot !== 0 && this.slotCurrency[person] === totals.place;
    const first = mine ? slot - 1 : slot === 0 ? -1 : (totals.otherFirsts.get(person) ?? -1);
    let index: number;
    if (first < 0) {
      index = totals.slices.push(people.withNames(person, row), row.usageLocation, row.destinationContext);
      if (slot === 0) {
        this.firstSlices[person] = index + 1;
        this.slotCurrency[person] = totals.place;
      } else {
        totals.otherFirsts.set(person, index);
      }
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
      totals = { currency, place: this.currencies.size, rowCount: 0, rowsWithoutCharge: 0, slices: new SliceColumns(this.people), otherFirsts: new Map(), nextSlices: new Map() };
      this.currencies.set(currency, totals);
    }
    this.recent = totals;
    return totals;
  }

  /** Slots for person `person` (twice as many, or more), the new ones empty. */
  private makeRoomFor(person: number): void {
    const length = Math.max(this.firstSlices.length * 2, person + 1);
    const firstSlices = new Int32Array(length);
    firstSlices.set(this.firstSlices);
    this.firstSlices = firstSlices;
    const slotCurrency = new Uint16Array(length);
    slotCurrency.set(this.slotCurrency);
    this.slotCurrency = slotCurrency;
  }
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

/**
 * A window's report as it is kept and merged: its slices (one per person, currency, usage location and
 * destination, in columns; see windowAggregator.ts) and the counts the cards show. A range's report is
 * the merge of its windows' slices, each folded as a row by the report aggregator.
 */
import type { DateRange } from '../domain/dateRange';
import type { DialoutRow } from '../graph/dialoutRow';
import { ReportAggregator } from './aggregate';
import type { Report } from './report';
import { PersonList } from './personTable';
import { SliceColumns, type WindowSlice } from './sliceColumns';
import { firstSlice } from './spenderSlices';

/** A currency's slices and its rows without a charge (counted in calls and minutes, not in cost). */
export interface WindowCurrency {
  /** ISO 4217, or '' for the rows Graph gave no currency. */
  currency: string;
  rowsWithoutCharge: number;
  slices: SliceColumns;
}

export interface WindowSlices {
  range: DateRange;
  /** Rows and pages Graph sent for the window. */
  rowCount: number;
  pageCount: number;
  /** Rows Graph gave no currency (all in the currency '' group). */
  rowsWithoutCurrency: number;
  currencies: WindowCurrency[];
  /** ISO instant the window's rows were read from Graph (a stored window keeps the time of that read). */
  fetchedAt: string;
}

/**
 * A report as slices (a range's merge, to be kept): each spender's rows by location and destination
 * (they add up to the spender exactly; their first row's slice first, so folding them again gives the
 * same spender), with the report's counts. The slices refer to the spenders' names, not copies.
 * @example const kept = windowSlicesOf(mergeWindows(range, windows));
 */
export function windowSlicesOf(report: Report): WindowSlices {
  const people = new PersonList();
  const currencies = report.currencies.map(({ currency, rowsWithoutCharge, spenders }) => {
    const slices = new SliceColumns(people);
    for (const spender of spenders) {
      const person = people.add(spender);
      for (const slice of [firstSlice(spender), ...(spender.otherSlices ?? [])]) {
        slices.add(slices.push(person, slice.country, slice.destination), slice.calls, slice.seconds, slice);
      }
    }
    return { currency, rowsWithoutCharge, slices };
  });
  const { range, rowCount, pageCount, rowsWithoutCurrency, fetchedAt } = report;
  return { range, rowCount, pageCount, rowsWithoutCurrency, currencies, fetchedAt };
}

/**
 * The same window with a list of its own people: a window kept after its read (an open one) then holds
 * its people only, not the read's whole PersonTable (every person of every window of that read, and its index).
 * @example const kept = withOwnPeople(november); kept.currencies[0].slices.people // a PersonList of November's people
 */
export function withOwnPeople(window: WindowSlices): WindowSlices {
  const people = new PersonList();
  let largest = -1;
  for (const { slices } of window.currencies) for (let index = 0; index < slices.length; index += 1) largest = Math.max(largest, slices.personNumber(index));
  const places = new Int32Array(largest + 1);
  const currencies = window.currencies.map(({ currency, rowsWithoutCharge, slices }) => ({ currency, rowsWithoutCharge, slices: slices.referringTo(people, places) }));
  return { ...window, currencies };
}

/**
 * The report of `range` from the slices of the windows that cover it: every slice is folded as a row
 * by the report aggregator, so totals, people, rankings and each person's rows are exactly what one
 * read of the whole range gives; the counts of rows, rows without a charge or currency, and pages are
 * the windows' sums. Its read time is the latest of the windows': the one that matters for the days
 * Graph had not fully reported yet (closed windows were read after their days were complete), and
 * never earlier than any window's read, so the retention note errs on the side of warning.
 * @example mergeWindows(range, [october, november])
 */
export function mergeWindows(range: DateRange, windows: readonly WindowSlices[]): Report {
  const merger = new WindowMerger();
  windows.forEach((window, index) => merger.add(index, window));
  return merger.finish(range);
}

/**
 * Merges windows as they arrive, in any order, folding each as soon as the windows before it are in
 * (so the report is the same as mergeWindows of them in order) and letting it go: only the windows
 * that arrived ahead of an earlier one wait, never every window of the range.
 * @example const merger = new WindowMerger(); merger.add(1, november); merger.add(0, october); merger.finish(range)
 */
export class WindowMerger {
  private readonly aggregator = new ReportAggregator();
  /** One row reused for every slice folded. */
  private readonly row: DialoutRow = {
    userId: '',
    userPrincipalName: '',
    userDisplayName: '',
    usageLocation: '',
    destinationContext: 'Unknown',
    currency: '',
    totalCalls: 0,
    totalCallSeconds: 0,
    chargeMicros: 0,
    chargeRest: undefined,
    hasCharge: true,
  };
  /** One slice object reused for every slice read. */
  private readonly slice: WindowSlice = {
    userId: '',
    userPrincipalName: '',
    userDisplayName: '',
    country: '',
    destination: 'Unknown',
    calls: 0,
    seconds: 0,
    chargeMicros: 0,
    chargeRest: undefined,
  };
  private readonly withoutCharge = new Map<string, number>();
  /** Windows that arrived before an earlier one, by their place in the range. */
  private readonly waiting = new Map<number, WindowSlices>();
  /** The place of the next window to fold. */
  private next = 0;
  private rowCount = 0;
  private pageCount = 0;
  private rowsWithoutCurrency = 0;
  private fetchedAt = '';

  /** The window at `index` (0 for the range's first): folded now, with any waiting after it, or kept until the windows before it are in. */
  add(index: number, window: WindowSlices): void {
    this.waiting.set(index, window);
    for (let ready = this.waiting.get(this.next); ready !== undefined; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next += 1;
      this.fold(ready);
    }
  }

  /** The merged report; every window must have been added. */
  finish(range: DateRange): Report {
    const report = this.aggregator.finish(range, { pageCount: this.pageCount, fetchedAt: new Date(this.fetchedAt) });
    report.rowCount = this.rowCount;
    report.rowsWithoutCharge = 0;
    for (const currencyReport of report.currencies) {
      currencyReport.rowsWithoutCharge = this.withoutCharge.get(currencyReport.currency) ?? 0;
      report.rowsWithoutCharge += currencyReport.rowsWithoutCharge;
    }
    report.rowsWithoutCurrency = this.rowsWithoutCurrency;
    return report;
  }

  private fold(window: WindowSlices): void {
    const { row, slice, aggregator, withoutCharge } = this;
    if (window.fetchedAt > this.fetchedAt) this.fetchedAt = window.fetchedAt;
    this.rowCount += window.rowCount;
    this.pageCount += window.pageCount;
    this.rowsWithoutCurrency += window.rowsWithoutCurrency;
    for (const { currency, rowsWithoutCharge, slices } of window.currencies) {
      withoutCharge.set(currency, (withoutCharge.get(currency) ?? 0) + rowsWithoutCharge);
      row.currency = currency;
      for (let index = 0; index < slices.length; index += 1) {
        slices.read(index, slice);
        row.userId = slice.userId;
        row.userPrincipalName = slice.userPrincipalName;
        row.userDisplayName = slice.userDisplayName;
        row.usageLocation = slice.country;
        row.destinationContext = slice.destination;
        row.totalCalls = slice.calls;
        row.totalCallSeconds = slice.seconds;
        row.chargeMicros = slice.chargeMicros;
        row.chargeRest = slice.chargeRest;
        aggregator.addRow(row);
      }
    }
  }
}

/**
 * A window's report as it is kept and merged: its rows as the aggregation holds them (one slice per
 * person, currency, usage location and destination) and the counts the cards show. A range's report
 * is the merge of its windows' slices, folded by the same aggregator that folds Graph's rows.
 */
import type { DateRange } from '../domain/dateRange';
import type { DestinationContext, DialoutRow } from '../graph/dialoutRow';
import { ReportAggregator } from './aggregate';
import type { Report, Usage } from './report';
import { firstSlice } from './spenderSlices';

/** One person's usage from one usage location to one destination, in one currency, over the window. */
export interface WindowSlice extends Usage {
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
  /** ISO 3166 alpha-2, or '' when Graph gave none. */
  country: string;
  destination: DestinationContext;
}

/** A currency's slices and its rows without a charge (counted in calls and minutes, not in cost). */
export interface WindowCurrency {
  /** ISO 4217, or '' for the rows Graph gave no currency. */
  currency: string;
  rowsWithoutCharge: number;
  slices: WindowSlice[];
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
 * The window's report as slices: each spender's rows by location and destination (they add up to the
 * spender exactly; their first row's slice first, so folding them again gives the same spender), with
 * the report's counts.
 * @example const window = windowSlicesOf(aggregator.finish(range, meta));
 */
export function windowSlicesOf(report: Report): WindowSlices {
  const currencies = report.currencies.map(({ currency, rowsWithoutCharge, spenders }) => {
    const slices: WindowSlice[] = [];
    for (const spender of spenders) {
      const { userId, userPrincipalName, userDisplayName } = spender;
      for (const { country, destination, calls, seconds, chargeMicros, chargeRest } of [firstSlice(spender), ...(spender.otherSlices ?? [])]) {
        slices.push({ userId, userPrincipalName, userDisplayName, country, destination, calls, seconds, chargeMicros, chargeRest });
      }
    }
    return { currency, rowsWithoutCharge, slices };
  });
  const { range, rowCount, pageCount, rowsWithoutCurrency, fetchedAt } = report;
  return { range, rowCount, pageCount, rowsWithoutCurrency, currencies, fetchedAt };
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
    const { row, aggregator, withoutCharge } = this;
    if (window.fetchedAt > this.fetchedAt) this.fetchedAt = window.fetchedAt;
    this.rowCount += window.rowCount;
    this.pageCount += window.pageCount;
    this.rowsWithoutCurrency += window.rowsWithoutCurrency;
    for (const { currency, rowsWithoutCharge, slices } of window.currencies) {
      withoutCharge.set(currency, (withoutCharge.get(currency) ?? 0) + rowsWithoutCharge);
      row.currency = currency;
      for (const slice of slices) {
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

/** Reads a range period by period (each period its own Graph read, aggregated apart) and keeps the result for a while. */
import { rangeKey, type DateRange } from '../domain/dateRange';
import { ReadOnce } from '../domain/readOnce';
import { runWorkerPool } from '../domain/workerPool';
import { periodicReport, type PeriodicReport } from './periodicReport';
import { periodsOf, type Period } from './periods';
import type { ReadLanes } from './readLanes';
import type { Report } from './report';
import { narrowReport, type ReportFilters } from './reportFilters';

/** Where a period's report comes from: the report service, whose month windows are kept in the store once closed. */
export interface PeriodSource {
  merged(range: DateRange): Promise<Report>;
}

export interface PeriodicReportsOptions {
  cacheTtlMinutes: number;
  /** Periodic reports kept at most. */
  cacheEntries: number;
  /** Periods read at the same time (each is one window; the Graph client paces the requests). */
  periodsAtOnce: number;
  /** Each person's reads in their own lane (a periodic report is one read, however many periods). */
  lanes: ReadLanes;
  clock?: () => Date;
}

/** A further narrowing of each period's report (the people of one department…), told apart in the cache by `key`. */
export interface PeriodNarrowing {
  key: string;
  narrow(report: Report): Report;
}

/** Periods read so far, of all, for a progress line. */
export interface PeriodProgress {
  done: number;
  total: number;
}

/** A read in progress: its result and how far it has got. */
export interface PeriodicRead {
  report: Promise<PeriodicReport>;
  progress: PeriodProgress;
}

/**
 * Periodic reports by range. One aggregated window cannot say how spend moved within it, so the
 * range is read period by period — a month period is a month window of the report service, from the
 * store when closed, joined to the report's own read when both are asked at once; what is kept per period is small (totals and each person's
 * charge), never the periods' full reports.
 */
export class PeriodicReports {
  private readonly reads: ReadOnce<PeriodicReport, PeriodicRead>;
  private readonly clock: () => Date;

  constructor(
    private readonly source: PeriodSource,
    private readonly options: PeriodicReportsOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.reads = new ReadOnce({ ttlMs: options.cacheTtlMinutes * 60_000, maxEntries: options.cacheEntries, clock: this.clock });
  }

  /**
   * The periodic report of the range, each period narrowed by `filters` (see reportFilters.ts): cached,
   * joined to a read under way, or read in the asker's lane. Each filter is its own entry: periods are
   * not kept whole, so a filter on a range read before is read again. `admit` is asked only before a
   * new read (the per-user question limit); when it throws, nothing is read.
   */
  read(range: DateRange, admit?: () => void, filters: ReportFilters = {}, narrowing?: PeriodNarrowing): PeriodicRead {
    const hit = (periodic: PeriodicReport): PeriodicRead => ({ report: Promise.resolve(periodic), progress: { done: 1, total: 1 } });
    const key = `${rangeKey(range)}|${filters.country ?? '*'}|${filters.destination ?? '*'}|${narrowing?.key ?? '*'}`;
    return this.reads.read(key, hit, (keep) => {
      admit?.();
      const periods = periodsOf(range);
      const progress: PeriodProgress = { done: 0, total: periods.length };
      return { report: keep(this.options.lanes.run(() => this.readPeriods(range, periods, progress, filters, narrowing))), progress };
    });
  }

  private async readPeriods(range: DateRange, periods: Period[], progress: PeriodProgress, filters: ReportFilters, narrowing: PeriodNarrowing | undefined): Promise<PeriodicReport> {
    const reports: Report[] = new Array(periods.length);
    await runWorkerPool(periods, this.options.periodsAtOnce, async (period, index) => {
      const whole = await this.source.merged(period.range);
      const narrowed = narrowReport(whole, { country: filters.country, destination: filters.destination });
      reports[index] = narrowing ? narrowing.narrow(narrowed) : narrowed;
      progress.done += 1;
    });
    return periodicReport(range, periods, reports);
  }
}

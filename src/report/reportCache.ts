/** Aggregated reports kept for paging and drilldowns, by range, for a limited time and number. */
import type { DateRange } from '../domain/dateRange';
import { TimedCache } from '../domain/timedCache';
import type { Report } from './report';

export function rangeKey(range: DateRange): string {
  return `${range.first}|${range.last}|${range.timeZone}`;
}

/** The one time-limited LRU (domain/timedCache.ts), keyed by the report's range. */
export class ReportCache {
  private readonly reports: TimedCache<Report>;

  constructor(ttlMs: number, maxEntries: number) {
    this.reports = new TimedCache(ttlMs, maxEntries);
  }

  get(range: DateRange, now: number): Report | undefined {
    return this.reports.get(rangeKey(range), now);
  }

  set(report: Report, now: number): void {
    this.reports.set(rangeKey(report.range), report, now);
  }
}

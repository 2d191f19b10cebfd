/** Aggregated reports kept for paging and drilldowns, by range, for a limited time and number. */
import type { DateRange } from '../domain/dateRange';
import type { Report } from './report';

export function rangeKey(range: DateRange): string {
  return `${range.first}|${range.last}|${range.timeZone}`;
}

/** A small time-limited LRU: the most recently used reports stay, the oldest go first. */
export class ReportCache {
  private readonly entries = new Map<string, { report: Report; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(range: DateRange, now: number): Report | undefined {
    const key = rangeKey(range);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) return undefined;
    this.entries.set(key, entry);
    return entry.report;
  }

  set(report: Report, now: number): void {
    const key = rangeKey(report.range);
    this.entries.delete(key);
    this.entries.set(key, { report, expiresAt: now + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}

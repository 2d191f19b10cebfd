/** Keeps the rows of recently requested spans, so that paging through a report builds it once. */
import type { DaySpan } from './dayAttribution';
import { buildUsageRows, type UsageRows } from './syntheticUsage';
import type { SyntheticUsers } from './syntheticUsers';

/** A least-recently-used cache of report rows keyed by day span. */
export class UsageRowsCache {
  private readonly entries = new Map<string, UsageRows>();

  constructor(
    private readonly users: SyntheticUsers,
    // A two-year question reads nine windows at once; each window's rows stay a few megabytes even at 100,000 users.
    private readonly capacity = 12,
  ) {}

  /** The rows of `span`, built on first use. */
  rows(span: DaySpan): UsageRows {
    // Keyed by days, not by the request's text: every spelling of a window shares an entry.
    const key = `${span.first}:${span.last}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const built = buildUsageRows(this.users, span);
    this.entries.set(key, built);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return built;
  }
}

/** Keeps the call logs of recently requested spans, so that paging through one builds it once. */
import type { DaySpan } from './dayAttribution';
import { buildCallRows, type CallRows } from './syntheticCalls';
import type { SyntheticUsers } from './syntheticUsers';

/** A least-recently-used cache of call logs keyed by day span. */
export class CallRowsCache {
  private readonly entries = new Map<string, CallRows>();

  constructor(
    private readonly users: SyntheticUsers,
    // A two-year range is nine windows, read a few at a time.
    private readonly capacity = 10,
  ) {}

  rows(span: DaySpan): CallRows {
    const key = `${span.first}:${span.last}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const built = buildCallRows(this.users, span);
    this.entries.set(key, built);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return built;
  }
}

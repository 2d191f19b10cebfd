/** Keeps what was built for recently requested day spans (report rows, call logs), so paging builds each once. */
import type { DaySpan } from './dayAttribution';

/**
 * A least-recently-used cache keyed by day span: every spelling of a window (date-only, with
 * offsets, encoded or not) shares an entry.
 * @example const rows = new SpanCache((span) => buildUsageRows(users, span), 12).rows(span);
 */
export class SpanCache<Built> {
  private readonly entries = new Map<string, Built>();

  constructor(
    private readonly build: (span: DaySpan) => Built,
    private readonly capacity: number,
  ) {}

  /** What `span` holds, built on first use. */
  rows(span: DaySpan): Built {
    const key = `${span.first}:${span.last}`;
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const built = this.build(span);
    this.entries.set(key, built);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return built;
  }
}

/** Pages per window of a range, from the tenant's own row counts: what the network lower bound is made of. */
import { reportWindows } from '../src/graph/reportWindows';
import type { DateRange } from '../src/domain/dateRange';
import { monthWindows } from '../src/report/monthWindows';
import type { TenantProcess } from './tenantProcess';
import { expectedCurrencies, type Sums } from './totalsDigest';

export interface RangeShape {
  /** Pages of each window (at least one: an empty window is still one request). */
  windowPages: number[];
  pages: number;
  rows: number;
  /** What the report must total, summed by the tenant apart from the HTTP path. */
  expected: Record<string, Sums>;
}

/**
 * The range's windows and the tenant's totals for them: as the Graph reader cuts a range it is given
 * (≤ 89-day windows), or as ReportService asks for it (`months`: each calendar month a window).
 */
export async function rangeShape(tenant: TenantProcess, range: DateRange, cut: 'graph' | 'months' = 'graph', pageSize = 1000): Promise<RangeShape> {
  const windows = cut === 'months' ? monthWindows(range).flatMap((month) => reportWindows(month)) : reportWindows(range);
  const usages = await Promise.all(windows.map((w) => tenant.expectedUsage(w.fromDateTime, w.toDateTime)));
  const windowPages = usages.map((usage) => Math.max(1, Math.ceil(usage.rowCount / pageSize)));
  return {
    windowPages,
    pages: windowPages.reduce((a, b) => a + b, 0),
    rows: usages.reduce((sum, usage) => sum + usage.rowCount, 0),
    expected: expectedCurrencies(usages),
  };
}

/**
 * The shortest time any client could take: the longest chain of pages (each waits for the one
 * before it) times the latency, or, paced at `perMinute` requests in any 60 s with more pages than
 * that, the minutes the pacing must wait plus one page.
 */
export function lowerBoundMs(shape: RangeShape, latencyMs: number, perMinute = Number.POSITIVE_INFINITY): number {
  const chain = Math.max(...shape.windowPages) * latencyMs;
  const pacing = Math.floor((shape.pages - 1) / perMinute) * 60_000 + latencyMs;
  return Math.max(chain, pacing);
}

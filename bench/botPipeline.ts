/** The bot's own path for a range, timed: connectGraph (token, pacing, retries, windows at once) → WindowAggregator → merged Report. */
import { connectGraph, demoTenantConnection, type GraphConnectionSettings } from '../src/graph/graphConnection';
import type { DateRange } from '../src/domain/dateRange';
import { WindowAggregator } from '../src/report/windowAggregator';
import { mergeWindows } from '../src/report/windowSlices';
import type { Report } from '../src/report/report';
import { elapsedMs } from './figures';
import type { TenantAddress } from './tenantProcess';

export interface TimedReport {
  report: Report;
  ms: number;
}

/**
 * The bot's pacing lifted, for scenarios that measure something else than Graph's limits (with a
 * tenant whose throttling is off): at 50 requests a minute a 170-page year would take 3 minutes.
 */
export const UNPACED: Partial<GraphConnectionSettings> = { requestsPerMinute: 1_000_000 };

/** The connection settings for a demo tenant, with any overrides. */
export function settingsFor(tenant: TenantAddress, overrides: Partial<GraphConnectionSettings> = {}): GraphConnectionSettings {
  return { ...demoTenantConnection(tenant), ...overrides };
}

/**
 * Reads and aggregates `range` as ReportService aggregates a window (rows into slices, then merged into
 * the report), as one window of the source's cutting, with a new connection each time
 * (so each run starts with an empty pacer and fetches its own token, like a first question).
 */
export async function botReport(tenant: TenantAddress, range: DateRange, overrides: Partial<GraphConnectionSettings> = {}): Promise<TimedReport> {
  const source = connectGraph(settingsFor(tenant, overrides));
  const started = process.hrtime.bigint();
  const aggregator = new WindowAggregator();
  const summary = await source.read(range, aggregator);
  const report = mergeWindows(range, [aggregator.finish(range, { pageCount: summary.pages, fetchedAt: new Date() })]);
  return { report, ms: elapsedMs(started) };
}

/** Builds what the drill-down views read besides the report: the range period by period, and a person's calls. */
import type { PstnReportSources } from '../graph/graphConnection';
import { PeriodicReports } from './periodicReports';
import { PersonCalls } from './personCalls';
import type { ReadLanes } from './readLanes';

/** Periodic reports are few and small; call lists are one per person looked at. */
const PERIODIC_ENTRIES = 8;
const CALL_LIST_ENTRIES = 50;
/** Months read at once for a trend; the Graph client paces them under the per-app limit anyway. */
const PERIODS_AT_ONCE = 4;

/**
 * The drill-down services over the tenant's PSTN sources, cached as long as reports (REPORT_CACHE_TTL_MINUTES).
 * Their reads run in the asker's lane of `lanes`, like the report's.
 * @example drillDownServices(connectPstnReports(settings), 60, lanes)
 */
export function drillDownServices(
  sources: PstnReportSources,
  cacheTtlMinutes: number,
  lanes: ReadLanes,
  clock?: () => Date,
): { periodic: PeriodicReports; calls: PersonCalls } {
  return {
    periodic: new PeriodicReports(sources.report, { cacheTtlMinutes, cacheEntries: PERIODIC_ENTRIES, periodsAtOnce: PERIODS_AT_ONCE, lanes, clock }),
    calls: new PersonCalls(sources.calls, { cacheTtlMinutes, cacheEntries: CALL_LIST_ENTRIES, lanes, clock }),
  };
}

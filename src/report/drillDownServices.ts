/** Builds what the drill-down views read besides the report: the range period by period, and a person's calls. */
import type { PstnReportSources } from '../graph/graphConnection';
import { PeriodicReports } from './periodicReports';
import { PersonCalls } from './personCalls';
import type { ReportService } from './reportService';
import type { ReadLanes } from './readLanes';

/** Periodic reports are few and small; call lists are one per person looked at. */
const PERIODIC_ENTRIES = 8;
const CALL_LIST_ENTRIES = 50;
/** Months read at once for a trend; the Graph client paces them under the per-app limit anyway. */
const PERIODS_AT_ONCE = 4;

/**
 * The drill-down services, cached as long as reports (REPORT_CACHE_TTL_MINUTES): periods merged from
 * the report service's windows, a person's calls from the tenant's call records. Their reads run in
 * the asker's lane of `lanes`, like the report's.
 * @example drillDownServices(reports, connectPstnReports(settings), 60, lanes)
 */
export function drillDownServices(
  reports: ReportService,
  sources: PstnReportSources,
  cacheTtlMinutes: number,
  lanes: ReadLanes,
  clock?: () => Date,
): { periodic: PeriodicReports; calls: PersonCalls } {
  return {
    periodic: new PeriodicReports(reports, { cacheTtlMinutes, cacheEntries: PERIODIC_ENTRIES, periodsAtOnce: PERIODS_AT_ONCE, lanes, clock }),
    calls: new PersonCalls(sources.calls, { cacheTtlMinutes, cacheEntries: CALL_LIST_ENTRIES, lanes, clock }),
  };
}

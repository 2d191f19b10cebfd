/** REPORT_STORE_* variables: how much the store of closed report windows may hold, and when a window is closed. */
import { integer, type Env } from './configValues';

export interface ReportStoreSettings {
  /** REPORT_STORE_MAX_MB: past it, the least recently used windows are evicted. */
  maxMegabytes: number;
  /**
   * REPORT_CLOSED_AFTER_HOURS: a window whose last day ended longer ago than this is final and kept.
   * At least 48, Graph's longest documented report latency.
   */
  closedAfterHours: number;
}

export function reportStoreSettings(env: Env): ReportStoreSettings {
  return {
    maxMegabytes: integer(env, 'REPORT_STORE_MAX_MB', 512, 1, 1_048_576),
    closedAfterHours: integer(env, 'REPORT_CLOSED_AFTER_HOURS', 72, 48, 8_760),
  };
}

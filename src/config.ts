/** Environment → typed, validated configuration; a bad value stops start-up naming the variable. */
import { isTimeZone } from './domain/calendarDate';
import { accessConfig, type AccessConfig } from './configAccess';
import { graphRequestsPerMinute, graphSettings, type GraphSettings } from './configGraph';
import { reportStoreSettings, type ReportStoreSettings } from './configReportStore';
import { monthlySummary, notifyApiKey, storageSettings, type MonthlySummarySettings, type StorageSettings } from './configSummary';
import { ConfigurationError, integer, value, type Env } from './configValues';

export { ConfigurationError } from './configValues';
export type { AccessConfig } from './configAccess';
export type { GraphCloud, GraphSettings } from './configGraph';
export type { MonthlySummarySettings, StorageSettings } from './configSummary';
export type { ReportStoreSettings } from './configReportStore';

export interface Config {
  port: number;
  bot: { id: string; password: string; type: string; tenantId: string };
  /** True when BOT_ID is empty: no Bot Framework auth, loopback only. */
  localMode: boolean;
  graph: GraphSettings;
  /** GRAPH_REQUESTS_PER_MINUTE: report requests per function in any 60 s. */
  graphRequestsPerMinute: number;
  defaultTimeZone: string;
  fiscalYearStartMonth: number;
  maxRangeDays: number;
  reportCacheTtlMinutes: number;
  /** QUESTION_TIMEOUT_SECONDS: past this, the user hears that the answer is still being prepared. */
  questionTimeoutSeconds: number;
  storage: StorageSettings;
  /** The store of closed report windows, in the state storage. */
  reportStore: ReportStoreSettings;
  monthlySummary: MonthlySummarySettings;
  /** Bearer key of POST /api/notifications/monthly; undefined turns the trigger off (404). */
  notifyApiKey: string | undefined;
  access: AccessConfig;
}

/**
 * Reads and validates the configuration contract (see README).
 * @example loadConfig({ PORT: '3978', DEFAULT_TIME_ZONE: 'Europe/Berlin' })
 */
export function loadConfig(env: Env): Config {
  const botId = value(env, 'BOT_ID') ?? '';
  const defaultTimeZone = value(env, 'DEFAULT_TIME_ZONE') ?? 'UTC';
  if (!isTimeZone(defaultTimeZone)) {
    throw new ConfigurationError('DEFAULT_TIME_ZONE', 'an IANA time zone such as Europe/Berlin', defaultTimeZone);
  }
  const botPassword = value(env, 'BOT_PASSWORD') ?? '';
  const botType = value(env, 'BOT_TYPE') ?? 'MultiTenant';
  if (!['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(botType)) {
    throw new ConfigurationError('BOT_TYPE', 'MultiTenant, SingleTenant or UserAssignedMSI', botType);
  }
  const graph = graphSettings(env);
  const botTenantId = value(env, 'BOT_TENANT_ID') ?? '';
  return {
    port: integer(env, 'PORT', 3978, 0, 65535),
    bot: { id: botId, password: botPassword, type: botType, tenantId: botTenantId },
    localMode: botId === '',
    graph,
    graphRequestsPerMinute: graphRequestsPerMinute(env),
    defaultTimeZone,
    fiscalYearStartMonth: integer(env, 'FISCAL_YEAR_START_MONTH', 1, 1, 12),
    maxRangeDays: integer(env, 'MAX_RANGE_DAYS', 731, 1, 3660),
    reportCacheTtlMinutes: integer(env, 'REPORT_CACHE_TTL_MINUTES', 60, 1, 1440),
    questionTimeoutSeconds: integer(env, 'QUESTION_TIMEOUT_SECONDS', 60, 1, 600),
    storage: storageSettings(env),
    reportStore: reportStoreSettings(env),
    monthlySummary: monthlySummary(env, defaultTimeZone),
    notifyApiKey: notifyApiKey(env),
    access: accessConfig(env, graph, botTenantId),
  };
}

/** Environment → typed, validated configuration; a bad value stops start-up naming the variable. */
import { Cron } from 'croner';
import { isTimeZone } from './calendar/calendarDate';
import { toMicros } from './report/money';

export type GraphCloud = 'global' | 'usgov' | 'dod';

/** How the bot reaches Graph: a real tenant's app registration, or the built-in demo tenant. */
export type GraphSettings =
  | { kind: 'demo' }
  | {
      kind: 'tenant';
      tenantId: string;
      clientId: string;
      credential: { clientSecret: string } | { certificatePath: string };
      endpoint: string;
      authorityHost: string;
    };

/** Where the bot keeps its state: files in a directory (one instance), or an Azure Blob container (several). */
export type StorageSettings =
  | { kind: 'file'; stateDir: string }
  | { kind: 'blob'; connectionString: string; container: string };

/** MONTHLY_BUDGET: the summary says so at the top when the month's spend in `currency` exceeds it. */
export interface MonthlyBudget {
  currency: string;
  amountMicros: number;
}

/** When the monthly summary is posted, and what it flags. */
export interface MonthlySummarySettings {
  cron: string;
  timeZone: string;
  budget: MonthlyBudget | undefined;
  /** International spend growing by more than this against the previous month is flagged. */
  internationalSpikePercent: number;
}

export interface Config {
  port: number;
  bot: { id: string; password: string; type: string; tenantId: string };
  /** True when BOT_ID is empty: no Bot Framework auth, loopback only. */
  localMode: boolean;
  graph: GraphSettings;
  defaultTimeZone: string;
  fiscalYearStartMonth: number;
  maxRangeDays: number;
  reportCacheTtlMinutes: number;
  /** QUESTION_TIMEOUT_SECONDS: past this, the user hears that the answer is still being prepared. */
  questionTimeoutSeconds: number;
  storage: StorageSettings;
  monthlySummary: MonthlySummarySettings;
  /** Bearer key of POST /api/notifications/monthly; undefined turns the trigger off (404). */
  notifyApiKey: string | undefined;
}

/** A configuration value that cannot be used; the message names the variable and the expected form. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    readonly variable: string,
    expected: string,
    received: string | undefined,
  ) {
    super(`${variable} must be ${expected}${received === undefined ? '' : ` (got "${received}")`}`);
  }
}

type Env = Record<string, string | undefined>;

const CLOUD_HOSTS: Record<GraphCloud, { graph: string; login: string }> = {
  global: { graph: 'https://graph.microsoft.com', login: 'https://login.microsoftonline.com' },
  usgov: { graph: 'https://graph.microsoft.us', login: 'https://login.microsoftonline.us' },
  dod: { graph: 'https://dod-graph.microsoft.us', login: 'https://login.microsoftonline.us' },
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigurationError(name, `a whole number from ${min} to ${max}`, raw);
  }
  return Number(raw);
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Parses an endpoint override: https anywhere, plain http only on loopback. */
function endpoint(env: Env, name: string, fallback: string): string {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(name, 'an absolute https:// URL', raw);
  }
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  if (!allowed || url.search || url.hash) {
    throw new ConfigurationError(name, 'an https:// URL (plain http:// only for loopback addresses), without query', raw);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function cloud(env: Env): GraphCloud {
  const raw = (value(env, 'GRAPH_CLOUD') ?? 'global').toLowerCase();
  if (raw === 'china') {
    throw new ConfigurationError('GRAPH_CLOUD', 'global, usgov or dod: the dial-out report is not offered in the China cloud', raw);
  }
  if (raw !== 'global' && raw !== 'usgov' && raw !== 'dod') {
    throw new ConfigurationError('GRAPH_CLOUD', 'one of global, usgov, dod', raw);
  }
  return raw;
}

function graphSettings(env: Env): GraphSettings {
  const hosts = CLOUD_HOSTS[cloud(env)];
  const clientId = value(env, 'GRAPH_CLIENT_ID');
  if (clientId === undefined) return { kind: 'demo' };
  if (!GUID.test(clientId)) throw new ConfigurationError('GRAPH_CLIENT_ID', 'the application (client) id, a GUID', clientId);
  const tenantId = value(env, 'GRAPH_TENANT_ID');
  if (tenantId === undefined || !(GUID.test(tenantId) || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(tenantId))) {
    throw new ConfigurationError('GRAPH_TENANT_ID', 'the directory (tenant) id GUID or a verified domain, when GRAPH_CLIENT_ID is set', tenantId);
  }
  const clientSecret = value(env, 'GRAPH_CLIENT_SECRET');
  const certificatePath = value(env, 'GRAPH_CERTIFICATE_PATH');
  if ((clientSecret === undefined) === (certificatePath === undefined)) {
    throw new ConfigurationError('GRAPH_CLIENT_SECRET', 'set, or GRAPH_CERTIFICATE_PATH set instead (exactly one of the two)', undefined);
  }
  return {
    kind: 'tenant',
    tenantId,
    clientId,
    credential: clientSecret !== undefined ? { clientSecret } : { certificatePath: certificatePath as string },
    endpoint: endpoint(env, 'GRAPH_ENDPOINT', hosts.graph),
    authorityHost: endpoint(env, 'GRAPH_AUTHORITY_HOST', hosts.login),
  };
}

const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/** Secrets are checked for form only: an error never repeats their value. */
function storageSettings(env: Env): StorageSettings {
  const connectionString = value(env, 'AZURE_STORAGE_CONNECTION_STRING');
  const container = value(env, 'AZURE_STORAGE_CONTAINER');
  if (connectionString === undefined && container === undefined) return { kind: 'file', stateDir: value(env, 'STATE_DIR') ?? '.data' };
  if (connectionString === undefined) {
    throw new ConfigurationError('AZURE_STORAGE_CONNECTION_STRING', 'set when AZURE_STORAGE_CONTAINER is set', undefined);
  }
  const names = connectionString.split(';').filter((part) => part !== '').map((part) => part.split('=')[0] ?? '');
  const wellFormed = connectionString.split(';').every((part) => part === '' || /^[A-Za-z]+=./.test(part));
  if (!wellFormed || !names.some((name) => ['AccountName', 'BlobEndpoint', 'UseDevelopmentStorage'].includes(name))) {
    throw new ConfigurationError('AZURE_STORAGE_CONNECTION_STRING', 'an Azure Storage connection string (Name=value;… with AccountName or BlobEndpoint)', undefined);
  }
  if (container === undefined || !CONTAINER_NAME.test(container)) {
    throw new ConfigurationError('AZURE_STORAGE_CONTAINER', 'a container name (3–63 lowercase letters, digits and single hyphens) when AZURE_STORAGE_CONNECTION_STRING is set', container);
  }
  return { kind: 'blob', connectionString, container };
}

function cronPattern(env: Env, timeZone: string): string {
  const pattern = value(env, 'MONTHLY_SUMMARY_CRON') ?? '0 9 1 * *';
  let next: Date | null;
  try {
    next = new Cron(pattern, { timezone: timeZone, paused: true }).nextRun();
  } catch {
    next = null;
  }
  if (next === null) throw new ConfigurationError('MONTHLY_SUMMARY_CRON', 'a cron pattern that fires, such as "0 9 1 * *" (09:00 on the 1st)', pattern);
  return pattern;
}

function monthlyBudget(env: Env): MonthlyBudget | undefined {
  const raw = value(env, 'MONTHLY_BUDGET');
  if (raw === undefined) return undefined;
  const match = /^(\S+)\s+([A-Za-z]{3})$/.exec(raw);
  const amountMicros = match ? toMicros(match[1]) : undefined;
  if (!match || amountMicros === undefined || amountMicros <= 0) {
    throw new ConfigurationError('MONTHLY_BUDGET', 'an amount and a currency code, such as "2500 USD"', raw);
  }
  return { currency: (match[2] as string).toUpperCase(), amountMicros };
}

function monthlySummary(env: Env, defaultTimeZone: string): MonthlySummarySettings {
  const timeZone = value(env, 'MONTHLY_SUMMARY_TIME_ZONE') ?? defaultTimeZone;
  if (!isTimeZone(timeZone)) {
    throw new ConfigurationError('MONTHLY_SUMMARY_TIME_ZONE', 'an IANA time zone such as Europe/Berlin', timeZone);
  }
  return {
    cron: cronPattern(env, timeZone),
    timeZone,
    budget: monthlyBudget(env),
    internationalSpikePercent: integer(env, 'INTERNATIONAL_SPIKE_PERCENT', 50, 1, 100_000),
  };
}

function notifyApiKey(env: Env): string | undefined {
  const key = value(env, 'NOTIFY_API_KEY');
  if (key !== undefined && (key.length < 16 || /\s/.test(key))) {
    throw new ConfigurationError('NOTIFY_API_KEY', 'at least 16 characters without spaces (a random key)', undefined);
  }
  return key;
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
  return {
    port: integer(env, 'PORT', 3978, 0, 65535),
    bot: { id: botId, password: botPassword, type: botType, tenantId: value(env, 'BOT_TENANT_ID') ?? '' },
    localMode: botId === '',
    graph: graphSettings(env),
    defaultTimeZone,
    fiscalYearStartMonth: integer(env, 'FISCAL_YEAR_START_MONTH', 1, 1, 12),
    maxRangeDays: integer(env, 'MAX_RANGE_DAYS', 731, 1, 3660),
    reportCacheTtlMinutes: integer(env, 'REPORT_CACHE_TTL_MINUTES', 60, 1, 1440),
    questionTimeoutSeconds: integer(env, 'QUESTION_TIMEOUT_SECONDS', 60, 1, 600),
    storage: storageSettings(env),
    monthlySummary: monthlySummary(env, defaultTimeZone),
    notifyApiKey: notifyApiKey(env),
  };
}

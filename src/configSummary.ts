/** State storage, monthly summary and notification trigger variables. */
import { Cron } from 'croner';
import { isTimeZone } from './domain/calendarDate';
import type { MonthlyBudget } from './domain/money';
import type { UnitBudget } from './domain/organisation';
import { budgets } from './configBudgets';
import { ConfigurationError, integer, value, type Env } from './configValues';
import { readBudgetsFile } from './storage/budgetsFile';

/** Where the bot keeps its state: files in a directory (one instance), or an Azure Blob container (several). */
export type StorageSettings =
  | { kind: 'file'; stateDir: string }
  | { kind: 'blob'; connectionString: string; container: string };

/** When the monthly summary is posted, and what it flags. */
export interface MonthlySummarySettings {
  cron: string;
  timeZone: string;
  /**
   * MONTHLY_BUDGET and BUDGETS_FILE: at most one per currency. The summary says so at the top when the month's
   * spend exceeds one; the budget watch alerts when the month's projection does.
   */
  budgets: MonthlyBudget[];
  /**
   * BUDGETS_FILE's budgets of departments and cost centers: the budget watch and "are we on track?" project
   * each from its people (the directory needs User.Read.All). The monthly summary uses the tenant-wide ones.
   */
  unitBudgets: UnitBudget[];
  /** BUDGET_WATCH_CRON, read in `timeZone`: when the budget watch projects the month. */
  budgetWatchCron: string;
  /** International spend growing by more than this against the previous month is flagged. */
  internationalSpikePercent: number;
}

const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/** Secrets are checked for form only: an error never repeats their value. */
export function storageSettings(env: Env): StorageSettings {
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

function cronPattern(env: Env, timeZone: string, name: string, fallback: string, example: string): string {
  const pattern = value(env, name) ?? fallback;
  let next: Date | null;
  try {
    next = new Cron(pattern, { timezone: timeZone, paused: true }).nextRun();
  } catch {
    next = null;
  }
  if (next === null) throw new ConfigurationError(name, `a cron pattern that fires, such as ${example}`, pattern);
  return pattern;
}

export function monthlySummary(env: Env, defaultTimeZone: string): MonthlySummarySettings {
  const timeZone = value(env, 'MONTHLY_SUMMARY_TIME_ZONE') ?? defaultTimeZone;
  if (!isTimeZone(timeZone)) {
    throw new ConfigurationError('MONTHLY_SUMMARY_TIME_ZONE', 'an IANA time zone such as Europe/Berlin', timeZone);
  }
  const budgetsFile = value(env, 'BUDGETS_FILE');
  const read = budgets(env, budgetsFile === undefined ? undefined : readBudgetsFile(budgetsFile));
  return {
    cron: cronPattern(env, timeZone, 'MONTHLY_SUMMARY_CRON', '0 9 1 * *', '"0 9 1 * *" (09:00 on the 1st)'),
    timeZone,
    budgets: read.tenant,
    unitBudgets: read.units,
    budgetWatchCron: cronPattern(env, timeZone, 'BUDGET_WATCH_CRON', '0 8 * * *', '"0 8 * * *" (08:00 every day)'),
    internationalSpikePercent: integer(env, 'INTERNATIONAL_SPIKE_PERCENT', 50, 1, 100_000),
  };
}

export function notifyApiKey(env: Env): string | undefined {
  const key = value(env, 'NOTIFY_API_KEY');
  if (key !== undefined && (key.length < 16 || /\s/.test(key))) {
    throw new ConfigurationError('NOTIFY_API_KEY', 'at least 16 characters without spaces (a random key)', undefined);
  }
  return key;
}

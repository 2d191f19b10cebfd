/** Starts the whole bot on a demo tenant small enough for fault tests: several pages a month, fast retries, short timeouts. */
import { startApp, type AppOverrides, type RunningApp } from '../../src/app';
import { testConfig } from '../helpers/testConfig';
import { formatMoney } from '../../src/cards/format';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { TEST_RETRY } from '../helpers/graphSource';

/** The bot's and the data's "now": October 2026 is "last month". */
export const NOW = new Date('2026-11-27T10:00:00Z');

/** Per-request timeout of these apps, so a hung page or token request costs half a second. */
export const REQUEST_TIMEOUT_MS = 500;

export interface FaultyTenantApp {
  app: RunningApp;
  tenant: DemoTenant;
}

/** A bot answering from its own demo tenant (300 users, 3 pages of up to 100 rows in October); `pageLatencyMs` slows every page. */
export async function startFaultyTenantApp(
  env: Record<string, string> = {},
  options: { pageLatencyMs?: number; requestTimeoutMs?: number } & Pick<AppOverrides, 'connectorRetry' | 'turnBudgetMs'> = {},
): Promise<FaultyTenantApp> {
  const { pageLatencyMs, requestTimeoutMs = REQUEST_TIMEOUT_MS, ...overrides } = options;
  const app = await startApp(testConfig({ ...env }), {
    clock: () => NOW,
    demoTenant: { users: 300, pageSize: 100, now: () => NOW, pageLatencyMs },
    graph: { retry: TEST_RETRY, requestTimeoutMs },
    ...overrides,
  });
  return { app, tenant: app.demoTenant as DemoTenant };
}

/** Every amount the report for October 2026 must show, per currency, from the tenant's own sums. */
export function octoberAmounts(tenant: DemoTenant): string[] {
  const usage = tenant.expectedUsage(new Date('2026-10-01T00:00:00Z'), new Date('2026-10-31T23:59:59.999Z'));
  return Object.entries(usage.byCurrency).map(([currency, totals]) => formatMoney(totals.chargeMicros, currency, 'en-US'));
}

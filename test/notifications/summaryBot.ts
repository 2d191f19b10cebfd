/** A bot for monthly summary tests: the demo tenant, a fixed clock, fast retries, and its authenticated trigger. */
import { randomBytes } from 'node:crypto';
import { startApp, type AppOverrides, type RunningApp } from '../../src/app';
import { TEST_RETRY } from '../helpers/graphSource';
import { testConfig } from '../helpers/testConfig';

/** The NOTIFY_API_KEY of every bot started here. */
export const NOTIFY_KEY = randomBytes(24).toString('base64url');

const FAST_DELIVERY: AppOverrides['monthlySummary'] = { delivery: { retry: { maxAttempts: 4, maxWaitMs: 1_000, baseDelayMs: 5, maxDelayMs: 20 }, minIntervalMs: 0 } };

/** Starts a bot over `stateDir` whose clock stands at `now`; `env` adds to the test configuration. */
export function startSummaryBot(stateDir: string, now: Date, env: Record<string, string> = {}): Promise<RunningApp> {
  return startApp(testConfig({ STATE_DIR: stateDir, NOTIFY_API_KEY: NOTIFY_KEY, ...env }), {
    clock: () => now,
    demoTenant: { users: 40, now: () => now },
    graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    monthlySummary: FAST_DELIVERY,
    connectorRetry: { maxAttempts: 4, attemptTimeoutMs: 5_000, maxWaitMs: 10_000, baseDelayMs: 5, maxDelayMs: 20 },
  });
}

/** POSTs to the monthly trigger like an external scheduler. */
export async function triggerMonth(app: RunningApp, body?: unknown, authorization = `Bearer ${NOTIFY_KEY}`): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${app.url}/api/notifications/monthly`, {
    method: 'POST',
    headers: { Authorization: authorization, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

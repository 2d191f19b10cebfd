/** Keeps about one in ten Graph report and token requests faulty, through the demo tenant's fault queue. */
import type { DemoTenant, ReportFault, TokenFault } from '../src/demoTenant/demoTenant';

const REPORT_FAULTS: ReportFault[] = [
  { kind: 'status', status: 429, retryAfterSeconds: 1 },
  { kind: 'status', status: 429 },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 502 },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 504 },
  { kind: 'status', status: 401 },
  { kind: 'resetMidBody' },
  { kind: 'truncatedBody' },
  { kind: 'hang' },
  { kind: 'slow', delayMs: 2_000 },
  { kind: 'malformedRow', problem: 'totalCallsNotNumber' },
  { kind: 'emptyPageWithNextLink' },
  { kind: 'repeatNextLink' },
];

const TOKEN_FAULTS: TokenFault[] = [
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503, retryAfterSeconds: 1 },
  { kind: 'resetMidBody' },
  { kind: 'expiredToken' },
];

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * Plans faults on report requests 1–19 apart (mean 10), counted on the tenant's own request counter,
 * a few ahead so that a slow poll never lets a stretch of requests go unfaulted. Tokens are cached
 * for an hour, so a token fault rides along with a 401, which makes the bot fetch a fresh token.
 * Returns a stop function.
 */
export function injectFaults(tenant: DemoTenant, random: () => number): () => void {
  let nextAt = tenant.stats.reportRequests;
  const timer = setInterval(() => {
    while (tenant.faults.pending < 4) {
      nextAt = Math.max(nextAt, tenant.stats.reportRequests) + 1 + Math.floor(random() * 19);
      const fault = pick(REPORT_FAULTS, random);
      tenant.faults.next(fault, { onRequest: nextAt - tenant.stats.reportRequests });
      if (fault.kind === 'status' && fault.status === 401 && random() < 0.5) tenant.faults.nextToken(pick(TOKEN_FAULTS, random));
    }
  }, 5);
  return () => {
    clearInterval(timer);
    tenant.faults.clear();
  };
}

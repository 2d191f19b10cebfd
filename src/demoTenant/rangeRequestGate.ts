/** What every range function (the dial-out report, the call log) checks before it reads data: token, rate limit, dates. */
import type { AccessTokens } from './accessTokens';
import { DAY_MS } from './dayAttribution';
import type { DemoTenantStats } from './demoTenantStats';
import { graphError } from './graphErrors';
import type { Reply, RequestIds } from './reply';
import type { ReportRequest } from './reportRequest';
import type { GraphThrottling, PstnFunction } from './requestRateLimit';

/** Graph's content type for OData collections. */
export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Ranges longer than `days` × 24 h are refused with `status` (real tenants report 406 just over 90 days). */
export interface RangeLimit {
  days: number;
  status: number;
}

export interface RangeGateParts {
  tokens: AccessTokens;
  limit: GraphThrottling;
  stats: DemoTenantStats;
  rangeLimit: RangeLimit;
}

/**
 * Graph's order of refusals: 401 for a missing or bad token, then 429 past a throttling limit (of `fn`, the app or the tenant),
 * then 400 for unreadable or over-long dates (or the range limit's status past its days). Undefined when the request may be answered.
 */
export function refuseRangeRequest(
  parts: RangeGateParts,
  request: Exclude<ReportRequest, { kind: 'notReport' }>,
  authorization: string | undefined,
  ids: RequestIds,
  fn: PstnFunction,
): Reply | undefined {
  const authProblem = parts.tokens.problemWith(authorization);
  if (authProblem) return graphError(401, ids, { message: authProblem });
  const admission = parts.limit.admit(fn);
  parts.stats.maxRequestsInAnyMinute = parts.limit.maxInAnyWindow('report');
  parts.stats.maxCallLogRequestsInAnyMinute = parts.limit.maxInAnyWindow('callLog');
  if (!admission.admitted) {
    parts.stats.throttledRequests += 1;
    return graphError(429, ids, { retryAfterSeconds: admission.retryAfterSeconds });
  }
  if (request.kind === 'invalid') return graphError(400, ids, { message: request.message });
  const { days, status } = parts.rangeLimit;
  if (request.query.toMs - request.query.fromMs > days * DAY_MS) {
    return graphError(status, ids, { message: `The date range cannot exceed ${days} days.` });
  }
  return undefined;
}

/** Counters a test or benchmark reads to see how a client used the demo tenant. */

/** Live counters, updated as requests arrive. */
export interface DemoTenantStats {
  /** Every request to the report function, including rejected and faulted ones. */
  reportRequests: number;
  /** Every request to getPstnCalls (the call log). */
  callLogRequests: number;
  /** Every request to the directory's `/users` list. */
  usersRequests: number;
  /** Report pages answered with 200 (including pages bent by a fault). */
  pagesServed: number;
  /** Requests answered 429 because a throttling limit was reached (not injected 429s). */
  throttledRequests: number;
  /** The most report requests that reached the throttling limits (authenticated, not faulted) within any 60 s. */
  maxRequestsInAnyMinute: number;
  /** The same for getPstnCalls. */
  maxCallLogRequestsInAnyMinute: number;
  /** Every request to the token endpoint. */
  tokenRequests: number;
  /** Tokens handed out. */
  tokensIssued: number;
  /** Queued faults that have been applied. */
  faultsApplied: number;
}

/** All counters at zero. */
export function emptyStats(): DemoTenantStats {
  return {
    reportRequests: 0,
    callLogRequests: 0,
    usersRequests: 0,
    pagesServed: 0,
    throttledRequests: 0,
    maxRequestsInAnyMinute: 0,
    maxCallLogRequestsInAnyMinute: 0,
    tokenRequests: 0,
    tokensIssued: 0,
    faultsApplied: 0,
  };
}

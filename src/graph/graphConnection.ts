/** Wires token provider, pacing, HTTP client and the report source for one tenant's Graph. */
import { DialoutReportSource } from './dialoutReport';
import { DEFAULT_RETRY, GraphClient, type RetryPolicy } from './graphClient';
import { RequestPacer } from './requestPacer';
import { createTokenProvider, type ClientCredential } from './tokenProvider';

export interface GraphConnectionSettings {
  tenantId: string;
  clientId: string;
  credential: ClientCredential;
  endpoint: string;
  authorityHost: string;
  /** Overrides for tests; production uses the defaults. */
  retry?: RetryPolicy;
  requestTimeoutMs?: number;
  /** Report requests per 60 s; the benchmark lifts it to measure memory without waiting for the pacing. */
  requestsPerMinute?: number;
}

/**
 * Graph allows 200 report requests per 60 s per app and tenant; staying a little below leaves
 * room for clock skew between us and Graph's counter.
 */
const REQUESTS_PER_MINUTE = 190;

/**
 * Windows read at the same time: every window of a two-year question (nine), so the answer takes
 * as long as the longest window, not the sum of the windows; the pacer still bounds the requests.
 */
const WINDOWS_AT_ONCE = 10;

/** Entra answers in well under a second; a token request still open after this is lost. */
const TOKEN_TIMEOUT_MS = 10_000;

/**
 * Builds the dial-out report source for a tenant.
 * @example const source = connectGraph({ tenantId, clientId, credential: { clientSecret }, endpoint, authorityHost });
 */
export function connectGraph(settings: GraphConnectionSettings): DialoutReportSource {
  const retry = settings.retry ?? DEFAULT_RETRY;
  const requestTimeoutMs = settings.requestTimeoutMs ?? 30_000;
  const token = createTokenProvider({
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    credential: settings.credential,
    authorityHost: settings.authorityHost,
    graphEndpoint: settings.endpoint,
    retry,
    timeoutMs: Math.min(requestTimeoutMs, TOKEN_TIMEOUT_MS),
  });
  const client = new GraphClient({
    token,
    pacer: new RequestPacer({ limit: settings.requestsPerMinute ?? REQUESTS_PER_MINUTE, windowMs: 60_000 }),
    requestTimeoutMs,
    retry,
  });
  return new DialoutReportSource(client, { endpoint: settings.endpoint, concurrency: WINDOWS_AT_ONCE, maxPagesPerWindow: 10_000 });
}

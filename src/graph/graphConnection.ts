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
}

/**
 * Graph allows 200 report requests per 60 s per app and tenant; staying a little below leaves
 * room for clock skew between us and Graph's counter.
 */
const REQUESTS_PER_MINUTE = 190;

/**
 * Builds the dial-out report source for a tenant.
 * @example const source = connectGraph({ tenantId, clientId, credential: { clientSecret }, endpoint, authorityHost });
 */
export function connectGraph(settings: GraphConnectionSettings): DialoutReportSource {
  const token = createTokenProvider({
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    credential: settings.credential,
    authorityHost: settings.authorityHost,
    graphEndpoint: settings.endpoint,
  });
  const client = new GraphClient({
    token,
    pacer: new RequestPacer({ limit: REQUESTS_PER_MINUTE, windowMs: 60_000 }),
    requestTimeoutMs: settings.requestTimeoutMs ?? 30_000,
    retry: settings.retry ?? DEFAULT_RETRY,
  });
  return new DialoutReportSource(client, { endpoint: settings.endpoint, concurrency: 4, maxPagesPerWindow: 10_000 });
}

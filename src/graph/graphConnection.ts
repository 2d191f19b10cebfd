/** Wires token provider, pacing, HTTP client and the report source (and the directory reads) for one tenant's Graph. */
import type { RetryPolicy } from '../domain/retryPolicy';
import { DialoutReportSource } from './dialoutReport';
import { PstnCallSource } from './pstnCalls';
import { DEFAULT_RETRY, GraphClient } from './graphClient';
import { PER_FUNCTION_PER_MINUTE, RequestPacer } from './requestPacer';
import { GraphGroupMembership } from './groupMembership';
import { OrgDirectoryReader } from './orgDirectoryReader';
import { createTokenProvider, type ClientCredential, type TokenProvider } from './tokenProvider';

export interface GraphConnectionSettings {
  tenantId: string;
  clientId: string;
  credential: ClientCredential;
  endpoint: string;
  authorityHost: string;
  /** The Graph resource tokens are for (the cloud's); absent: the endpoint's origin (the demo tenant). */
  resource?: string;
  /** Overrides for tests; production uses the defaults. */
  retry?: RetryPolicy;
  requestTimeoutMs?: number;
  /**
   * Requests per function (the dial-out report, getPstnCalls) in any pacing window: GRAPH_REQUESTS_PER_MINUTE;
   * the benchmark lifts it to measure memory without waiting for the pacing.
   */
  requestsPerMinute?: number;
  /** Graph's minute; a test compresses it (with the demo tenant's) to see a long read's pacing in seconds. */
  pacingWindowMs?: number;
}

/** Where and as whom to reach a built-in demo tenant (the fields of a running one). */
export interface DemoTenantAddress {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  graphEndpoint: string;
  authorityHost: string;
}

/**
 * The connection settings for a demo tenant: the same Graph path as a real tenant, pointed at it.
 * @example connectGraph(demoTenantConnection(await startDemoTenant()))
 */
export function demoTenantConnection(tenant: DemoTenantAddress): GraphConnectionSettings {
  return {
    tenantId: tenant.tenantId,
    clientId: tenant.clientId,
    credential: { clientSecret: tenant.clientSecret },
    endpoint: tenant.graphEndpoint,
    authorityHost: tenant.authorityHost,
  };
}

/** Graph counts its throttling limits per 60 s. */
const GRAPH_MINUTE_MS = 60_000;

/**
 * Windows read at the same time: every window of a two-year question (nine), so the answer takes
 * as long as the longest window, not the sum of the windows; the function's pacer still bounds the requests.
 */
const WINDOWS_AT_ONCE = 10;

/** Directory reads are far less limited than the report; this only keeps a burst of new users polite. */
const DIRECTORY_REQUESTS_PER_MINUTE = 600;

/** Entra answers in well under a second; a token request still open after this is lost. */
const TOKEN_TIMEOUT_MS = 10_000;

/**
 * Builds the dial-out report source for a tenant.
 * @example const source = connectGraph({ tenantId, clientId, credential: { clientSecret }, endpoint, authorityHost });
 */
export function connectGraph(settings: GraphConnectionSettings): DialoutReportSource {
  return connectPstnReports(settings).report;
}

/** The tenant's PSTN report functions: the dial-out report and the call log. */
export interface PstnReportSources {
  report: DialoutReportSource;
  calls: PstnCallSource;
}

/**
 * Builds both PSTN sources on one token, each function with its own pacer: Graph allows 50 requests
 * per 60 s per collection (per function), 200 per app and 1,000 per tenant, so each function keeps
 * to GRAPH_REQUESTS_PER_MINUTE (at most 100, so both together stay within the app's 200). Build it
 * once per instance: every question, view and summary then shares each function's budget.
 * @example const { report, calls } = connectPstnReports(settings);
 */
export function connectPstnReports(settings: GraphConnectionSettings): PstnReportSources {
  const { retry, requestTimeoutMs, token } = clientBasics(settings);
  const pacing = { limit: settings.requestsPerMinute ?? PER_FUNCTION_PER_MINUTE, windowMs: settings.pacingWindowMs ?? GRAPH_MINUTE_MS };
  const client = (): GraphClient => new GraphClient({ token, pacer: new RequestPacer(pacing), requestTimeoutMs, retry });
  const paging = { endpoint: settings.endpoint, concurrency: WINDOWS_AT_ONCE, maxPagesPerWindow: 10_000 };
  return { report: new DialoutReportSource(client(), paging), calls: new PstnCallSource(client(), paging) };
}

/**
 * The admin-group check's Graph access: its own pacing, since directory requests do not count
 * against the report functions' limits.
 */
export function connectGroupMembership(settings: GraphConnectionSettings): GraphGroupMembership {
  const { retry, requestTimeoutMs, token } = clientBasics(settings);
  const client = new GraphClient({ token, pacer: new RequestPacer({ limit: DIRECTORY_REQUESTS_PER_MINUTE, windowMs: GRAPH_MINUTE_MS }), requestTimeoutMs, retry });
  return new GraphGroupMembership(client, settings.endpoint);
}

/** The reader of the directory's organisation attributes (`/users`), paced like the group check. */
export function connectOrgDirectory(settings: GraphConnectionSettings): OrgDirectoryReader {
  const { retry, requestTimeoutMs, token } = clientBasics(settings);
  const client = new GraphClient({ token, pacer: new RequestPacer({ limit: DIRECTORY_REQUESTS_PER_MINUTE, windowMs: GRAPH_MINUTE_MS }), requestTimeoutMs, retry });
  return new OrgDirectoryReader(client, settings.endpoint);
}

/**
 * App-only tokens for these settings, the one way the bot (and the doctor) gets them: same tenant,
 * credential, authority, resource, retries and timeout.
 * @example const token = connectionTokens(settings); await token();
 */
export function connectionTokens(settings: GraphConnectionSettings): TokenProvider {
  return createTokenProvider({
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    credential: settings.credential,
    authorityHost: settings.authorityHost,
    resource: settings.resource ?? new URL(settings.endpoint).origin,
    retry: settings.retry ?? DEFAULT_RETRY,
    timeoutMs: Math.min(settings.requestTimeoutMs ?? 30_000, TOKEN_TIMEOUT_MS),
  });
}

function clientBasics(settings: GraphConnectionSettings): { retry: RetryPolicy; requestTimeoutMs: number; token: TokenProvider } {
  return { retry: settings.retry ?? DEFAULT_RETRY, requestTimeoutMs: settings.requestTimeoutMs ?? 30_000, token: connectionTokens(settings) };
}

/** The built-in demo tenant: a loopback server that speaks Graph's dial-out report and Entra's token endpoint. */
import { randomBytes, X509Certificate } from 'node:crypto';
import { AccessTokens } from './accessTokens';
import { answerCallLogRequest, type CallLogEndpoint } from './callLogEndpoint';
import { daysCovered, daysWithData } from './dayAttribution';
import { emptyStats, type DemoTenantStats } from './demoTenantStats';
import { listen, type Routes, type TlsIdentity } from './demoTenantServer';
import { answerMemberGroups } from './memberGroupsEndpoint';
import { FaultQueue } from './faults';
import { PageTextWriter } from './pageText';
import type { RangeLimit } from './rangeRequestGate';
import { answerReportRequest } from './reportEndpoint';
import { MAX_RANGE_DAYS } from './reportRequest';
import { GraphThrottling, type ThrottlingLimits } from './requestRateLimit';
import { buildUsageRows, sumUsage, type ExpectedUsage } from './syntheticUsage';
import { SpanCache } from './spanCache';
import { buildCallRows } from './syntheticCalls';
import { SyntheticUsers } from './syntheticUsers';
import { answerTokenRequest, type AppRegistration } from './tokenEndpoint';
import { answerUsersRequest } from './usersEndpoint';

export type { DemoTenantStats } from './demoTenantStats';
export type { ThrottlingLimits } from './requestRateLimit';
export type { FaultQueue, FaultTiming, ReportFault, StatusFault, TokenFault, TransportFault } from './faults';
export type { CurrencyTotals, ExpectedUsage } from './syntheticUsage';

/** The tenant id the demo tenant uses unless told otherwise. */
export const DEMO_TENANT_ID = '7a1f9c3e-5b2d-4e8a-9c61-0d4e2f8b7a15';
/** The app (client) id the demo tenant registers unless told otherwise. */
export const DEMO_CLIENT_ID = 'c0ffee00-d1a1-4a0b-8e11-5e7a1e5d0a7a';

/** The application permissions a demo tenant's tokens carry unless told otherwise: all the bot uses. */
export const DEMO_TENANT_ROLES = ['CallRecords.Read.All', 'User.Read.All', 'GroupMember.Read.All'];

/** How to start a demo tenant; every field is optional. */
export interface DemoTenantOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Seed of all synthetic data; default 1. */
  seed?: number;
  /** Number of users; default 500. 100,000 and more stay fast. */
  users?: number;
  /** Rows per report page; default 1000 like Graph. */
  pageSize?: number;
  tenantId?: string;
  clientId?: string;
  /** Default: random for each start. */
  clientSecret?: string;
  /** PEM certificate whose private key may sign client assertions. */
  certificatePem?: string;
  /** Default 3600. */
  tokenLifetimeSeconds?: number;
  /**
   * The application permissions its tokens carry (their `roles` claim); default every permission the bot
   * uses (DEMO_TENANT_ROLES). `/users` requires User.Read.All (or Directory.Read.All) and answers 403 without;
   * the other endpoints do not check them (`npm run doctor` reports them).
   */
  tokenRoles?: string[];
  /** Time from a report page's request to its answer (rendering included, like a remote server's latency); default 0. */
  pageLatencyMs?: number;
  /**
   * Graph's throttling limits, answered with 429 and Retry-After: by default the documented ones,
   * 50 requests per function, 200 per app and 1,000 per tenant in any 60 s. `'off'` lifts them
   * (benchmarks that measure something else); the arrivals are still counted in `stats`.
   */
  throttling?: ThrottlingLimits | 'off';
  /** Entra groups and their members' object ids, for `checkMemberGroups` (the admin-group check). */
  groups?: Record<string, string[]>;
  /** The data's clock: days strictly before today (UTC) have data. Tokens and limits use real time. */
  now?: () => Date;
  /** Years of usage history before today; default 2. */
  historyYears?: number;
  /**
   * Sprinkle, deterministically, the row shapes real tenants send (about a quarter of the rows): null
   * or unexpected destinationContext, usageLocation, user, currency and charge, charges of 8 and 10
   * decimals, callType in upper case (see realisticRows.ts). `expectedUsage` ignores them: it sums the
   * tidy rows. Default false; the bot turns it on with DEMO_TENANT_REALISTIC.
   */
  realistic?: boolean;
  /**
   * Refuse report and call-log ranges longer than `days` × 24 h with `status`. Default: none beyond
   * the documented 90 days (400); real tenants have been seen answering 406 just over 90 days.
   */
  rangeLimit?: RangeLimit;
  /**
   * PEM key and certificate: the Graph endpoint is then served over https (for clients that
   * refuse http, like the Graph JavaScript SDK). The token endpoint (`authorityHost`) stays on
   * plain http on a port of its own, because msal-node accepts a loopback authority only that way.
   */
  tls?: TlsIdentity;
}

/** A running demo tenant. */
export interface DemoTenant {
  /** Graph base URL, e.g. http://127.0.0.1:PORT; the client appends /beta/…. */
  graphEndpoint: string;
  /** Token endpoint host: {authorityHost}/{tenantId}/oauth2/v2.0/token. */
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** One-shot failures for upcoming requests. */
  faults: FaultQueue;
  /** Live counters. */
  stats: DemoTenantStats;
  /**
   * Exact totals of every row the report holds for [fromDateTime, toDateTime] (all pages),
   * summed day by day apart from the HTTP path. Not limited to 90 days.
   */
  expectedUsage(fromDateTime: Date, toDateTime: Date): ExpectedUsage;
  /** Expires every token issued so far, so the next report request gets 401. */
  expireTokens(): void;
  /** Stops listening and drops open connections, hung ones included. */
  close(): Promise<void>;
}

function wholeNumber(name: string, value: number, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum)
    throw new RangeError(`${name} must be an integer of at least ${minimum}: ${value}`);
  return value;
}

function throttlingLimits(limits: ThrottlingLimits | 'off' | undefined): ThrottlingLimits | 'off' {
  if (limits === undefined || limits === 'off') return limits ?? {};
  for (const [name, value] of Object.entries(limits)) wholeNumber(`throttling.${name}`, value as number, 1);
  return limits;
}

/**
 * Starts a demo tenant on 127.0.0.1.
 *
 * The protocol, as a Graph client sees it:
 * - Token: `POST {authorityHost}/{tenantId}/oauth2/v2.0/token`, form-encoded client
 *   credentials grant with `client_secret` or an RS256/PS256 `client_assertion` (x5t or
 *   x5t#S256 header). Answers `{token_type, expires_in, ext_expires_in, access_token}` or
 *   Entra's `{error, error_description, error_codes, …}`.
 * - Report: `GET {graphEndpoint}/beta/communications/callRecords/getPstnOnlineMeetingDialoutReport(fromDateTime=…,toDateTime=…)`
 *   with `Authorization: Bearer …`. Dates: `YYYY-MM-DD` (midnight UTC) or ISO timestamps
 *   with `Z` or an offset; both bounds inclusive; at most 90 × 24 h apart. A day's usage
 *   counts at 12:00:00Z of that UTC day (see dayAttribution.ts).
 * - Call log: `GET {graphEndpoint}/v1.0/communications/callRecords/getPstnCalls(fromDateTime=…,toDateTime=…)`,
 *   same parameters, token and limit: one `pstnCallLogRow` per call. The conf_out calls of a day are
 *   the very calls the report's day adds up (see syntheticCalls.ts); a few calls of other types
 *   come with them, and each page repeats the previous page's last call (clients dedupe on `id`).
 * - Directory: `GET {graphEndpoint}/v1.0/users?$select=…&$top=N` (or `/beta/users`): the people with their
 *   department, officeLocation, companyName and employeeOrgData (some empty, a few deleted; see
 *   orgAttributes.ts), `@odata.nextLink` with an opaque `$skiptoken`; needs User.Read.All.
 * - Pages of `pageSize` rows; `@odata.count` counts the page; `@odata.nextLink` (absolute,
 *   same origin, `?$skip=N`) only while rows remain. Errors: Graph's
 *   `{"error":{"code","message","innerError":{…}}}` and a `request-id` header.
 *
 * @example
 * const tenant = await startDemoTenant({ users: 2000, pageSize: 100 });
 * // POST `${tenant.authorityHost}/${tenant.tenantId}/oauth2/v2.0/token`, then
 * // GET `${tenant.graphEndpoint}/beta/communications/callRecords/getPstnOnlineMeetingDialoutReport(fromDateTime=2025-01-01,toDateTime=2025-02-01)`
 * await tenant.close();
 */
export async function startDemoTenant(options: DemoTenantOptions = {}): Promise<DemoTenant> {
  const now = options.now ?? (() => new Date());
  const historyYears = wholeNumber('historyYears', options.historyYears ?? 2, 1);
  const users = new SyntheticUsers(options.seed ?? 1, wholeNumber('users', options.users ?? 500, 0));
  const app: AppRegistration = {
    tenantId: options.tenantId ?? DEMO_TENANT_ID,
    clientId: options.clientId ?? DEMO_CLIENT_ID,
    clientSecret: options.clientSecret ?? randomBytes(24).toString('base64url'),
    certificate: options.certificatePem === undefined ? undefined : new X509Certificate(options.certificatePem),
    tokenLifetimeSeconds: wholeNumber('tokenLifetimeSeconds', options.tokenLifetimeSeconds ?? 3600, 1),
    roles: options.tokenRoles ?? DEMO_TENANT_ROLES,
  };
  const tokens = new AccessTokens();
  const groups = new Map(
    Object.entries(options.groups ?? {}).map(([id, members]) => [id.toLowerCase(), new Set(members.map((m) => m.toLowerCase()))]),
  );
  const faults = new FaultQueue();
  const stats = emptyStats();
  const endpoint: CallLogEndpoint = {
    origin: '', // known once the port is bound
    users,
    // A two-year question reads nine windows at once; each window's rows stay a few megabytes even at 100,000 users.
    rows: new SpanCache((span) => buildUsageRows(users, span), 12),
    calls: new SpanCache((span) => buildCallRows(users, span), 10),
    pages: new PageTextWriter(users),
    tokens,
    limit: new GraphThrottling(throttlingLimits(options.throttling)),
    faults,
    stats,
    pageSize: wholeNumber('pageSize', options.pageSize ?? 1000, 1),
    pageLatencyMs: wholeNumber('pageLatencyMs', options.pageLatencyMs ?? 0, 0),
    now,
    historyYears,
    realistic: options.realistic ?? false,
    rangeLimit: options.rangeLimit ?? { days: MAX_RANGE_DAYS, status: 400 },
  };

  const routes: Routes = {
    token: (tenant, form, ids) => answerTokenRequest({ app, tokens, faults, stats }, tenant, form, ids),
    memberGroups: (userId, body, authorization, ids) => answerMemberGroups(tokens, groups, userId, body, authorization, ids),
    report: (request, url, authorization, ids) => answerReportRequest(endpoint, request, url, authorization, ids),
    callLog: (request, authorization, ids) => answerCallLogRequest(endpoint, request, authorization, ids),
    users: (version, url, authorization, ids) => answerUsersRequest(endpoint, version, url, authorization, ids),
  };
  const server = await listen(routes, options.port ?? 0, options.tls);
  const tokenServer = options.tls ? await listen(routes, 0) : server;
  endpoint.origin = server.origin;

  return {
    graphEndpoint: server.origin,
    authorityHost: tokenServer.origin,
    tenantId: app.tenantId,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    faults,
    stats,
    expectedUsage: (fromDateTime, toDateTime) =>
      sumUsage(users, daysCovered(fromDateTime.getTime(), toDateTime.getTime(), daysWithData(now(), historyYears))),
    expireTokens: () => tokens.expireAll(),
    close: async () => {
      await server.close();
      if (tokenServer !== server) await tokenServer.close();
    },
  };
}

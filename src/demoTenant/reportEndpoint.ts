/** `GET /beta/communications/callRecords/getPstnOnlineMeetingDialoutReport(…)`: auth, limit, paging, faults. */
import type { AccessTokens } from './accessTokens';
import { daysCovered, daysWithData } from './dayAttribution';
import type { DemoTenantStats } from './demoTenantStats';
import { deliverWithFault, type FaultQueue, type ReportFault } from './faults';
import { graphError } from './graphErrors';
import type { PageTextWriter } from './pageText';
import { ODATA_JSON, refuseRangeRequest, type RangeLimit } from './rangeRequestGate';
import { jsonReply, jsonTextReply, type Reply, type RequestIds } from './reply';
import { realisticPage } from './realisticRows';
import { renderPage, skipLink, type WirePage } from './reportPage';
import type { ReportRequest } from './reportRequest';
import type { GraphThrottling } from './requestRateLimit';
import type { SyntheticUsers } from './syntheticUsers';
import type { SpanCache } from './spanCache';
import type { UsageRows } from './syntheticUsage';


/** Everything the report endpoint reads or updates. */
export interface ReportEndpoint {
  origin: string;
  users: SyntheticUsers;
  rows: SpanCache<UsageRows>;
  pages: PageTextWriter;
  tokens: AccessTokens;
  limit: GraphThrottling;
  faults: FaultQueue;
  stats: DemoTenantStats;
  pageSize: number;
  pageLatencyMs: number;
  now: () => Date;
  /** Years of usage history before today. */
  historyYears: number;
  /** Sprinkle the row shapes real tenants send (see realisticRows.ts). */
  realistic: boolean;
  rangeLimit: RangeLimit;
}

/** Where a page sits, for faults that rewrite its links. */
interface PagePlace {
  origin: string;
  /** The request's path and query as sent. */
  url: string;
  rawPath: string;
  skip: number;
}

/** Bends a correct page the way a page fault asks. */
function misshape(page: WirePage, fault: ReportFault, place: PagePlace): WirePage {
  const { '@odata.context': context, value } = page;
  switch (fault.kind) {
    case 'malformedRow': {
      const [first, ...rest] = value;
      if (!first) return page;
      const broken = { ...first };
      if (fault.problem === 'missingUserId') delete broken.userId;
      else broken.totalCalls = fault.problem === 'negativeTotalCalls' ? -1 : 'abc';
      return { ...page, value: [broken, ...rest] };
    }
    case 'emptyPageWithNextLink':
      // The link leads to the rows this page should have held, so a client that follows it loses nothing.
      return {
        '@odata.context': context,
        '@odata.count': 0,
        '@odata.nextLink': skipLink(place, place.skip),
        value: [],
      };
    case 'repeatNextLink':
      return {
        '@odata.context': context,
        '@odata.count': value.length,
        '@odata.nextLink': `${place.origin}${place.url}`,
        value,
      };
    default:
      return page;
  }
}

/** The reply the request earns: the token is checked first, then the rate limit, then the parameters. */
function respond(
  endpoint: ReportEndpoint,
  request: Exclude<ReportRequest, { kind: 'notReport' }>,
  url: string,
  authorization: string | undefined,
  ids: RequestIds,
  fault: ReportFault | undefined,
): Reply {
  const { stats } = endpoint;
  if (fault?.kind === 'status') {
    return graphError(fault.status, ids, { code: fault.code, retryAfterSeconds: fault.retryAfterSeconds, retryAfterDate: fault.retryAfterDate });
  }
  const refusal = refuseRangeRequest(endpoint, request, authorization, ids, 'report');
  if (refusal !== undefined || request.kind === 'invalid') return refusal as Reply;

  const { fromMs, toMs, skip, rawPath } = request.query;
  const { origin } = endpoint;
  const rows = endpoint.rows.rows(daysCovered(fromMs, toMs, daysWithData(endpoint.now(), endpoint.historyYears)));
  const pageRequest = { origin, rawPath, skip, pageSize: endpoint.pageSize };
  const headers = { 'Content-Type': ODATA_JSON };
  stats.pagesServed += 1;
  // Without a fault the page goes straight to text, which keeps up with Graph's pace at 100,000 people.
  let reply: Reply;
  if (fault || endpoint.realistic) {
    let page = renderPage(endpoint.users, rows, pageRequest);
    if (fault) page = misshape(page, fault, { origin, url, rawPath, skip });
    reply = jsonReply(200, endpoint.realistic ? realisticPage(page) : page, ids, headers);
  } else {
    reply = jsonTextReply(200, endpoint.pages.write(rows, pageRequest), ids, headers);
  }
  return { ...reply, delayMs: endpoint.pageLatencyMs };
}

/**
 * Answers one report request. A queued fault is taken before anything else, so a fault's
 * position counts every report request, authenticated or not.
 */
export function answerReportRequest(
  endpoint: ReportEndpoint,
  request: Exclude<ReportRequest, { kind: 'notReport' }>,
  url: string,
  authorization: string | undefined,
  ids: RequestIds,
): Reply {
  endpoint.stats.reportRequests += 1;
  const fault = endpoint.faults.takeForReport();
  if (fault) endpoint.stats.faultsApplied += 1;
  return deliverWithFault(respond(endpoint, request, url, authorization, ids, fault), fault);
}

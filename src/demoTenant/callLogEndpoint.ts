/** `GET /v1.0/communications/callRecords/getPstnCalls(fromDateTime=…,toDateTime=…)`: auth, the throttling limits, paging. */
import { renderCallPage } from './callLogPage';
import { realisticCallPage } from './realisticRows';
import type { SpanCache } from './spanCache';
import type { CallRows } from './syntheticCalls';
import { daysCovered, daysWithData } from './dayAttribution';
import { ODATA_JSON, refuseRangeRequest } from './rangeRequestGate';
import { jsonReply, type Reply, type RequestIds } from './reply';
import type { ReportEndpoint } from './reportEndpoint';
import { readRangeFunctionRequest, type ReportRequest } from './reportRequest';

const CALLS_PATH = /^\/(?:v1\.0|beta)\/communications\/callRecords\/(?:microsoft\.graph\.callRecords\.)?getPstnCalls(?:\((.*)\))?$/i;


/** The report endpoint's state (tokens, limit, clock, paging) and the call logs. */
export interface CallLogEndpoint extends ReportEndpoint {
  calls: SpanCache<CallRows>;
}

/** Classifies a URL as a getPstnCalls request ('notReport' when it is something else). */
export function readCallLogRequest(url: string): ReportRequest {
  return readRangeFunctionRequest(url, CALLS_PATH);
}

/**
 * Answers one getPstnCalls request. The function has its own 50 requests a minute and shares the
 * app's 200 and the tenant's 1,000 with the dial-out report. A call counts in a window when
 * its day counts for the dial-out report (the day's noon lies in the window), so a window's calls
 * always add up to that window's report rows; every call starts between 12:00 and 12:50 UTC.
 */
export function answerCallLogRequest(
  endpoint: CallLogEndpoint,
  request: Exclude<ReportRequest, { kind: 'notReport' }>,
  authorization: string | undefined,
  ids: RequestIds,
): Reply {
  const { stats } = endpoint;
  stats.callLogRequests += 1;
  const refusal = refuseRangeRequest(endpoint, request, authorization, ids, 'callLog');
  if (refusal !== undefined || request.kind === 'invalid') return refusal as Reply;
  const { fromMs, toMs, skip, rawPath } = request.query;
  const rows = endpoint.calls.rows(daysCovered(fromMs, toMs, daysWithData(endpoint.now(), endpoint.historyYears)));
  const page = renderCallPage(endpoint.users, rows, { origin: endpoint.origin, rawPath, skip, pageSize: endpoint.pageSize });
  const body = endpoint.realistic ? realisticCallPage(page) : page;
  return { ...jsonReply(200, body, ids, { 'Content-Type': ODATA_JSON }), delayMs: endpoint.pageLatencyMs };
}

/** Reads `getPstnOnlineMeetingDialoutReport(fromDateTime=…,toDateTime=…)?$skip=N` from a request URL. */
import { DAY_MS } from './dayAttribution';
import { parseDateTimeOffset } from './isoDateTime';

const REPORT_PATH =
  /^\/beta\/communications\/callRecords\/(?:microsoft\.graph\.callRecords\.)?getPstnOnlineMeetingDialoutReport(?:\((.*)\))?$/i;

/** The longest range the report accepts. */
export const MAX_RANGE_DAYS = 90;

/** A valid report request. */
export interface ReportQuery {
  /** Inclusive bounds in epoch ms; a bound with sub-millisecond digits is rounded inward. */
  fromMs: number;
  toMs: number;
  skip: number;
  /** The path as the client sent it (still URL-encoded), for building nextLinks. */
  rawPath: string;
}

export type ReportRequest =
  | { kind: 'notReport' }
  | { kind: 'invalid'; message: string }
  | { kind: 'valid'; query: ReportQuery };

function splitUrl(url: string): { rawPath: string; rawQuery: string } {
  const mark = url.indexOf('?');
  return mark < 0 ? { rawPath: url, rawQuery: '' } : { rawPath: url.slice(0, mark), rawQuery: url.slice(mark + 1) };
}

function readParameters(list: string): Map<string, string> | string {
  const parameters = new Map<string, string>();
  for (const pair of list.split(',')) {
    const equals = pair.indexOf('=');
    const name = pair.slice(0, equals).trim().toLowerCase();
    if (equals < 0 || (name !== 'fromdatetime' && name !== 'todatetime') || parameters.has(name)) {
      return `Unexpected function parameter '${pair}'. Expected fromDateTime and toDateTime.`;
    }
    parameters.set(name, pair.slice(equals + 1).trim());
  }
  return parameters;
}

/** Classifies a request URL (path and query, as in `IncomingMessage.url`). */
export function readReportRequest(url: string): ReportRequest {
  return readRangeFunctionRequest(url, REPORT_PATH);
}

/**
 * Classifies a request for any call-records function of a range (`path` matches the decoded path,
 * its first group being the parameter list): the report and getPstnCalls take the same parameters.
 */
export function readRangeFunctionRequest(url: string, path: RegExp): ReportRequest {
  const { rawPath, rawQuery } = splitUrl(url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'invalid', message: 'The request URL is not validly percent-encoded.' };
  }
  const match = path.exec(decoded);
  if (!match) return { kind: 'notReport' };
  const parameterList = match[1];
  if (parameterList === undefined) {
    return { kind: 'invalid', message: 'The function requires the parameters fromDateTime and toDateTime.' };
  }

  const parameters = readParameters(parameterList);
  if (typeof parameters === 'string') return { kind: 'invalid', message: parameters };
  const fromText = parameters.get('fromdatetime') ?? '';
  const toText = parameters.get('todatetime') ?? '';
  const from = parseDateTimeOffset(fromText);
  const to = parseDateTimeOffset(toText);
  if (!from)
    return {
      kind: 'invalid',
      message: `Invalid value '${fromText}' for parameter 'fromDateTime'. Use ISO 8601 (2022-11-01T00:00:00Z).`,
    };
  if (!to)
    return {
      kind: 'invalid',
      message: `Invalid value '${toText}' for parameter 'toDateTime'. Use ISO 8601 (2022-11-01T00:00:00Z).`,
    };
  const fromMs = from.ms + (from.belowMs ? 1 : 0);
  const toMs = to.ms;
  if (toMs < fromMs) return { kind: 'invalid', message: 'toDateTime must not be earlier than fromDateTime.' };
  if (toMs - fromMs > MAX_RANGE_DAYS * DAY_MS) {
    return { kind: 'invalid', message: `The date range cannot exceed ${MAX_RANGE_DAYS} days.` };
  }

  const skipText = new URLSearchParams(rawQuery).get('$skip');
  if (skipText !== null && !/^\d{1,9}$/.test(skipText)) {
    return { kind: 'invalid', message: `Invalid value '${skipText}' for query option '$skip'.` };
  }
  return { kind: 'valid', query: { fromMs, toMs, skip: skipText === null ? 0 : Number(skipText), rawPath } };
}

/**
 * Watches, read-only, the answers Graph sends to this process (status, request id, throttling headers),
 * through the diagnostics channel of Node's fetch (undici), so the doctor can report what the client
 * itself does not keep. Nothing of the request or the body is seen.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

/** One answer from the watched origin. */
export interface GraphAnswer {
  /** The request's path without its query, e.g. /beta/communications/callRecords/getPstnOnlineMeetingDialoutReport(…). */
  path: string;
  status: number;
  requestId: string | undefined;
  /** Retry-After, RateLimit-* and x-ms-throttle-* / x-ms-resource-unit headers, names in lower case. */
  throttling: Record<string, string>;
}

export interface GraphAnswers {
  /** Every answer seen so far, in arrival order. */
  readonly answers: readonly GraphAnswer[];
  stop(): void;
}

/** undici's `undici:request:headers` message, as far as it is read here. */
interface HeadersMessage {
  request: { origin?: unknown; path?: unknown };
  response: { statusCode?: unknown; headers?: unknown };
}

const CHANNEL = 'undici:request:headers';
const TOKEN_PATH = /\/oauth2\/v2\.0\/token(\?|$)/;
const THROTTLING = /^(retry-after|ratelimit-.+|x-ms-throttle-.+|x-ms-resource-unit)$/;

function headerPairs(raw: unknown): Array<[string, string]> {
  if (!Array.isArray(raw)) return [];
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([String(raw[i]).toLowerCase(), String(raw[i + 1])]);
  return pairs;
}

/**
 * Starts collecting the answers of `endpoint`'s origin (its token endpoint's excluded) until `stop()`.
 * @example const seen = watchGraphAnswers(endpoint); await source.read(range, sink); seen.stop(); seen.answers[0]?.requestId
 */
export function watchGraphAnswers(endpoint: string): GraphAnswers {
  const origin = new URL(endpoint).origin;
  const answers: GraphAnswer[] = [];
  const listener = (message: unknown): void => {
    const { request, response } = message as HeadersMessage;
    if (request.origin !== origin || typeof request.path !== 'string' || typeof response.statusCode !== 'number') return;
    if (TOKEN_PATH.test(request.path)) return; // a token endpoint on the same origin (the demo tenant) is not Graph
    const headers = headerPairs(response.headers);
    answers.push({
      path: request.path.split('?')[0] as string,
      status: response.statusCode,
      requestId: headers.find(([name]) => name === 'request-id')?.[1],
      throttling: Object.fromEntries(headers.filter(([name]) => THROTTLING.test(name))),
    });
  };
  subscribe(CHANNEL, listener);
  return { answers, stop: () => unsubscribe(CHANNEL, listener) };
}

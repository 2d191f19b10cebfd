/** The one list of Bot Connector failures: which are worth another try, which mean the bot is gone from the conversation. */
import { retryAfterMs } from '../domain/retryPolicy';

/** `retry`: throttled or a passing fault; `gone`: removed from the conversation (drop it); `fail`: anything else. */
export type FailureKind = 'retry' | 'gone' | 'fail';

export interface FailureFacts {
  kind: FailureKind;
  status: number | undefined;
  /** The Bot Connector's error code, e.g. `BotNotInConversationRoster`. */
  code: string | undefined;
  /** The server's Retry-After, when it sent one. */
  retryAfterMs: number | undefined;
}

/**
 * Worth another try, for replies, card updates and proactive posts alike:
 * - 429: throttled (Teams allows about 7 messages a second per conversation; Retry-After says when again);
 * - 412: precondition failed, a conversation update was in progress (Teams lists it with 429, 502, 504);
 * - 500, 502, 503, 504: the connector or the service behind it is briefly failing or down.
 */
const RETRIED_STATUS = new Set([412, 429, 500, 502, 503, 504]);
/** A connection reset, refused or timed out before any answer: the network, worth another try. */
const RETRIED_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE']);
/** No answer in time: our attempt timeout (`AttemptTimedOut`) or an aborted request. */
const TIMED_OUT = new Set(['AttemptTimedOut', 'AbortError', 'TimeoutError']);
/** The bot was removed or the conversation is closed to it (BotNotInConversationRoster, MessageWritesBlocked…). */
const GONE = new Set([403, 404]);

/** What a Bot Connector RestError carries: the status, the error code of its body, the response headers. */
interface ConnectorErrorFields {
  name?: unknown;
  statusCode?: unknown;
  code?: unknown;
  details?: { error?: { code?: unknown } };
  response?: { headers?: { get?(name: string): string | null | undefined } };
}

/** The error and the errors it wraps as its `cause` (a few levels: ConnectorGaveUp wraps the connector's own). */
function causes(error: unknown): ConnectorErrorFields[] {
  const found: ConnectorErrorFields[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    found.push(current as ConnectorErrorFields);
    current = (current as { cause?: unknown }).cause;
  }
  return found;
}

function isPassingFault(error: ConnectorErrorFields): boolean {
  return (typeof error.code === 'string' && RETRIED_CODES.has(error.code)) || (typeof error.name === 'string' && TIMED_OUT.has(error.name));
}

/**
 * Reads a failed send's HTTP status and Bot Connector error code, also when wrapped as the `cause` of another error.
 * @example classifyFailure(restError).kind // 'gone' for a 403 BotNotInConversationRoster
 */
export function classifyFailure(error: unknown): FailureFacts {
  const chain = causes(error);
  const answered = chain.find((fields) => typeof fields.statusCode === 'number');
  const status = answered?.statusCode as number | undefined;
  const bodyCode: unknown = answered?.details?.error?.code ?? answered?.code;
  const code = typeof bodyCode === 'string' ? bodyCode : undefined;
  let kind: FailureKind;
  if (status !== undefined) kind = RETRIED_STATUS.has(status) ? 'retry' : GONE.has(status) ? 'gone' : 'fail';
  else kind = chain.some(isPassingFault) ? 'retry' : 'fail';
  return { kind, status, code, retryAfterMs: retryAfterMs(answered?.response?.headers?.get?.('retry-after')) };
}

/** Which failed posts are retried, which mean the bot is gone from the conversation, and how long to wait. */

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

/** Backoff of one post: attempts in all, and the exponential delays (with jitter) between them. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Teams' guidance for bots: 429 (throttled), 412 (precondition failed), 502 and 504 are worth another try. */
const RETRIED = new Set([429, 412, 502, 504]);
/** The bot was removed or the conversation is closed to it (BotNotInConversationRoster, MessageWritesBlocked…). */
const GONE = new Set([403, 404]);

/** What a Bot Connector RestError carries: the status, the error code of its body, the response headers. */
interface ConnectorErrorFields {
  statusCode?: unknown;
  code?: unknown;
  details?: { error?: { code?: unknown } };
  response?: { headers?: { get?(name: string): string | null | undefined } };
}

function retryAfter(error: ConnectorErrorFields): number | undefined {
  const raw = error.response?.headers?.get?.('retry-after');
  const seconds = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : undefined;
  return seconds === undefined ? undefined : seconds * 1000;
}

/** The connector's own error (a RestError with `statusCode`), also when wrapped as the `cause` of another. */
function connectorError(error: unknown): ConnectorErrorFields {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    if (typeof (current as ConnectorErrorFields).statusCode === 'number') return current as ConnectorErrorFields;
    current = (current as { cause?: unknown }).cause;
  }
  return {};
}

/**
 * Reads a failed send's HTTP status and Bot Connector error code.
 * @example classifyFailure(restError).kind // 'gone' for a 403 BotNotInConversationRoster
 */
export function classifyFailure(error: unknown): FailureFacts {
  const fields = connectorError(error);
  const status = typeof fields.statusCode === 'number' ? fields.statusCode : undefined;
  const bodyCode: unknown = fields.details?.error?.code ?? fields.code;
  const code = typeof bodyCode === 'string' ? bodyCode : undefined;
  const kind: FailureKind = status === undefined ? 'fail' : RETRIED.has(status) ? 'retry' : GONE.has(status) ? 'gone' : 'fail';
  return { kind, status, code, retryAfterMs: retryAfter(fields) };
}

/**
 * The wait before attempt `attempt + 1`: Retry-After when given (capped), else exponential with
 * "equal jitter" (half fixed, half random) so that instances do not retry in lockstep.
 * @example retryDelay(2, { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30000 }, undefined, () => 0) // 1000
 */
export function retryDelay(attempt: number, policy: RetryPolicy, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}

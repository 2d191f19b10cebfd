/** GET (and read-only POST) JSON from Graph with an app token: pacing, slowing down on 429, a timeout per request, bounded retries, error mapping. */
import { backoffMs, retryAfterMs, retryDelay, type RetryPolicy } from '../domain/retryPolicy';
import { GraphRequestError, type GraphFailure } from './graphErrors';
import type { PacingState, RequestPacer } from './requestPacer';
import { currentRequestShare } from './requestShares';
import { countGraphRequest } from './requestTally';
import type { TokenProvider } from './tokenProvider';

export interface GraphClientOptions {
  token: TokenProvider;
  pacer: RequestPacer;
  requestTimeoutMs: number;
  retry: RetryPolicy;
}

export interface GraphResponse {
  body: unknown;
  requestId: string | undefined;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, maxWaitMs: 45_000, baseDelayMs: 500, maxDelayMs: 8_000 };

const RETRIED_STATUS = new Set([429, 500, 502, 503, 504]);

/**
 * Longest one request may be held back by Graph's 429s before the read fails: a 429 is Graph asking
 * us to slow down, not a failure, but a Retry-After beyond this (or a Graph that never lets us
 * through) would keep the question waiting for nothing.
 */
export const MAX_THROTTLED_MS = 5 * 60_000;

interface GraphErrorBody {
  error?: { code?: unknown; innerError?: { 'request-id'?: unknown } };
}

function failureForStatus(status: number): GraphFailure {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'throttled';
  if (status === 400) return 'badRequest';
  if (status === 406) return 'notAcceptable';
  if (status >= 500) return 'unavailable';
  return 'other';
}

async function readError(response: Response): Promise<{ code?: string; requestId?: string }> {
  const header = response.headers.get('request-id') ?? undefined;
  try {
    const body = (await response.json()) as GraphErrorBody;
    const code = typeof body.error?.code === 'string' ? body.error.code : undefined;
    const inner = body.error?.innerError?.['request-id'];
    return { code, requestId: typeof inner === 'string' ? inner : header };
  } catch {
    return { requestId: header };
  }
}

/** One failed attempt: whether to try again, and how long Graph asked us to wait. */
interface AttemptFailure {
  error: GraphRequestError;
  retryable: boolean;
  waitMs?: number;
}

/** Talks to one Graph endpoint; only graph/ uses it. */
export class GraphClient {
  constructor(private readonly options: GraphClientOptions) {}

  /** What holds this client's requests back right now (see RequestPacer.state). */
  pacing(): PacingState {
    return this.options.pacer.state();
  }

  /** GETs `url` and parses the JSON body, retrying transient failures within the policy. */
  getJson(url: string): Promise<GraphResponse> {
    return this.send(url, undefined);
  }

  /** POSTs a JSON body to a Graph action that only reads (such as checkMemberGroups), so retrying it is safe. */
  postJson(url: string, body: object): Promise<GraphResponse> {
    return this.send(url, JSON.stringify(body));
  }

  /**
   * Sends until an answer, within the retry policy. A 429 is not counted as a failed attempt: the
   * pacer holds this and every other request of the function for Graph's Retry-After (or a backoff)
   * and slows down for the rest of the minute, up to MAX_THROTTLED_MS for this request.
   */
  private async send(url: string, body: string | undefined): Promise<GraphResponse> {
    const { retry, pacer } = this.options;
    let waited = 0;
    let throttles = 0;
    let throttledMs = 0;
    let refreshedToken = false;
    for (let attempt = 1; ; ) {
      const outcome = await this.attempt(url, body, refreshedToken);
      if ('body' in outcome) return outcome;
      if (outcome.error.failure === 'unauthorized' && !refreshedToken) {
        refreshedToken = true; // one fresh token, then a second 401 is final
        continue;
      }
      if (outcome.error.failure === 'throttled') {
        throttles += 1;
        const hold = outcome.waitMs ?? backoffMs(retry, throttles);
        throttledMs += hold;
        if (throttledMs > MAX_THROTTLED_MS) throw outcome.error;
        pacer.slowDown(hold); // the next attempt waits in the pacer
        continue;
      }
      const wait = outcome.retryable ? retryDelay(retry, attempt, waited, outcome.waitMs) : undefined;
      if (wait === undefined) throw outcome.error;
      waited += wait;
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private async attempt(url: string, body: string | undefined, freshToken: boolean): Promise<GraphResponse | AttemptFailure> {
    const token = await this.options.token(freshToken);
    const { share, abandon } = currentRequestShare();
    const slot = await this.options.pacer.take(share, abandon);
    let response: Response;
    try {
      response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        body,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.requestTimeoutMs),
      });
    } catch (cause) {
      return this.transportFailure(cause, undefined);
    } finally {
      slot.settle(); // by now Graph has counted the request, if it ever will
      countGraphRequest();
    }
    const requestId = response.headers.get('request-id') ?? undefined;
    if (!response.ok) {
      const { code, requestId: bodyRequestId } = await readError(response);
      const status = response.status;
      const error = new GraphRequestError(failureForStatus(status), `Graph answered ${status}`, {
        status,
        code,
        requestId: bodyRequestId ?? requestId,
      });
      return { error, retryable: RETRIED_STATUS.has(status), waitMs: retryAfterMs(response.headers.get('retry-after')) };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      return this.transportFailure(cause, requestId);
    }
    try {
      return { body: JSON.parse(text), requestId };
    } catch (cause) {
      // A cut-off body is usually a dropped connection: worth another try.
      const error = new GraphRequestError('malformedPage', 'the page is not valid JSON', { requestId, cause });
      return { error, retryable: true };
    }
  }

  private transportFailure(cause: unknown, requestId: string | undefined): AttemptFailure {
    // By name, not instanceof: fetch's DOMException may come from another realm (test runners, workers).
    const name = (cause as { name?: unknown } | null)?.name;
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    const error = new GraphRequestError(timedOut ? 'timeout' : 'network', timedOut ? 'request timed out' : 'request failed', {
      requestId,
      cause,
    });
    return { error, retryable: true };
  }
}

/** msal-node's HTTP for the token endpoint: a timeout per request and bounded retries of transient failures. */
import { AuthError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import { retryAfterMs, retryDelay, type RetryPolicy } from '../domain/retryPolicy';

/** Statuses worth another try: Entra is busy or briefly down. Anything else goes to msal as it is. */
const TRANSIENT_STATUS = new Set([429, 500, 502, 503, 504]);

/**
 * The token endpoint stayed unreachable or kept failing after every retry. An AuthError, because
 * msal-node passes AuthErrors through unchanged (any other error becomes a bare "network_error").
 */
export class TokenEndpointUnavailable extends AuthError {
  constructor(
    message: string,
    /** Last HTTP status, when the endpoint answered at all. */
    readonly status: number | undefined,
    /** Entra's trace id of the last answer (its request id), when it sent one. */
    readonly traceId: string | undefined,
  ) {
    super('token_endpoint_unavailable', message);
    Object.setPrototypeOf(this, TokenEndpointUnavailable.prototype); // AuthError resets the prototype
    this.name = 'TokenEndpointUnavailable';
  }
}

type Attempt = { response: NetworkResponse<unknown> } | { failure: string; status?: number; traceId?: string; waitMs?: number };

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, key) => {
    record[key] = value;
  });
  return record;
}

async function attempt(url: string, init: RequestInit, timeoutMs: number): Promise<Attempt> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (cause) {
    const name = (cause as { name?: unknown } | null)?.name;
    return { failure: name === 'TimeoutError' || name === 'AbortError' ? 'timed out' : 'connection failed' };
  }
  const traceId = response.headers.get('x-ms-request-id') ?? response.headers.get('request-id') ?? undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // A cut-off body is a dropped connection more often than a broken server.
    return { failure: `answered ${response.status} with a body that is not JSON`, status: response.status, traceId };
  }
  if (TRANSIENT_STATUS.has(response.status)) {
    return { failure: `answered ${response.status}`, status: response.status, traceId, waitMs: retryAfterMs(response.headers.get('retry-after')) };
  }
  return { response: { status: response.status, headers: headerRecord(response.headers), body } };
}

/**
 * A network module for msal-node. Retrying here, below msal, matters: msal remembers a 429 or 5xx
 * answer and refuses the same request for 60 s (or Retry-After), so a retry above msal would never
 * reach the endpoint. A final transient failure is thrown, not handed to msal, for the same reason:
 * the next question should try Entra again rather than fail from msal's memory.
 * @example new ConfidentialClientApplication({ auth, system: { networkClient: tokenTransport(policy, 10_000) } })
 */
export function tokenTransport(retry: RetryPolicy, timeoutMs: number): INetworkModule {
  const send = async <T>(url: string, init: RequestInit, requestTimeoutMs: number): Promise<NetworkResponse<T>> => {
    let waited = 0;
    for (let count = 1; ; count += 1) {
      const outcome = await attempt(url, init, requestTimeoutMs);
      if ('response' in outcome) return outcome.response as NetworkResponse<T>;
      const wait = retryDelay(retry, count, waited, outcome.waitMs);
      if (wait === undefined) {
        throw new TokenEndpointUnavailable(`the token endpoint ${outcome.failure} (${count} attempts)`, outcome.status, outcome.traceId);
      }
      waited += wait;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) =>
      send<T>(url, { method: 'GET', headers: options?.headers }, Math.min(timeout ?? timeoutMs, timeoutMs)),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) =>
      send<T>(url, { method: 'POST', headers: options?.headers, body: options?.body ?? '' }, timeoutMs),
  };
}

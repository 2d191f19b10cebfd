/** Microsoft Entra ID's token endpoint error replies (AADSTS codes). */
import { jsonReply, type Reply, type RequestIds } from './reply';

/** An OAuth error with the AADSTS number Entra would give for it. */
export interface EntraProblem {
  status: number;
  /** OAuth error: invalid_client, invalid_request, unauthorized_client, invalid_scope, … */
  error: string;
  aadsts: number;
  description: string;
}

/** Entra's timestamp format: "2024-05-01 12:00:00Z". */
function entraTimestamp(): string {
  return `${new Date().toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** The body Entra answers a failed token request with; `Retry-After` when given. */
export function entraError(problem: EntraProblem, ids: RequestIds, retryAfterSeconds?: number): Reply {
  const timestamp = entraTimestamp();
  const description =
    `AADSTS${problem.aadsts}: ${problem.description}` +
    ` Trace ID: ${ids.requestId} Correlation ID: ${ids.clientRequestId} Timestamp: ${timestamp}`;
  const body = {
    error: problem.error,
    error_description: description,
    error_codes: [problem.aadsts],
    timestamp,
    trace_id: ids.requestId,
    correlation_id: ids.clientRequestId,
    error_uri: `https://login.microsoftonline.com/error?code=${problem.aadsts}`,
  };
  const headers: Record<string, string> = {};
  if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds);
  return jsonReply(problem.status, body, ids, headers);
}

/** The error Entra gives with a status, for injected token endpoint failures. */
export function entraProblemForStatus(status: number, error?: string): EntraProblem {
  if (status === 429) {
    return {
      status,
      error: error ?? 'temporarily_unavailable',
      aadsts: 90055,
      description: 'Too many requests. Try again later.',
    };
  }
  if (status >= 500) {
    return {
      status,
      error: error ?? (status === 503 ? 'temporarily_unavailable' : 'server_error'),
      aadsts: 50000,
      description: 'There was an error issuing a token or an issue with our sign-in service.',
    };
  }
  return {
    status,
    error: error ?? (status === 401 ? 'invalid_client' : 'invalid_request'),
    aadsts: 50000,
    description: 'The request was refused.',
  };
}

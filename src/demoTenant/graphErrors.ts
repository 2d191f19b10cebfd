/** Microsoft Graph's error replies: `{"error":{"code","message","innerError":{…}}}`. */
import { jsonReply, type Reply, type RequestIds } from './reply';

/** The code Graph usually gives with each status; clients branch on it, never on the message. */
const CODES: Record<number, { code: string; message: string }> = {
  400: { code: 'BadRequest', message: 'The request is invalid.' },
  401: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' },
  403: {
    code: 'Forbidden',
    message:
      "Missing role permissions on the request. API requires one of 'CallRecord-PstnCalls.Read.All, CallRecords.Read.All'. Roles on the request ''.",
  },
  404: { code: 'ResourceNotFound', message: 'Resource not found.' },
  405: { code: 'BadRequest', message: 'The HTTP method is not allowed for this resource.' },
  406: { code: 'NotAcceptable', message: 'The request is not acceptable.' },
  429: { code: 'TooManyRequests', message: 'Too many requests. Retry after the time given in the Retry-After header.' },
  500: { code: 'UnknownError', message: 'An internal server error occurred.' },
  502: { code: 'BadGateway', message: 'The upstream service returned an invalid response.' },
  503: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable.' },
  504: { code: 'GatewayTimeout', message: 'The upstream service did not answer in time.' },
};

/** Graph's `innerError.date`: seconds precision and no zone designator. */
function graphDate(): string {
  return new Date().toISOString().slice(0, 19);
}

/**
 * A Graph error reply. Code and message default to what Graph sends with the status.
 * @example graphError(401, ids, { message: 'Access token is empty.' })
 */
export function graphError(
  status: number,
  ids: RequestIds,
  details: { code?: string; message?: string; retryAfterSeconds?: number; retryAfterDate?: Date } = {},
): Reply {
  const known = CODES[status] ?? { code: 'UnknownError', message: 'The request failed.' };
  const headers: Record<string, string> = {};
  if (details.retryAfterSeconds !== undefined) headers['Retry-After'] = String(details.retryAfterSeconds);
  if (details.retryAfterDate !== undefined) headers['Retry-After'] = details.retryAfterDate.toUTCString();
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="", error="invalid_token"';
  const body = {
    error: {
      code: details.code ?? known.code,
      message: details.message ?? known.message,
      innerError: { date: graphDate(), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
    },
  };
  return jsonReply(status, body, ids, headers);
}

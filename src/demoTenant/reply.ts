/** A response the server writes, with how it is to be (mis)delivered. */

/** How the bytes reach the client: whole, cut, reset half way, or never. */
export type Delivery = 'whole' | 'truncatedBody' | 'resetMidBody' | 'hang';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  delivery: Delivery;
  /** Wait before answering (page latency, slow faults). */
  delayMs: number;
}

/** Ids that tie a request to its log lines, as Graph and Entra send them. */
export interface RequestIds {
  /** A GUID new for each request, sent back as the `request-id` header. */
  requestId: string;
  /** The client's `client-request-id` header, or the request id when it sent none. */
  clientRequestId: string;
}

/** A JSON reply carrying the request-id headers. */
export function jsonReply(
  status: number,
  value: unknown,
  ids: RequestIds,
  headers: Record<string, string> = {},
): Reply {
  return jsonTextReply(status, JSON.stringify(value), ids, headers);
}

/** The same, for a body already serialized. */
export function jsonTextReply(status: number, body: string, ids: RequestIds, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'request-id': ids.requestId,
      'client-request-id': ids.clientRequestId,
      ...headers,
    },
    body,
    delivery: 'whole',
    delayMs: 0,
  };
}

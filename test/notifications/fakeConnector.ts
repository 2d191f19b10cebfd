/** A tiny Bot Connector on 127.0.0.1: records the activities the bot posts, and can answer 403, 429 or any error. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity posted into a conversation and answered 200. */
export interface ConnectorPost {
  conversationId: string;
  activity: { type: string; attachments?: Array<{ contentType: string; content: any }> };
}

/** A non-200 answer: the status and the Bot Connector error code. */
export interface ConnectorAnswer {
  status: number;
  code?: string;
}

export interface FakeConnector {
  /** Use as the activities' serviceUrl. */
  url: string;
  /** Successful posts, in order. */
  posts: ConnectorPost[];
  /** Every POST received per conversation (successful or not). */
  attempts(conversationId: string): number;
  /** The next answers for a conversation's posts (then 200 again). */
  answerNext(conversationId: string, ...answers: ConnectorAnswer[]): void;
  /** Every post to the conversation gets this answer from now on (a removed bot). */
  answerAlways(conversationId: string, answer: ConnectorAnswer): void;
  close(): Promise<void>;
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

/** restify (loaded by the bot in the same process) patches ServerResponse: writeHead no longer returns it. */
function respond(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(text);
}

/**
 * Answers `POST /v3/conversations/{id}/activities[/{replyToId}]` like the Bot Connector.
 * @example const connector = await startFakeConnector(); … connector.posts.length … await connector.close();
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const posts: ConnectorPost[] = [];
  const counts = new Map<string, number>();
  const queued = new Map<string, ConnectorAnswer[]>();
  const always = new Map<string, ConnectorAnswer>();
  let ids = 0;
  const server = createServer(async (request, response) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(request.url ?? '');
    const text = await body(request);
    if (request.method !== 'POST' || !match) {
      respond(response, 404, '');
      return;
    }
    const conversationId = decodeURIComponent(match[1] as string);
    counts.set(conversationId, (counts.get(conversationId) ?? 0) + 1);
    const answer = always.get(conversationId) ?? queued.get(conversationId)?.shift();
    if (answer) {
      respond(response, answer.status, JSON.stringify({ error: { code: answer.code ?? 'Error', message: 'fake connector' } }));
      return;
    }
    posts.push({ conversationId, activity: JSON.parse(text) });
    ids += 1;
    respond(response, 200, JSON.stringify({ id: `activity-${ids}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    attempts: (conversationId) => counts.get(conversationId) ?? 0,
    answerNext: (conversationId, ...answers) => queued.set(conversationId, [...(queued.get(conversationId) ?? []), ...answers]),
    answerAlways: (conversationId, answer) => always.set(conversationId, answer),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

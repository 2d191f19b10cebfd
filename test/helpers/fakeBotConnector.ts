/** A stand-in for the Bot Connector on 127.0.0.1: records what the bot sends and answers as a test plans (429, 502, a hang…). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made: a reply (POST …/activities/{replyToId}), a send (POST …/activities) or an update (PUT). */
export interface ConnectorCall {
  method: string;
  path: string;
  activity: Record<string, any>;
  status: number | 'hang';
  at: number;
}

/** How to answer one request: a status (with an optional Retry-After) or never. */
export type PlannedAnswer = number | { status: number; retryAfterSeconds: number } | 'hang';

export interface FakeBotConnector {
  /** For the activity's serviceUrl. */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** Answers for the next requests, in order; afterwards every request gets 200. */
  plan(...answers: PlannedAnswer[]): void;
  /** Resolves once `count` calls have arrived (rejects after `timeoutMs`). */
  waitForCalls(count: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  const planned: PlannedAnswer[] = [];
  const waiters = new Set<() => void>();
  let counter = 0;

  const answer = (request: IncomingMessage, response: ServerResponse, body: string): void => {
    const next = planned.shift() ?? 200;
    const status = typeof next === 'object' ? next.status : next;
    let activity: Record<string, any> = {};
    try {
      activity = JSON.parse(body) as Record<string, any>;
    } catch {
      // not JSON: recorded as an empty activity
    }
    calls.push({ method: request.method ?? '', path: request.url ?? '', activity, status, at: Date.now() });
    for (const wake of [...waiters]) wake();
    if (status === 'hang') return;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (typeof next === 'object') headers['Retry-After'] = String(next.retryAfterSeconds);
    response.writeHead(status, headers);
    counter += 1;
    response.end(JSON.stringify(status < 300 ? { id: `sent-${counter}` } : { error: { code: 'Planned', message: `planned ${status}` } }));
  };

  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => answer(request, response, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    plan: (...answers) => planned.push(...answers),
    waitForCalls: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (calls.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(calls.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} calls to the Bot Connector, got ${calls.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

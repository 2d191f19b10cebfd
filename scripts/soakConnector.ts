/** The soak's Bot Connector: takes the bot's late (proactive) answers and hands each to the user waiting in that conversation. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SoakConnector {
  serviceUrl: string;
  /** Resolves with the next card posted into `conversationId`, or undefined after `timeoutMs`. */
  nextCard(conversationId: string, timeoutMs: number): Promise<unknown>;
  close(): Promise<void>;
}

export async function startSoakConnector(): Promise<SoakConnector> {
  const waiting = new Map<string, (card: unknown) => void>();
  const early = new Map<string, unknown[]>();
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"id":"late"}');
      const conversationId = decodeURIComponent(/\/v3\/conversations\/([^/]+)\//.exec(request.url ?? '')?.[1] ?? '');
      const card = (JSON.parse(body) as { attachments?: Array<{ content?: unknown }> }).attachments?.[0]?.content;
      if (card === undefined) return; // a progress note: the card follows
      const deliver = waiting.get(conversationId);
      if (deliver) deliver(card);
      else early.set(conversationId, [...(early.get(conversationId) ?? []), card]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    nextCard: (conversationId, timeoutMs) => {
      const queued = early.get(conversationId);
      if (queued?.length) return Promise.resolve(queued.shift());
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(conversationId);
          resolve(undefined);
        }, timeoutMs);
        waiting.set(conversationId, (card) => {
          clearTimeout(timer);
          waiting.delete(conversationId);
          resolve(card);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

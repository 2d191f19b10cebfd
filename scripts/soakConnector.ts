/** The soak's Bot Connector: takes the bot's late answers (new messages and card updates) and hands each to the user waiting for it. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a user waits for: a new card in the conversation, or an update of one card (by its id). */
export type LateAnswer = { conversationId: string; update?: string };

export interface SoakConnector {
  serviceUrl: string;
  /** Resolves with the next matching card, or undefined after `timeoutMs`. */
  nextCard(wanted: LateAnswer, timeoutMs: number): Promise<unknown>;
  close(): Promise<void>;
}

interface Delivery {
  conversationId: string;
  /** The updated activity's id, for a PUT. */
  update: string | undefined;
  card: unknown;
}

const matches = (delivery: Delivery, wanted: LateAnswer): boolean =>
  delivery.conversationId === wanted.conversationId && delivery.update === wanted.update;

export async function startSoakConnector(): Promise<SoakConnector> {
  const unclaimed: Delivery[] = [];
  const waiting = new Set<{ wanted: LateAnswer; take: (card: unknown) => void }>();
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"id":"late"}');
      const [, conversation = '', activity] = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(request.url ?? '') ?? [];
      const card = (JSON.parse(body) as { attachments?: Array<{ content?: unknown }> }).attachments?.[0]?.content;
      if (card === undefined) return; // a progress note: the card follows
      const delivery: Delivery = { conversationId: decodeURIComponent(conversation), update: request.method === 'PUT' ? activity : undefined, card };
      const waiter = [...waiting].find((entry) => matches(delivery, entry.wanted));
      if (waiter) waiter.take(card);
      else unclaimed.push(delivery);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    nextCard: (wanted, timeoutMs) => {
      const early = unclaimed.findIndex((delivery) => matches(delivery, wanted));
      if (early >= 0) return Promise.resolve(unclaimed.splice(early, 1)[0]?.card);
      return new Promise((resolve) => {
        const entry = {
          wanted,
          take: (card: unknown) => {
            clearTimeout(timer);
            waiting.delete(entry);
            resolve(card);
          },
        };
        const timer = setTimeout(() => entry.take(undefined), timeoutMs);
        waiting.add(entry);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

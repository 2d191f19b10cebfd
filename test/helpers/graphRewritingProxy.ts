/** A Graph endpoint in front of a demo tenant that rewrites strings in its answers (hostile display names) and can fail chosen requests. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphRewritingProxy {
  /** Use as the bot's Graph endpoint. */
  url: string;
  /** Requests whose path passes `test` are answered `status` (default 503) from now on (undefined: none). */
  failWhen(test: ((path: string) => boolean) | undefined, status?: number): void;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

/**
 * Forwards every request to `target` and replaces, in each JSON answer, every JSON string equal to a key of
 * `replacements` with its value; nextLinks are pointed back at the proxy.
 * @example const proxy = await startGraphRewritingProxy(tenant.graphEndpoint, new Map([['Nadia Berg', '[x](https://evil.example)']]));
 */
export async function startGraphRewritingProxy(target: string, replacements: Map<string, string>): Promise<GraphRewritingProxy> {
  let failing: ((path: string) => boolean) | undefined;
  let failStatus = 503;
  const server = createServer(async (request, response) => {
    if (failing?.(request.url ?? '/')) {
      response.writeHead(failStatus, { 'Content-Type': 'application/json' });
      const code = failStatus === 403 ? 'Authorization_RequestDenied' : 'serviceNotAvailable';
      response.end(JSON.stringify({ error: { code, message: 'proxy fault' } }));
      return;
    }
    const upstream = await fetch(`${target}${request.url ?? '/'}`, {
      method: request.method,
      headers: { ...(request.headers.authorization ? { Authorization: request.headers.authorization } : {}), 'Content-Type': 'application/json' },
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await bodyOf(request),
    });
    let text = (await upstream.text()).split(target).join(url);
    for (const [from, to] of replacements) text = text.split(JSON.stringify(from)).join(JSON.stringify(to));
    const headers: Record<string, string> = { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json' };
    const retryAfter = upstream.headers.get('retry-after');
    if (retryAfter) headers['Retry-After'] = retryAfter;
    response.writeHead(upstream.status, headers);
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    failWhen: (test, status = 503) => {
      failing = test;
      failStatus = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Graph endpoint in front of a demo tenant that rewrites strings in its answers: hostile display names without a tenant of their own. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphRewritingProxy {
  /** Use as the bot's Graph endpoint. */
  url: string;
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
  const server = createServer(async (request, response) => {
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The HTTP plumbing: routes requests to the endpoints and writes replies, faults included. */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { readCallLogRequest } from './callLogEndpoint';
import { graphError } from './graphErrors';
import { memberGroupsUser } from './memberGroupsEndpoint';
import type { Reply, RequestIds } from './reply';
import { readReportRequest, type ReportRequest } from './reportRequest';
import { tokenPathTenant } from './tokenEndpoint';
import { usersListVersion } from './usersEndpoint';

const MAX_BODY_BYTES = 1_000_000;

/** What the server does with each kind of request. */
export interface Routes {
  token(tenant: string, form: URLSearchParams, ids: RequestIds): Reply;
  memberGroups(userId: string, body: string | null, authorization: string | undefined, ids: RequestIds): Reply;
  report(
    request: Exclude<ReportRequest, { kind: 'notReport' }>,
    url: string,
    authorization: string | undefined,
    ids: RequestIds,
  ): Reply;
  /** `GET /users`: the directory's people, one page. */
  users(version: string, url: string, authorization: string | undefined, ids: RequestIds): Reply;
  /** getPstnCalls: the call log of a range. */
  callLog(request: Exclude<ReportRequest, { kind: 'notReport' }>, authorization: string | undefined, ids: RequestIds): Reply;
}

/** PEM private key and certificate for serving https. */
export interface TlsIdentity {
  key: string;
  cert: string;
}

/** A listening server and how to stop it. */
export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

function requestIds(request: IncomingMessage, query: URLSearchParams): RequestIds {
  const requestId = randomUUID();
  const sent = request.headers['client-request-id'];
  const clientRequestId = typeof sent === 'string' && sent !== '' ? sent : query.get('client-request-id');
  return { requestId, clientRequestId: clientRequestId ?? requestId };
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : null));
    request.on('error', reject);
  });
}

/** Writes a reply whole, cut, reset half way, or not at all. */
function write(response: ServerResponse, reply: Reply, whole = Buffer.from(reply.body, 'utf8')): void {
  if (reply.delivery === 'hang' || response.destroyed) return;
  const half = whole.subarray(0, Math.floor(whole.length / 2));
  const body = reply.delivery === 'truncatedBody' ? half : whole;
  response.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
  if (reply.delivery === 'resetMidBody') {
    // The declared length is the whole body: the client sees the connection die mid-message.
    response.write(half, () => response.destroy());
    return;
  }
  response.end(body);
}

async function route(routes: Routes, request: IncomingMessage): Promise<Reply> {
  const url = request.url ?? '/';
  const mark = url.indexOf('?');
  const pathname = mark < 0 ? url : url.slice(0, mark);
  const ids = requestIds(request, new URLSearchParams(mark < 0 ? '' : url.slice(mark + 1)));

  const tenant = tokenPathTenant(pathname);
  if (tenant !== null) {
    const body = request.method === 'POST' ? await readBody(request) : null;
    return routes.token(tenant, new URLSearchParams(body ?? ''), ids);
  }
  const memberOf = memberGroupsUser(pathname);
  if (memberOf !== null) {
    if (request.method !== 'POST') return graphError(405, ids);
    return routes.memberGroups(memberOf, await readBody(request), request.headers.authorization, ids);
  }
  const usersVersion = usersListVersion(pathname);
  if (usersVersion !== null) {
    if (request.method !== 'GET') return graphError(405, ids);
    return routes.users(usersVersion, url, request.headers.authorization, ids);
  }
  const callLog = readCallLogRequest(url);
  if (callLog.kind !== 'notReport') {
    if (request.method !== 'GET') return graphError(405, ids);
    return routes.callLog(callLog, request.headers.authorization, ids);
  }
  const report = readReportRequest(url);
  if (report.kind === 'notReport') {
    return graphError(404, ids, { message: `Resource not found for the segment '${pathname}'.` });
  }
  if (request.method !== 'GET') return graphError(405, ids);
  return routes.report(report, url, request.headers.authorization, ids);
}

/**
 * Listens on 127.0.0.1 only: the demo tenant accepts any caller that knows its secret,
 * so it must never be reachable from another machine.
 */
export async function listen(routes: Routes, port: number, tls?: TlsIdentity): Promise<RunningServer> {
  const timers = new Set<NodeJS.Timeout>();
  const handle: RequestListener = (request, response) => {
    const arrived = Date.now();
    route(routes, request).then(
      (reply) => {
        // The delay runs from the request's arrival, like a remote server's latency: the time spent
        // building the reply is part of it, not added to it.
        const bytes = Buffer.from(reply.body, 'utf8');
        const wait = reply.delayMs - (Date.now() - arrived);
        if (wait <= 0) return write(response, reply, bytes);
        const timer = setTimeout(() => {
          timers.delete(timer);
          write(response, reply, bytes);
        }, wait);
        timers.add(timer);
      },
      // A request that broke the demo tenant gets what Graph sends for its own bugs.
      () => {
        const requestId = randomUUID();
        write(response, graphError(500, { requestId, clientRequestId: requestId }));
      },
    );
  };
  const server: Server = tls ? createTlsServer({ key: tls.key, cert: tls.cert }, handle) : createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;

  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${boundPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        // Keep-alive and hung connections would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

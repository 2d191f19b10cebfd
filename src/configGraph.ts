/** GRAPH_* variables: the cloud's hosts, overrides, and the app registration (or the demo tenant). */
import { GUID } from './domain/ids';
import { PER_FUNCTION_PER_MINUTE } from './graph/requestPacer';
import { ConfigurationError, flag, integer, value, type Env } from './configValues';

export type GraphCloud = 'global' | 'usgov' | 'dod';

/** How the bot reaches Graph: a real tenant's app registration, or the built-in demo tenant. */
export type GraphSettings =
  /** `realistic`: DEMO_TENANT_REALISTIC, the demo tenant sends the nullable row shapes real tenants send. */
  | { kind: 'demo'; realistic: boolean }
  | {
      kind: 'tenant';
      tenantId: string;
      clientId: string;
      credential: { clientSecret: string } | { certificatePath: string };
      endpoint: string;
      authorityHost: string;
      /** The cloud's Graph resource, the token's audience even when GRAPH_ENDPOINT overrides where requests go. */
      resource: string;
    };

const CLOUD_HOSTS: Record<GraphCloud, { graph: string; login: string }> = {
  global: { graph: 'https://graph.microsoft.com', login: 'https://login.microsoftonline.com' },
  usgov: { graph: 'https://graph.microsoft.us', login: 'https://login.microsoftonline.us' },
  dod: { graph: 'https://dod-graph.microsoft.us', login: 'https://login.microsoftonline.us' },
};

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Parses an endpoint override: https anywhere, plain http only on loopback. */
function endpoint(env: Env, name: string, fallback: string): string {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(name, 'an absolute https:// URL', raw);
  }
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  if (!allowed || url.search || url.hash) {
    throw new ConfigurationError(name, 'an https:// URL (plain http:// only for loopback addresses), without query', raw);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function cloud(env: Env): GraphCloud {
  const raw = (value(env, 'GRAPH_CLOUD') ?? 'global').toLowerCase();
  if (raw === 'china') {
    throw new ConfigurationError('GRAPH_CLOUD', 'global, usgov or dod: the dial-out report is not offered in the China cloud', raw);
  }
  if (raw !== 'global' && raw !== 'usgov' && raw !== 'dod') {
    throw new ConfigurationError('GRAPH_CLOUD', 'one of global, usgov, dod', raw);
  }
  return raw;
}

export function graphSettings(env: Env): GraphSettings {
  const hosts = CLOUD_HOSTS[cloud(env)];
  const clientId = value(env, 'GRAPH_CLIENT_ID');
  if (clientId === undefined) return { kind: 'demo', realistic: flag(env, 'DEMO_TENANT_REALISTIC', false) };
  if (!GUID.test(clientId)) throw new ConfigurationError('GRAPH_CLIENT_ID', 'the application (client) id, a GUID', clientId);
  const tenantId = value(env, 'GRAPH_TENANT_ID');
  if (tenantId === undefined || !(GUID.test(tenantId) || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(tenantId))) {
    throw new ConfigurationError('GRAPH_TENANT_ID', 'the directory (tenant) id GUID or a verified domain, when GRAPH_CLIENT_ID is set', tenantId);
  }
  const clientSecret = value(env, 'GRAPH_CLIENT_SECRET');
  const certificatePath = value(env, 'GRAPH_CERTIFICATE_PATH');
  if ((clientSecret === undefined) === (certificatePath === undefined)) {
    throw new ConfigurationError('GRAPH_CLIENT_SECRET', 'set, or GRAPH_CERTIFICATE_PATH set instead (exactly one of the two)', undefined);
  }
  return {
    kind: 'tenant',
    tenantId,
    clientId,
    credential: clientSecret !== undefined ? { clientSecret } : { certificatePath: certificatePath as string },
    endpoint: endpoint(env, 'GRAPH_ENDPOINT', hosts.graph),
    authorityHost: endpoint(env, 'GRAPH_AUTHORITY_HOST', hosts.login),
    resource: hosts.graph,
  };
}


/**
 * GRAPH_REQUESTS_PER_MINUTE: report requests each function (the dial-out report, getPstnCalls) may
 * send in any 60 s. At most 100, so the two functions together stay within the app's 200.
 * @example graphRequestsPerMinute({ GRAPH_REQUESTS_PER_MINUTE: '40' }) // 40
 */
export function graphRequestsPerMinute(env: Env): number {
  return integer(env, 'GRAPH_REQUESTS_PER_MINUTE', PER_FUNCTION_PER_MINUTE, 1, 100);
}

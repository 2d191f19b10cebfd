/** Access variables: which tenants are served, who may see costs, names in shared chats, and the question limit. */
import type { GraphSettings } from './configGraph';
import type { AccessRules } from './domain/access';
import { GUID } from './domain/ids';
import { ConfigurationError, flag, integer, value, type Env } from './configValues';

/**
 * The tenant id the Microsoft 365 Agents Playground puts on every activity (its default
 * configuration; not a well-formed GUID). The demo tenant serves it so `npm start` just works.
 */
export const AGENTS_PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';

export interface AccessConfig extends AccessRules {
  showNamesInSharedChats: boolean;
  questionsPerMinute: number;
}

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;

function idList(env: Env, name: string, pattern: RegExp, expected: string): string[] | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  const ids = raw.split(/[,;\s]+/).filter((id) => id !== '');
  const wrong = ids.find((id) => !pattern.test(id));
  if (wrong !== undefined || ids.length === 0) throw new ConfigurationError(name, expected, wrong ?? raw);
  return ids.map((id) => id.toLowerCase());
}

function allowedTenants(env: Env, graph: GraphSettings, botTenantId: string): string[] {
  const listed = idList(env, 'ALLOWED_TENANT_IDS', TENANT_ID, 'a comma-separated list of tenant id GUIDs');
  if (listed) return listed;
  if (graph.kind === 'tenant' && GUID.test(graph.tenantId)) return [graph.tenantId.toLowerCase()];
  if (botTenantId !== '') return [botTenantId.toLowerCase()];
  if (graph.kind === 'demo') return [AGENTS_PLAYGROUND_TENANT_ID];
  throw new ConfigurationError('ALLOWED_TENANT_IDS', 'the tenant id GUID(s) to serve, since GRAPH_TENANT_ID is a domain name', undefined);
}

/**
 * Reads ALLOWED_TENANT_IDS, ADMIN_USER_IDS, ADMIN_GROUP_ID, ADMIN_CACHE_MINUTES,
 * SHOW_NAMES_IN_SHARED_CHATS and QUESTIONS_PER_MINUTE.
 * @example accessConfig({ ADMIN_GROUP_ID: '…' }, { kind: 'demo' }, '')
 */
export function accessConfig(env: Env, graph: GraphSettings, botTenantId: string): AccessConfig {
  const adminGroupId = value(env, 'ADMIN_GROUP_ID');
  if (adminGroupId !== undefined && !GUID.test(adminGroupId)) {
    throw new ConfigurationError('ADMIN_GROUP_ID', 'the object id (a GUID) of an Entra group', adminGroupId);
  }
  return {
    allowedTenantIds: allowedTenants(env, graph, botTenantId),
    adminUserIds: idList(env, 'ADMIN_USER_IDS', GUID, 'a comma-separated list of Entra user object ids (GUIDs)') ?? [],
    adminGroupId: adminGroupId?.toLowerCase(),
    adminCacheMinutes: integer(env, 'ADMIN_CACHE_MINUTES', 10, 1, 1440),
    showNamesInSharedChats: flag(env, 'SHOW_NAMES_IN_SHARED_CHATS', false),
    questionsPerMinute: integer(env, 'QUESTIONS_PER_MINUTE', 10, 1, 1000),
  };
}

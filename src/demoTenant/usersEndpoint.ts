/** `GET /v1.0/users` (and `/beta/users`): the directory's people with `$select`, paged by `$top` and `@odata.nextLink`. */
import type { AccessTokens } from './accessTokens';
import type { DemoTenantStats } from './demoTenantStats';
import { graphError } from './graphErrors';
import { directoryUser, isDeleted, type DirectoryUser } from './orgAttributes';
import { ODATA_JSON } from './rangeRequestGate';
import { jsonReply, type Reply, type RequestIds } from './reply';
import type { GraphThrottling } from './requestRateLimit';
import type { SyntheticUsers } from './syntheticUsers';

const PATH = /^\/(v1\.0|beta)\/users\/?$/;

/** The properties this directory knows; Graph returns the first three when no `$select` is given. */
const PROPERTIES = ['id', 'displayName', 'userPrincipalName', 'department', 'officeLocation', 'companyName', 'employeeOrgData'] as const;
type Property = (typeof PROPERTIES)[number];
const DEFAULT_SELECT: readonly Property[] = ['id', 'displayName', 'userPrincipalName'];

/** Graph's default and largest page of users. */
const DEFAULT_TOP = 100;
const MAX_TOP = 999;

/** Either application permission lets an app list users with these properties. */
const READ_ROLES = ['User.Read.All', 'Directory.Read.All'];

/** What the endpoint reads or updates. */
export interface UsersEndpoint {
  origin: string;
  users: SyntheticUsers;
  tokens: AccessTokens;
  limit: GraphThrottling;
  stats: DemoTenantStats;
}

/** The API version of a `/users` list path, or null for any other path. */
export function usersListVersion(pathname: string): string | null {
  return PATH.exec(pathname)?.[1] ?? null;
}

function readSelect(text: string | null): readonly Property[] | string {
  if (text === null) return DEFAULT_SELECT;
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !PROPERTIES.some((known) => known.toLowerCase() === name.toLowerCase()));
  if (unknown !== undefined) return `Could not find a property named '${unknown}' on type 'microsoft.graph.user'.`;
  return PROPERTIES.filter((known) => known === 'id' || names.some((name) => name.toLowerCase() === known.toLowerCase()));
}

/** The skip token is opaque to clients, as Graph's is; here it hides the index of the next person. */
function skipToken(index: number): string {
  return Buffer.from(`demo-users:${index}`).toString('base64url');
}

function tokenIndex(token: string | null): number | undefined {
  if (token === null) return 0;
  const match = /^demo-users:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

/** The people still in the directory, by index; computed once per tenant. */
const listed = new WeakMap<SyntheticUsers, Uint32Array>();

function directoryIndexes(users: SyntheticUsers): Uint32Array {
  let indexes = listed.get(users);
  if (indexes === undefined) {
    const kept: number[] = [];
    for (let index = 0; index < users.count; index += 1) if (!isDeleted(users, index)) kept.push(index);
    indexes = Uint32Array.from(kept);
    listed.set(users, indexes);
  }
  return indexes;
}

function selected(user: DirectoryUser, select: readonly Property[]): Record<string, unknown> {
  return Object.fromEntries(select.map((property) => [property, user[property]]));
}

/**
 * Answers like Graph: 401 for a bad token, 403 (`Authorization_RequestDenied`) without User.Read.All or
 * Directory.Read.All, 429 past the demo's throttling limits, 400 for an unknown `$select` property or a
 * `$top` outside 1–999; otherwise one page of people (deleted ones are not listed) with
 * `@odata.nextLink` while more remain.
 */
export function answerUsersRequest(endpoint: UsersEndpoint, version: string, url: string, authorization: string | undefined, ids: RequestIds): Reply {
  endpoint.stats.usersRequests += 1;
  const problem = endpoint.tokens.problemWith(authorization);
  if (problem !== null) return graphError(401, ids, { message: problem });
  const roles = endpoint.tokens.rolesOf(authorization);
  if (!READ_ROLES.some((role) => roles.includes(role))) {
    return graphError(403, ids, { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
  }
  const admission = endpoint.limit.admit('users');
  if (!admission.admitted) {
    endpoint.stats.throttledRequests += 1;
    return graphError(429, ids, { retryAfterSeconds: admission.retryAfterSeconds });
  }
  const query = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  const select = readSelect(query.get('$select'));
  if (typeof select === 'string') return graphError(400, ids, { code: 'Request_BadRequest', message: select });
  const top = query.get('$top') === null ? DEFAULT_TOP : Number(query.get('$top'));
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) return graphError(400, ids, { code: 'Request_UnsupportedQuery', message: 'Invalid page size specified.' });
  const start = tokenIndex(query.get('$skiptoken'));
  if (start === undefined) return graphError(400, ids, { code: 'Request_BadRequest', message: 'Invalid skip token.' });

  const indexes = directoryIndexes(endpoint.users);
  const end = Math.min(indexes.length, start + top);
  const value: Record<string, unknown>[] = [];
  for (let position = start; position < end; position += 1) value.push(selected(directoryUser(endpoint.users, indexes[position] as number), select));
  const next = new URLSearchParams({ $select: select.join(','), $top: String(top), $skiptoken: skipToken(end) });
  const page = {
    '@odata.context': `${endpoint.origin}/${version}/$metadata#users(${select.join(',')})`,
    ...(end < indexes.length ? { '@odata.nextLink': `${endpoint.origin}/${version}/users?${next.toString()}` } : {}),
    value,
  };
  return jsonReply(200, page, ids, { 'Content-Type': ODATA_JSON });
}

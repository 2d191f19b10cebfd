/** `POST /v1.0/users/{id}/checkMemberGroups`: which of the given groups a user belongs to (for the admin check). */
import type { AccessTokens } from './accessTokens';
import { graphError } from './graphErrors';
import { jsonReply, type Reply, type RequestIds } from './reply';

const PATH = /^\/v1\.0\/users\/([^/]+)\/checkMemberGroups$/;

/** The user id in a checkMemberGroups path, or null for any other path. */
export function memberGroupsUser(pathname: string): string | null {
  const match = PATH.exec(pathname);
  return match ? decodeURIComponent(match[1] as string).toLowerCase() : null;
}

/**
 * Answers like Graph: `{ value: [group ids the user is a direct or transitive member of] }`.
 * `groups` maps lower-case group ids to their members' lower-case object ids.
 */
export function answerMemberGroups(
  tokens: AccessTokens,
  groups: ReadonlyMap<string, ReadonlySet<string>>,
  userId: string,
  body: string | null,
  authorization: string | undefined,
  ids: RequestIds,
): Reply {
  const problem = tokens.problemWith(authorization);
  if (problem !== null) return graphError(401, ids, { message: problem });
  let groupIds: unknown;
  try {
    groupIds = (JSON.parse(body ?? '') as { groupIds?: unknown }).groupIds;
  } catch {
    groupIds = undefined;
  }
  if (!Array.isArray(groupIds) || groupIds.length === 0 || groupIds.length > 20 || !groupIds.every((id) => typeof id === 'string')) {
    return graphError(400, ids, { message: 'groupIds must be a list of 1 to 20 group ids.' });
  }
  const value = (groupIds as string[]).filter((id) => groups.get(id.toLowerCase())?.has(userId) === true);
  return jsonReply(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)', value }, ids);
}

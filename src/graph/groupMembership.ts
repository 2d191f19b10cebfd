/** Entra group membership through Graph's checkMemberGroups, for the admin-group check. */
import { isGuid } from '../domain/ids';
import type { GraphClient } from './graphClient';
import { GraphRequestError } from './graphErrors';


/**
 * Needs the application permissions User.Read.All and GroupMember.Read.All (or Directory.Read.All).
 * @example await new GraphGroupMembership(client, 'https://graph.microsoft.com').isMember(userId, groupId)
 */
export class GraphGroupMembership {
  constructor(
    private readonly client: GraphClient,
    private readonly endpoint: string,
  ) {}

  /** Whether the user is a direct or transitive member of the group. */
  async isMember(userObjectId: string, groupId: string): Promise<boolean> {
    // Both ids end up in the URL or body: only GUIDs, never text from a message, go there.
    if (!isGuid(userObjectId) || !isGuid(groupId)) return false;
    const url = `${this.endpoint}/v1.0/users/${userObjectId}/checkMemberGroups`;
    const { body, requestId } = await this.client.postJson(url, { groupIds: [groupId] });
    const value = (body as { value?: unknown } | null)?.value;
    if (!Array.isArray(value)) throw new GraphRequestError('malformedPage', 'checkMemberGroups answered without a value list', { requestId });
    return value.some((id) => typeof id === 'string' && id.toLowerCase() === groupId.toLowerCase());
  }
}

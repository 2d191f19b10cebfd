/** Which tenant an activity comes from: the one place that reads it, for the access check and for storage keys alike. */
import type { Activity } from 'botbuilder';

/** The tenant id (lower case), none when the activity names no tenant, or a mismatch when its two fields disagree. */
export type ActivityTenant = { kind: 'tenant'; id: string } | { kind: 'none' } | { kind: 'mismatch' };

function idIn(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.toLowerCase() : undefined;
}

/**
 * Teams names the tenant twice, in `channelData.tenant.id` and `conversation.tenantId`; either may
 * be missing. When both are there they must be the same tenant (ids are GUIDs whose case varies).
 * @example activityTenant({ conversation: { tenantId: 'ABC' }, channelData: { tenant: { id: 'abc' } } }) // { kind: 'tenant', id: 'abc' }
 */
export function activityTenant(activity: Partial<Activity>): ActivityTenant {
  const fromChannelData = idIn((activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id);
  const fromConversation = idIn(activity.conversation?.tenantId);
  if (fromChannelData && fromConversation && fromChannelData !== fromConversation) return { kind: 'mismatch' };
  const id = fromChannelData ?? fromConversation;
  return id ? { kind: 'tenant', id } : { kind: 'none' };
}

/** Reads from an incoming activity which conversation it is and what a proactive post there needs. */
import { TurnContext, type Activity } from 'botbuilder';
import { channelConversationId, type ConversationAddress } from '../teams/conversationKeys';
import type { ConversationRecord } from '../teams/conversationStore';
import { activityTenant } from './activityTenant';
import { localeOf } from './turnSettings';

interface TeamsChannelData {
  team?: { id?: string };
  eventType?: string;
}

function channelData(activity: Partial<Activity>): TeamsChannelData {
  const data: unknown = activity.channelData;
  return typeof data === 'object' && data !== null ? (data as TeamsChannelData) : {};
}

/**
 * The tenant and conversation (a channel rather than one of its threads). The access gate refuses
 * an activity whose tenant ids disagree before anything is stored, so such an activity never gets here.
 */
export function addressOf(activity: Partial<Activity>): ConversationAddress {
  const tenant = activityTenant(activity);
  if (tenant.kind === 'mismatch') throw new Error('the activity names two different tenants');
  return {
    tenantId: tenant.kind === 'tenant' ? tenant.id : '',
    conversationId: channelConversationId(activity.conversation?.id ?? ''),
  };
}

/** The team the activity happened in, for channel activities and team events. */
export function teamIdOf(activity: Partial<Activity>): string | undefined {
  return channelData(activity).team?.id;
}

/** Teams' `conversationUpdate` event type, e.g. `teamDeleted`. */
export function eventTypeOf(activity: Partial<Activity>): string | undefined {
  return channelData(activity).eventType;
}

/**
 * What to keep about the conversation: the reference without the activity id (a summary starts
 * a new post instead of replying to an old message) and without the user's name.
 */
export function recordOf(activity: Activity, now: Date): ConversationRecord {
  const address = addressOf(activity);
  const reference = TurnContext.getConversationReference(activity);
  const teamId = teamIdOf(activity);
  return {
    ...address,
    conversationType: activity.conversation.conversationType ?? 'personal',
    ...(teamId ? { teamId } : {}),
    reference: {
      channelId: reference.channelId,
      serviceUrl: reference.serviceUrl,
      bot: reference.bot,
      user: reference.user ? { id: reference.user.id, name: '' } : undefined,
      conversation: { ...activity.conversation, id: address.conversationId },
    },
    locale: localeOf(activity),
    updatedAt: now.toISOString(),
  };
}

/** Activities of one Teams conversation whose serviceUrl is a fake connector: messages, installs, removals. */
import { AGENTS_PLAYGROUND_TENANT_ID } from '../../src/configAccess';
import { randomUUID } from 'node:crypto';

/** The tenant of every test conversation: the one the demo tenant serves. */
export const TEST_TENANT_ID = AGENTS_PLAYGROUND_TENANT_ID;

export interface ConversationOptions {
  serviceUrl: string;
  conversationId: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  tenantId?: string;
  teamId?: string;
  locale?: string;
  /** The writer's Entra object id (default: the admin-looking …a1). */
  aadObjectId?: string;
}

/** The activities a test posts to the bot for one conversation. */
export function teamsConversation(options: ConversationOptions) {
  const tenantId = options.tenantId ?? TEST_TENANT_ID;
  const common = (): Record<string, unknown> => ({
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    from: { id: 'user-1', name: 'Avery Admin', aadObjectId: options.aadObjectId ?? '00000000-0000-0000-0000-0000000000a1' },
    recipient: { id: 'bot-1', name: 'Dial-out Insights' },
    conversation: { id: options.conversationId, conversationType: options.conversationType, tenantId, isGroup: options.conversationType !== 'personal' },
    channelData: { tenant: { id: tenantId }, ...(options.teamId ? { team: { id: options.teamId } } : {}) },
    locale: options.locale ?? 'en-US',
    localTimezone: 'UTC',
    timestamp: new Date().toISOString(),
  });
  return {
    address: { tenantId, conversationId: options.conversationId.replace(/;messageid=\d+$/, '') },
    /** A message answered in the HTTP response (expectReplies). */
    message: (text: string): Record<string, unknown> => ({ ...common(), deliveryMode: 'expectReplies', type: 'message', text }),
    installed: (): Record<string, unknown> => ({ ...common(), type: 'installationUpdate', action: 'add' }),
    /** Teams' other install signal; its welcome card comes back in the response. */
    botAdded: (): Record<string, unknown> => ({ ...common(), deliveryMode: 'expectReplies', type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }] }),
    uninstalled: (): Record<string, unknown> => ({ ...common(), type: 'installationUpdate', action: 'remove' }),
    botRemoved: (): Record<string, unknown> => ({ ...common(), type: 'conversationUpdate', membersRemoved: [{ id: 'bot-1' }] }),
    teamDeleted: (): Record<string, unknown> => ({
      ...common(),
      type: 'conversationUpdate',
      channelData: { tenant: { id: tenantId }, team: { id: options.teamId }, eventType: 'teamDeleted' },
    }),
  };
}

/** The text replies of an expectReplies turn. */
export function replyTexts(body: { activities?: Array<{ text?: string }> } | undefined): string[] {
  return (body?.activities ?? []).map((activity) => activity.text ?? '').filter((text) => text !== '');
}

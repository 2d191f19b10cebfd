/** Storage keys of what the bot keeps per conversation; every key holds the tenant id and the conversation id. */

/** Which conversation: Teams conversation ids are unique within a tenant. */
export interface ConversationAddress {
  tenantId: string;
  conversationId: string;
}

const CONVERSATIONS = 'conversations/';
const SUBSCRIPTIONS = 'subscriptions/';

/** Stands in for a tenant id an activity lacks (the emulator's, say); it never collides with a GUID. */
const NO_TENANT = '-';

function segment(text: string): string {
  return encodeURIComponent(text);
}

function keyOf(prefix: string, address: ConversationAddress): string {
  return `${prefix}${segment(address.tenantId || NO_TENANT)}/${segment(address.conversationId)}`;
}

/**
 * The channel itself for a message in a channel thread: Teams writes the thread into the
 * conversation id (`19:…@thread.tacv2;messageid=…`), but a summary starts a new post in the channel.
 * @example channelConversationId('19:abc@thread.tacv2;messageid=1700000000000') // '19:abc@thread.tacv2'
 */
export function channelConversationId(conversationId: string): string {
  return conversationId.replace(/;messageid=\d+$/i, '');
}

/** The key of a conversation's reference. */
export function conversationKey(address: ConversationAddress): string {
  return keyOf(CONVERSATIONS, address);
}

/** The key prefix of one tenant's conversation references. */
export function tenantConversationsPrefix(tenantId: string): string {
  return `${CONVERSATIONS}${segment(tenantId || NO_TENANT)}/`;
}

/** The key of a conversation's subscription (and its delivery claims). */
export function subscriptionKey(address: ConversationAddress): string {
  return keyOf(SUBSCRIPTIONS, address);
}

/** The key prefix of every subscription. */
export const SUBSCRIPTIONS_PREFIX = SUBSCRIPTIONS;

/** The conversation a subscription key belongs to; undefined for a key of another shape. */
export function addressOfSubscriptionKey(key: string): ConversationAddress | undefined {
  if (!key.startsWith(SUBSCRIPTIONS)) return undefined;
  const parts = key.slice(SUBSCRIPTIONS.length).split('/');
  if (parts.length !== 2) return undefined;
  const [tenant, conversation] = parts.map(decodeURIComponent) as [string, string];
  return { tenantId: tenant === NO_TENANT ? '' : tenant, conversationId: conversation };
}

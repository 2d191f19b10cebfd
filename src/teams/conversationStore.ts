/** Conversation references kept for proactive posts: saved on install and on messages, forgotten on uninstall. */
import type { ConversationReference } from 'botbuilder';
import { readItem } from '../storage/readItem';
import type { StateStorage } from '../storage/stateStorage';
import { conversationKey, subscriptionKey, tenantConversationsPrefix, type ConversationAddress } from './conversationKeys';

/** What a proactive post needs to reach a conversation, and how to write to it. */
export interface ConversationRecord extends ConversationAddress {
  /** `personal`, `groupChat` or `channel`. */
  conversationType: string;
  /** The team of a channel, so that removing the bot from a team forgets all its channels. */
  teamId?: string;
  /** Everything `continueConversationAsync` needs; no activity id, so a post starts a new message. */
  reference: Partial<ConversationReference>;
  /** The locale of the last message, for formatting the summary. */
  locale: string;
  updatedAt: string;
}

/**
 * Reads and writes conversation records in the bot's state storage.
 * @example await conversations.save(record); await conversations.forget({ tenantId, conversationId });
 */
export class ConversationStore {
  constructor(private readonly storage: StateStorage) {}

  async get(address: ConversationAddress): Promise<ConversationRecord | undefined> {
    return readItem<ConversationRecord>(this.storage, conversationKey(address));
  }

  /** Saves (or refreshes) the record; the last writer wins, which is right for "the latest reference". */
  async save(record: ConversationRecord): Promise<void> {
    await this.storage.write({ [conversationKey(record)]: { ...record, eTag: '*' } });
  }

  /** Forgets a conversation and its subscription: the bot can no longer post there. */
  async forget(address: ConversationAddress): Promise<void> {
    await this.storage.delete([conversationKey(address), subscriptionKey(address)]);
  }

  /** Forgets every conversation of a team (its channels); returns those forgotten. */
  async forgetTeam(tenantId: string, teamId: string): Promise<ConversationAddress[]> {
    const keys = await this.storage.keys(tenantConversationsPrefix(tenantId));
    const items = await this.storage.read(keys);
    const ofTeam = Object.values(items)
      .map((item) => item as ConversationRecord)
      .filter((record) => record.teamId === teamId || record.conversationId === teamId);
    for (const record of ofTeam) await this.forget(record);
    return ofTeam.map(({ tenantId: t, conversationId }) => ({ tenantId: t, conversationId }));
  }
}

/** Subscriptions to the monthly summary, and the claims that make each month's post happen exactly once. */
import { readItem } from '../storage/readItem';
import type { StateStorage } from '../storage/stateStorage';
import { updateItem } from '../storage/updateItem';
import { addressOfSubscriptionKey, subscriptionKey, SUBSCRIPTIONS_PREFIX, type ConversationAddress } from '../teams/conversationKeys';
import { decideClaim, markedSent, pausedRecord, releasedClaim, type Claimant, type ClaimOutcome, type Ledger, type SubscriptionRecord } from './deliveryClaims';
import type { Month } from './summaryMonth';

/**
 * Every change is a read-modify-write guarded by the record's eTag, so instances sharing the
 * storage never overwrite one another: of two instances claiming the same month, one wins.
 * @example if ((await subscriptions.claim(address, '2026-10', claimant)) === 'claimed') await post();
 */
export class SubscriptionStore {
  constructor(private readonly storage: StateStorage) {}

  async get(address: ConversationAddress): Promise<SubscriptionRecord | undefined> {
    return readItem<SubscriptionRecord>(this.storage, subscriptionKey(address));
  }

  /** Every conversation with a subscription record (active or not). */
  async addresses(): Promise<ConversationAddress[]> {
    const keys = await this.storage.keys(SUBSCRIPTIONS_PREFIX);
    return keys.map(addressOfSubscriptionKey).filter((a): a is ConversationAddress => a !== undefined);
  }

  /** Subscribes the conversation; false when it already was. Earlier deliveries are kept, so a month is never posted twice. */
  async subscribe(address: ConversationAddress, by: SubscriptionRecord['subscribedBy'], now: Date): Promise<boolean> {
    const { written } = await updateItem<SubscriptionRecord>(this.storage, subscriptionKey(address), (current) =>
      current?.active
        ? undefined
        : { ...address, active: true, subscribedAt: now.toISOString(), subscribedBy: by, deliveries: current?.deliveries ?? {} },
    );
    return written;
  }

  /** Unsubscribes the conversation; false when it was not subscribed. */
  async unsubscribe(address: ConversationAddress): Promise<boolean> {
    const { written } = await updateItem<SubscriptionRecord>(this.storage, subscriptionKey(address), (current) =>
      current?.active ? { ...current, active: false } : undefined,
    );
    return written;
  }

  /** Tries to claim the month's post (in `ledger`: an alert's) for this conversation (a conditional write: one claimant wins). */
  async claim(address: ConversationAddress, month: Month, claimant: Claimant, ledger: Ledger = 'deliveries'): Promise<ClaimOutcome> {
    // The decision on the last read is the one that counts: a conflict re-reads and decides again.
    const last = { outcome: 'notSubscribed' as ClaimOutcome };
    await updateItem<SubscriptionRecord>(this.storage, subscriptionKey(address), (current) => {
      const decision = decideClaim(current, month, claimant, ledger);
      last.outcome = decision.outcome;
      return decision.next;
    });
    return last.outcome;
  }

  /** Records the post, with the activity id Teams gave it. */
  async markSent(address: ConversationAddress, month: Month, instanceId: string, activityId: string | undefined, now: Date, ledger: Ledger = 'deliveries'): Promise<void> {
    const sent = { state: 'sent' as const, by: instanceId, at: now.toISOString(), ...(activityId ? { activityId } : {}) };
    await updateItem<SubscriptionRecord>(this.storage, subscriptionKey(address), (current) => markedSent(current, month, sent, ledger));
  }

  /** Pauses the subscription (the subscriber lost access) and gives up this instance's claim on the month. */
  async pause(address: ConversationAddress, month: Month, instanceId: string, now: Date, ledger: Ledger = 'deliveries'): Promise<void> {
    await updateItem<SubscriptionRecord>(this.storage, subscriptionKey(address), (current) => pausedRecord(current, month, instanceId, now, ledger));
  }

  /** Gives up this instance's claim after a failed post, so that the next run tries again. */
  async release(address: ConversationAddress, month: Month, instanceId: string, ledger: Ledger = 'deliveries'): Promise<void> {
    await updateItem<SubscriptionRecord>(this.storage, subscriptionKey(address), (current) => releasedClaim(current, month, instanceId, ledger));
  }
}

/** Posts a card into a conversation on the bot's own initiative: paced, retried when throttled, "gone" when removed. */
import { setTimeout as sleep } from 'node:timers/promises';
import { CardFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { retryDelay, type RetryPolicy } from '../domain/retryPolicy';
import { classifyFailure } from './connectorFailures';
import { isConnectorGaveUp } from './connectorRetry';

/** The result of one post: sent (with Teams' activity id), the bot is gone from the conversation, or failed. */
export type DeliveryOutcome =
  | { kind: 'sent'; activityId: string | undefined }
  | { kind: 'gone'; status: number | undefined; code: string | undefined }
  | { kind: 'failed'; status: number | undefined; code: string | undefined; error: unknown };

export interface DeliveryOptions {
  retry: RetryPolicy;
  /** Least time between two posts of this instance: Teams allows about 50 a second per app and tenant. */
  minIntervalMs: number;
}

/** A summary is posted in the background: it may wait for the connector longer than a reply would. */
export const DEFAULT_DELIVERY: DeliveryOptions = { retry: { maxAttempts: 4, maxWaitMs: 120_000, baseDelayMs: 1_000, maxDelayMs: 30_000 }, minIntervalMs: 100 };

/**
 * Sends through `adapter.continueConversationAsync(botAppId, reference, …)`; `botAppId` is empty in local mode.
 * @example const outcome = await delivery.post(record.reference, card); if (outcome.kind === 'gone') forget();
 */
export class ProactiveDelivery {
  private nextSlot = 0;

  constructor(
    private readonly adapter: Pick<CloudAdapter, 'continueConversationAsync'>,
    private readonly botAppId: string,
    private readonly options: DeliveryOptions = DEFAULT_DELIVERY,
  ) {}

  async post(reference: Partial<ConversationReference>, card: object): Promise<DeliveryOutcome> {
    let waited = 0;
    for (let attempt = 1; ; attempt += 1) {
      await this.paced();
      const { activityId, error } = await this.sendOnce(reference, card);
      if (error === undefined) return { kind: 'sent', activityId };
      const facts = classifyFailure(error);
      if (facts.kind === 'gone') return { kind: 'gone', status: facts.status, code: facts.code };
      // The app's adapter retries every send itself (ConnectorRetry): what it gave up on is not retried twice.
      const wait = facts.kind === 'retry' && !isConnectorGaveUp(error) ? retryDelay(this.options.retry, attempt, waited, facts.retryAfterMs) : undefined;
      if (wait === undefined) return { kind: 'failed', status: facts.status, code: facts.code, error };
      waited += wait;
      await sleep(wait);
    }
  }

  /**
   * The error is caught inside the turn: thrown out of it, the adapter's onTurnError would
   * swallow it and try to tell the (unreachable) conversation.
   */
  private async sendOnce(reference: Partial<ConversationReference>, card: object): Promise<{ activityId?: string; error?: unknown }> {
    let result: { activityId?: string; error?: unknown } = { error: new Error('the conversation was not reached') };
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        try {
          const response = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
          result = { activityId: response?.id };
        } catch (error) {
          result = { error };
        }
      });
    } catch (error) {
      // Failures before the turn starts (a connector token that cannot be had, say).
      result = { error };
    }
    return result;
  }

  /** Reserves the next send slot; concurrent runs of one instance share the pace. */
  private async paced(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + this.options.minIntervalMs;
    if (slot > now) await sleep(slot - now);
  }
}

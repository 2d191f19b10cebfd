/** One monthly run: find the conversations due, read the reports once, then claim, post and record each conversation. */
import { setTimeout as sleep } from 'node:timers/promises';
import { summaryPausedCard } from '../cards/noticeCard';
import { summaryCard, type MonthSummary } from '../cards/summaryCard';
import { log } from '../log';
import type { ComparisonSettings } from '../report/monthComparison';
import type { ConversationAddress } from '../teams/conversationKeys';
import type { ConversationRecord } from '../teams/conversationStore';
import { decideClaim, type Claimant } from './deliveryClaims';
import { subscriberOf } from './subscriberAccess';
import { loadMonthSummary } from './summaryReports';
import type { Month } from './summaryMonth';
import type { ProactiveJobParts } from './proactiveJobParts';
import { TrackedRuns } from '../domain/trackedRuns';

const RECORD_ATTEMPTS = 3;

/**
 * What a run did, per conversation: posted now, skipped (already posted or being posted), failed (retried later),
 * removed (bot gone), paused (the subscriber may no longer see costs: a notice without figures instead).
 */
export interface MonthlyRunResult {
  month: Month;
  posted: number;
  skipped: number;
  failed: number;
  removed: number;
  paused: number;
  /** Set when the month's report could not be read: nothing was posted. */
  error?: 'reportUnavailable';
}

export interface RunOptions {
  /** Only subscriptions made before this instant (the time the summary was due) get the month. */
  subscribedBefore?: Date;
}

export interface MonthlySummaryJobParts extends ProactiveJobParts {
  comparison: ComparisonSettings;
}

/**
 * Runs may overlap, in one instance or several sharing the storage: the per-conversation claim
 * makes each (conversation, month) post happen once. `stop()` lets the post under way finish.
 * @example const result = await job.run('2026-10'); // { month: '2026-10', posted: 3, skipped: 0, failed: 0, removed: 0 }
 */
export class MonthlySummaryJob {
  private readonly runs = new TrackedRuns<MonthlyRunResult>();

  constructor(private readonly parts: MonthlySummaryJobParts) {}

  run(month: Month, options: RunOptions = {}): Promise<MonthlyRunResult> {
    return this.runs.track(this.execute(month, options));
  }

  /** No new posts start; resolves once the runs under way have stopped. */
  async stop(): Promise<void> {
    await this.runs.stop();
  }

  private claimant(options: RunOptions): Claimant {
    const { instanceId, claimLeaseMs, clock } = this.parts;
    return { instanceId, now: clock(), leaseMs: claimLeaseMs, subscribedBefore: options.subscribedBefore };
  }

  private async execute(month: Month, options: RunOptions): Promise<MonthlyRunResult> {
    const result: MonthlyRunResult = { month, posted: 0, skipped: 0, failed: 0, removed: 0, paused: 0 };
    const due = await this.dueConversations(month, options, result);
    if (due.length > 0 && !this.runs.stopping) {
      let summary: MonthSummary | undefined;
      try {
        summary = await loadMonthSummary(this.parts.reports, month, this.parts.timeZone, this.parts.comparison);
      } catch (error) {
        log.error('monthly summary: the report could not be read; nothing posted, the next run retries', { month, error });
        result.failed += due.length;
        result.error = 'reportUnavailable';
      }
      if (summary) await this.deliverAll(due, month, summary, options, result);
    }
    log.info('monthly summary run', { ...result, instance: this.parts.instanceId });
    return result;
  }

  /** Reads only (no claim yet), so that a run with nothing to post never reads the report. */
  private async dueConversations(month: Month, options: RunOptions, result: MonthlyRunResult): Promise<ConversationAddress[]> {
    const due: ConversationAddress[] = [];
    for (const address of await this.parts.subscriptions.addresses()) {
      try {
        const { outcome } = decideClaim(await this.parts.subscriptions.get(address), month, this.claimant(options));
        if (outcome === 'claimed') due.push(address);
        else if (outcome !== 'notSubscribed') result.skipped += 1;
      } catch (error) {
        log.error('monthly summary: subscription unreadable', { ...address, error });
        result.failed += 1;
      }
    }
    return due;
  }

  private async deliverAll(due: ConversationAddress[], month: Month, summary: MonthSummary, options: RunOptions, result: MonthlyRunResult): Promise<void> {
    const cards = new Map<string, object>();
    const cardFor = (locale: string, conversationType: string): object => {
      const showNames = conversationType === 'personal' || this.parts.showNamesInSharedChats;
      const key = `${locale}|${showNames}`;
      let card = cards.get(key);
      if (!card) cards.set(key, (card = summaryCard(summary, { locale, demoTenant: this.parts.demoTenant, showNames })));
      return card;
    };
    for (const [index, address] of due.entries()) {
      if (this.runs.stopping) {
        log.warn('monthly summary: stopping; the rest is left for the next run', { month, left: due.length - index });
        result.failed += due.length - index;
        return;
      }
      await this.deliverOne(address, month, cardFor, options, result);
    }
  }

  private async deliverOne(address: ConversationAddress, month: Month, cardFor: (locale: string, conversationType: string) => object, options: RunOptions, result: MonthlyRunResult): Promise<void> {
    const { subscriptions, conversations, delivery, instanceId } = this.parts;
    let claimed = false;
    try {
      const outcome = await subscriptions.claim(address, month, this.claimant(options));
      if (outcome === 'alreadySent' || outcome === 'inProgress') result.skipped += 1;
      if (outcome !== 'claimed') return;
      claimed = true;
      const conversation = await conversations.get(address);
      if (!conversation) {
        log.warn('monthly summary: no conversation reference; subscription dropped', { ...address, month });
        await conversations.forget(address);
        result.removed += 1;
        return;
      }
      // Access is checked at every delivery: admin rights may have been taken away since the subscription.
      const subscription = await subscriptions.get(address);
      if (!subscription?.active) {
        await subscriptions.release(address, month, instanceId); // unsubscribed meanwhile
        return;
      }
      const access = await this.parts.subscriberAccess(subscriberOf(subscription));
      if (access === 'unavailable') {
        log.warn('monthly summary: the subscriber\'s access could not be checked; the next run retries', { ...address, month });
        await subscriptions.release(address, month, instanceId);
        result.failed += 1;
        return;
      }
      if (access === 'refused') {
        await subscriptions.pause(address, month, instanceId, this.parts.clock());
        claimed = false; // the pause gave up the claim
        await this.tellPaused(address, month, conversation, result);
        return;
      }
      const sent = await delivery.post(conversation.reference, cardFor(conversation.locale, conversation.conversationType));
      if (sent.kind === 'sent') {
        claimed = false; // posted: from here on, releasing the claim would post it twice
        result.posted += 1;
        await this.record(address, month, sent.activityId);
      } else if (sent.kind === 'gone') {
        log.warn('monthly summary: the bot is no longer in the conversation; reference and subscription dropped', { ...address, month, status: sent.status, code: sent.code });
        await conversations.forget(address);
        result.removed += 1;
      } else {
        log.error('monthly summary: post failed; the next run retries', { ...address, month, status: sent.status, code: sent.code, error: sent.error });
        await subscriptions.release(address, month, instanceId);
        result.failed += 1;
      }
    } catch (error) {
      log.error('monthly summary: conversation not served', { ...address, month, error });
      result.failed += 1;
      // The claim also expires by itself (the lease), should this release fail too.
      if (claimed) await subscriptions.release(address, month, instanceId).catch(() => undefined);
    }
  }

  /** Tells a paused conversation why the summary stopped (no figures); posted once, as the subscription is now paused. */
  private async tellPaused(address: ConversationAddress, month: Month, conversation: ConversationRecord, result: MonthlyRunResult): Promise<void> {
    const { conversations, delivery, demoTenant } = this.parts;
    result.paused += 1;
    log.warn('monthly summary: the subscriber may no longer see costs; subscription paused', { ...address, month });
    const sent = await delivery.post(conversation.reference, summaryPausedCard(conversation.conversationType === 'personal', { demoTenant }));
    if (sent.kind === 'gone') await conversations.forget(address);
    if (sent.kind === 'failed') log.error('monthly summary: the pause notice could not be posted', { ...address, month, status: sent.status, code: sent.code, error: sent.error });
  }

  /** Records a post; tried a few times, because an unrecorded post would be posted again once the claim expires. */
  private async record(address: ConversationAddress, month: Month, activityId: string | undefined): Promise<void> {
    for (let attempt = 1; attempt <= RECORD_ATTEMPTS; attempt += 1) {
      try {
        await this.parts.subscriptions.markSent(address, month, this.parts.instanceId, activityId, this.parts.clock());
        return;
      } catch (error) {
        if (attempt === RECORD_ATTEMPTS) {
          log.error('monthly summary: posted but not recorded; it may be posted again when the claim expires', { ...address, month, activityId, error });
        } else {
          await sleep(200 * attempt);
        }
      }
    }
  }
}

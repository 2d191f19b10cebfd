/** What the "subscribe", "unsubscribe" and "subscriptions" commands answer: the monthly summary in one conversation. */
import type { ChannelAccount } from 'botbuilder';
import { markdownText } from '../cards/markdownText';
import { monthLabel } from '../cards/summaryCard';
import type { ConversationAddress } from '../teams/conversationKeys';
import { lastSent, type SubscriptionRecord } from './deliveryClaims';
import { summarisedMonth } from './summaryMonth';
import type { SubscriptionStore } from './subscriptionStore';

export interface SubscriptionReplyParts {
  subscriptions: SubscriptionStore;
  /** When the summary is due next (the schedule's next run after an instant). */
  nextRunAfter(from: Date): Date | undefined;
  /** MONTHLY_SUMMARY_TIME_ZONE. */
  timeZone: string;
  clock: () => Date;
}

function when(instant: Date, timeZone: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(instant);
  return `${text} (${timeZone})`;
}

function day(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/**
 * Changes and describes a conversation's subscription; the bot's commands (bot/subscriptionCommands.ts) send the text.
 * @example await replies.subscribe({ tenantId, conversationId }, activity.from, 'en-GB') // 'Subscribed: …'
 */
export class SubscriptionReplies {
  constructor(private readonly parts: SubscriptionReplyParts) {}

  async subscribe(address: ConversationAddress, from: Partial<ChannelAccount> | undefined, locale: string): Promise<string> {
    const subscriber = { name: from?.name ?? '', ...(from?.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) };
    const subscribed = await this.parts.subscriptions.subscribe(address, subscriber, this.parts.clock());
    const intro = subscribed ? 'Subscribed: the monthly dial-out summary will be posted in this conversation.' : 'This conversation is already subscribed to the monthly dial-out summary.';
    return `${intro} ${this.nextPost(locale)}`;
  }

  async unsubscribe(address: ConversationAddress): Promise<string> {
    const unsubscribed = await this.parts.subscriptions.unsubscribe(address);
    return unsubscribed
      ? 'Unsubscribed: no more monthly summaries in this conversation. Type "subscribe" to get them again.'
      : 'This conversation was not subscribed to the monthly summary.';
  }

  async status(address: ConversationAddress, locale: string): Promise<string> {
    const record: SubscriptionRecord | undefined = await this.parts.subscriptions.get(address);
    const { timeZone } = this.parts;
    if (record?.pausedAt && !record.active) {
      return `The monthly dial-out summary is paused in this conversation since ${day(record.pausedAt, timeZone, locale)}: the person who subscribed it may no longer see dial-out costs. Type "subscribe" to start it again. ${this.nextPost(locale)}`;
    }
    if (!record?.active) return `This conversation does not get the monthly dial-out summary. Type "subscribe" to get it here. ${this.nextPost(locale)}`;
    // Teams renders a message's text as Markdown: the name is the subscriber's own, shown as written.
    const by = record.subscribedBy.name ? ` by ${markdownText(record.subscribedBy.name)}` : '';
    const posted = lastSent(record);
    const last = posted
      ? ` Last posted: ${monthLabel(`${posted.month}-01`, locale)}, on ${day(posted.delivery.at, timeZone, locale)}.`
      : ' Nothing has been posted here yet.';
    return `This conversation gets the monthly dial-out summary (subscribed${by} on ${day(record.subscribedAt, timeZone, locale)}).${last} ${this.nextPost(locale)} Type "unsubscribe" to stop it.`;
  }

  private nextPost(locale: string): string {
    const { timeZone } = this.parts;
    const next = this.parts.nextRunAfter(this.parts.clock());
    if (!next) return 'The schedule has no further date; the summary can still be triggered by your bot admin.';
    return `Next: ${when(next, timeZone, locale)}, with ${monthLabel(`${summarisedMonth(next, timeZone)}-01`, locale)}.`;
  }
}

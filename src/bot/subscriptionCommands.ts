/** The "subscribe", "unsubscribe" and "subscriptions" commands: the monthly summary in this conversation. */
import type { TurnContext } from 'botbuilder';
import { markdownText } from '../cards/markdownText';
import { monthLabel } from '../cards/summaryCard';
import { log } from '../log';
import { lastSent, type SubscriptionRecord } from '../notifications/deliveryClaims';
import { summarisedMonth } from '../notifications/summaryMonth';
import type { SubscriptionStore } from '../notifications/subscriptionStore';
import type { CommandHandler, CommandName } from './botCommands';
import { addressOf } from './conversationRecord';
import { localeOf } from './turnSettings';

export interface SubscriptionCommandParts {
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
 * The handlers of the subscription commands, for the bot's command table.
 * @example new BotCommands(subscriptionCommands({ subscriptions, nextRunAfter, timeZone: 'UTC', clock }))
 */
export function subscriptionCommands(parts: SubscriptionCommandParts): Record<CommandName, CommandHandler> {
  const { subscriptions, timeZone, clock } = parts;

  const nextPost = (locale: string): string => {
    const next = parts.nextRunAfter(clock());
    if (!next) return 'The schedule has no further date; the summary can still be triggered by your bot admin.';
    return `Next: ${when(next, timeZone, locale)}, with ${monthLabel(`${summarisedMonth(next, timeZone)}-01`, locale)}.`;
  };

  const status = (record: SubscriptionRecord | undefined, locale: string): string => {
    if (record?.pausedAt && !record.active) {
      return `The monthly dial-out summary is paused in this conversation since ${day(record.pausedAt, timeZone, locale)}: the person who subscribed it may no longer see dial-out costs. Type "subscribe" to start it again. ${nextPost(locale)}`;
    }
    if (!record?.active) return `This conversation does not get the monthly dial-out summary. Type "subscribe" to get it here. ${nextPost(locale)}`;
    // Teams renders a message's text as Markdown: the name is the subscriber's own, shown as written.
    const by = record.subscribedBy.name ? ` by ${markdownText(record.subscribedBy.name)}` : '';
    const posted = lastSent(record);
    const last = posted
      ? ` Last posted: ${monthLabel(`${posted.month}-01`, locale)}, on ${day(posted.delivery.at, timeZone, locale)}.`
      : ' Nothing has been posted here yet.';
    return `This conversation gets the monthly dial-out summary (subscribed${by} on ${day(record.subscribedAt, timeZone, locale)}).${last} ${nextPost(locale)} Type "unsubscribe" to stop it.`;
  };

  /** Storage trouble is logged in full; the user gets what to do and a reference, never the error itself. */
  const guarded = (name: CommandName, answer: (context: TurnContext, locale: string) => Promise<string>): CommandHandler => async (context) => {
    const locale = localeOf(context.activity);
    let reply: string;
    try {
      reply = await answer(context, locale);
    } catch (error) {
      log.error('subscription command failed', { command: name, activityId: context.activity.id, error });
      reply = `The subscription could not be read or changed: the bot's stored state is not available. Try again later; if it keeps happening, give your bot admin this reference: ${context.activity.id ?? 'none'}.`;
    }
    await context.sendActivity(reply);
  };

  return {
    subscribe: guarded('subscribe', async (context, locale) => {
      // Only someone who may see costs gets here, in any conversation: AccessGate (accessGate.ts) checks the tenant and the
      // admin settings before the command table is read; each monthly delivery checks the subscriber again (subscriberAccess).
      const { activity } = context;
      const subscribed = await subscriptions.subscribe(addressOf(activity), { name: activity.from?.name ?? '', ...(activity.from?.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}) }, clock());
      const intro = subscribed ? 'Subscribed: the monthly dial-out summary will be posted in this conversation.' : 'This conversation is already subscribed to the monthly dial-out summary.';
      return `${intro} ${nextPost(locale)}`;
    }),
    unsubscribe: guarded('unsubscribe', async (context) => {
      const unsubscribed = await subscriptions.unsubscribe(addressOf(context.activity));
      return unsubscribed
        ? 'Unsubscribed: no more monthly summaries in this conversation. Type "subscribe" to get them again.'
        : 'This conversation was not subscribed to the monthly summary.';
    }),
    subscriptions: guarded('subscriptions', async (context, locale) => status(await subscriptions.get(addressOf(context.activity)), locale)),
  };
}

/** The "subscribe", "unsubscribe" and "subscriptions" commands: the monthly summary in this conversation. */
import type { ChannelAccount, TurnContext } from 'botbuilder';
import { log } from '../log';
import type { ConversationAddress } from '../teams/conversationKeys';
import type { CommandHandler, CommandName } from './botCommands';
import { addressOf } from './conversationRecord';
import { localeOf } from './turnSettings';

/** The monthly summary's answers (notifications/subscriptionReplies.ts), passed in by the composition root. */
export interface SubscriptionAnswers {
  subscribe(address: ConversationAddress, from: Partial<ChannelAccount> | undefined, locale: string): Promise<string>;
  unsubscribe(address: ConversationAddress): Promise<string>;
  status(address: ConversationAddress, locale: string): Promise<string>;
}

/**
 * The handlers of the subscription commands, for the bot's command table.
 * @example new BotCommands(subscriptionCommands(new SubscriptionReplies({ subscriptions, nextRunAfter, timeZone: 'UTC', clock })))
 */
export function subscriptionCommands(answers: SubscriptionAnswers): Record<CommandName, CommandHandler> {
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
    // Only someone who may see costs gets here, in any conversation: AccessGate (accessGate.ts) checks the tenant and the
    // admin settings before the command table is read; each monthly delivery checks the subscriber again (subscriberAccess).
    subscribe: guarded('subscribe', (context, locale) => answers.subscribe(addressOf(context.activity), context.activity.from, locale)),
    unsubscribe: guarded('unsubscribe', (context) => answers.unsubscribe(addressOf(context.activity))),
    subscriptions: guarded('subscriptions', (context, locale) => answers.status(addressOf(context.activity), locale)),
  };
}

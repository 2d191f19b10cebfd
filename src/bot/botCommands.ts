/** The bot's command words, matched before a message is read as a question: one handler per command. */
import type { TurnContext } from 'botbuilder';
import { questionText } from '../questions/questionText';
import { messageText } from './turnSettings';

export type CommandName = 'subscribe' | 'unsubscribe' | 'subscriptions';

/** Answers one command in the turn. */
export type CommandHandler = (context: TurnContext) => Promise<void>;

/** The words each command answers to (a message is a command only when it is exactly one of them). */
const COMMAND_WORDS: Readonly<Record<string, CommandName>> = {
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  subscriptions: 'subscriptions',
  subscription: 'subscriptions',
};

/**
 * The command a message text is, if any: case, a leading slash and trailing punctuation do not matter.
 * @example commandOf('Subscribe!') // 'subscribe'
 * @example commandOf('subscribe me to last month') // undefined (read as a question)
 */
export function commandOf(text: string): CommandName | undefined {
  const word = text.trim().toLowerCase().replace(/^\//, '').replace(/[.!?]+$/, '');
  return Object.hasOwn(COMMAND_WORDS, word) ? COMMAND_WORDS[word] : undefined;
}

/**
 * The command table the bot consults first.
 * @example if (await commands.handle(context)) return; // otherwise read the message as a question
 */
export class BotCommands {
  constructor(private readonly handlers: Readonly<Record<CommandName, CommandHandler>>) {}

  /** Answers the message when it is a command; false when it is not one. */
  async handle(context: TurnContext): Promise<boolean> {
    const name = commandOf(questionText(messageText(context.activity)));
    if (name === undefined) return false;
    await this.handlers[name](context);
    return true;
  }
}

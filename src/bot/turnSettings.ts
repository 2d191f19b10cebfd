/** The user's time zone, locale and message text, read from an incoming activity. */
import { TurnContext, type Activity } from 'botbuilder';
import { isTimeZone } from '../domain/calendarDate';

/** The activity's time zone (localTimezone, else the clientInfo entity), else the default. */
export function timeZoneOf(activity: Partial<Activity>, fallback: string): string {
  const clientInfo = activity.entities?.find((entity) => entity.type === 'clientInfo') as { timezone?: unknown } | undefined;
  for (const candidate of [activity.localTimezone, clientInfo?.timezone]) {
    if (typeof candidate === 'string' && isTimeZone(candidate)) return candidate;
  }
  return fallback;
}

/** The activity's locale when Intl accepts it, else en-US. */
export function localeOf(activity: Partial<Activity>): string {
  const clientInfo = activity.entities?.find((entity) => entity.type === 'clientInfo') as { locale?: unknown } | undefined;
  for (const candidate of [activity.locale, clientInfo?.locale]) {
    if (typeof candidate !== 'string') continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0] ?? 'en-US';
    } catch {
      // not a BCP 47 tag: try the next source
    }
  }
  return 'en-US';
}

/**
 * The message text without @mentions (the bot's own in channels and group chats, and any other's name),
 * as Teams sent it otherwise: questions/questionText.ts cleans it for reading.
 */
export function messageText(activity: Partial<Activity>): string {
  const withoutMention = activity.recipient ? TurnContext.removeRecipientMention(activity) : activity.text;
  return (withoutMention ?? '').replace(/<at>[^<]*<\/at>/gi, ' ');
}

/**
 * The question an example button asks (Action.Submit with `{ ask }`: Teams and the Agents Playground
 * both deliver it as a message whose value carries it, where the Playground drops an imBack); undefined
 * for any other message.
 * @example exampleAsked({ value: { ask: 'What did dial-out cost last month?' } }) // 'What did dial-out cost last month?'
 */
export function exampleAsked(activity: Partial<Activity>): string | undefined {
  const value = activity.value as Record<string, unknown> | undefined;
  if (activity.text || !value || typeof value !== 'object' || Object.keys(value).length !== 1) return undefined;
  return typeof value.ask === 'string' ? value.ask : undefined;
}

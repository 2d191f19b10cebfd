/** Talks to the bot over real HTTP the way the Playground does, with replies returned in the response body. */
import { randomUUID } from 'node:crypto';
import { AGENTS_PLAYGROUND_TENANT_ID } from '../../src/configAccess';

export interface ChatOptions {
  conversationType?: 'personal' | 'groupChat' | 'channel';
  timeZone?: string;
  locale?: string;
  tenantId?: string;
  /** The asker's Entra object id (default: an admin-looking id; local mode lets everyone in). */
  userObjectId?: string;
}

function baseActivity(options: ChatOptions): Record<string, unknown> {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/_connector',
    from: { id: 'user-1', name: 'Avery Admin', aadObjectId: options.userObjectId ?? '00000000-0000-0000-0000-0000000000a1' },
    recipient: { id: 'bot-1', name: 'Dial-out Insights' },
    conversation: { id: 'conversation-1', conversationType: options.conversationType ?? 'personal', tenantId: options.tenantId ?? AGENTS_PLAYGROUND_TENANT_ID },
    channelData: { tenant: { id: options.tenantId ?? AGENTS_PLAYGROUND_TENANT_ID } },
    locale: options.locale ?? 'en-US',
    localTimezone: options.timeZone ?? 'UTC',
    timestamp: new Date().toISOString(),
    deliveryMode: 'expectReplies',
  };
}

export function message(text: string, options: ChatOptions = {}): Record<string, unknown> {
  return { ...baseActivity(options), type: 'message', text };
}

export function cardAction(verb: unknown, data: unknown, options: ChatOptions = {}): Record<string, unknown> {
  // Invokes are answered in the HTTP response itself, as Teams expects; no expectReplies.
  const { deliveryMode: _replies, ...activity } = baseActivity(options);
  return { ...activity, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } };
}

export function botAdded(options: ChatOptions = {}): Record<string, unknown> {
  return { ...baseActivity(options), type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }] };
}

/** POSTs an activity; returns the HTTP status and the parsed body (replies or the invoke response). */
export async function post(botUrl: string, activity: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The Adaptive Card contents among the replies of an expectReplies turn. */
export function cardsIn(body: { activities?: Array<{ attachments?: Array<{ contentType: string; content: unknown }> }> }): any[] {
  return (body.activities ?? []).flatMap((activity) =>
    (activity.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content),
  );
}

/** Every text a card shows, in order (TextBlock texts, TextRun texts, table cells…). */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') texts.push(record.text);
      if (typeof record.title === 'string') texts.push(record.title);
      if (typeof record.value === 'string') texts.push(record.value);
      for (const [key, value] of Object.entries(record)) if (key !== 'data') walk(value);
    }
  };
  walk(card);
  return texts.join('\n');
}

/** Action.Execute buttons of a card, by title. */
export function executeActions(card: unknown): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const found: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') found.push(record as never);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** Types `text` to the running bot and returns the first card of its answer; an answer without one fails the test. */
export async function askCard(botUrl: string, text: string): Promise<any> {
  const { status, body } = await post(botUrl, message(text));
  if (status !== 200) throw new Error(`"${text}" was answered ${status}`);
  const [card] = cardsIn(body);
  if (!card) throw new Error(`no card for "${text}"`);
  return card;
}

/** Presses `button` on the running bot and returns the card that replaces the pressed one; any other answer fails the test. */
export async function pressCard(botUrl: string, button: { verb: string; data: unknown }): Promise<any> {
  const { body } = await post(botUrl, cardAction(button.verb, button.data));
  if (body?.statusCode !== 200 || body?.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`pressing "${button.verb}" was answered ${JSON.stringify(body).slice(0, 300)}`);
  return body.value;
}

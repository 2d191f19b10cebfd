import type { ConnectorRetryPolicy } from '../../src/teams/connectorRetry';
import { message, post } from '../helpers/botConversation';
import { startFakeBotConnector, type FakeBotConnector, type PlannedAnswer } from '../helpers/fakeBotConnector';
import { startFaultyTenantApp, type FaultyTenantApp } from './faultyTenantApp';

const RETRY: ConnectorRetryPolicy = { maxAttempts: 4, attemptTimeoutMs: 400, maxWaitMs: 8_000, baseDelayMs: 20, maxDelayMs: 100 };

/** A message the bot answers through the Bot Connector (no expectReplies), as in Teams. */
function viaConnector(connector: FakeBotConnector, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { deliveryMode: _inBody, ...activity } = message(text);
  return { ...activity, serviceUrl: connector.serviceUrl, ...extra };
}

function isHelpCard(activity: Record<string, any>): boolean {
  return activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive';
}

/** Log lines the bot wrote to stderr while `action` ran. */
async function errorLogDuring(action: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await action();
  } finally {
    spy.mockRestore();
  }
  return lines.flatMap((line) => line.split('\n')).filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
}

describe('Bot Connector faults when replying and updating cards', () => {
  let bot: FaultyTenantApp;
  let connector: FakeBotConnector;

  beforeAll(async () => {
    bot = await startFaultyTenantApp({}, { connectorRetry: RETRY });
  });
  afterAll(() => bot.app.close());
  beforeEach(async () => {
    connector = await startFakeBotConnector();
  });
  afterEach(() => connector.close());

  it.each<[string, PlannedAnswer[]]>([
    ['429 without Retry-After', [429]],
    ['429 with Retry-After', [{ status: 429, retryAfterSeconds: 1 }]],
    ['502', [502]],
    ['504', [504]],
    ['a reply that never gets an answer', ['hang']],
    ['429, then a timeout, then 502', [429, 'hang', 502]],
  ])('retries a reply after %s and delivers it once', async (_name, answers) => {
    connector.plan(...answers);
    const activity = viaConnector(connector, 'help');
    const { status } = await post(bot.app.url, activity);
    expect(status).toBe(200);
    const delivered = connector.calls.filter((call) => call.status === 200);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.path).toBe(`/v3/conversations/conversation-1/activities/${String(activity.id)}`);
    expect(isHelpCard(delivered[0]!.activity)).toBe(true);
    expect(connector.calls.length).toBeGreaterThan(answers.length);
  });

  it('does not deliver twice: an attempt given up is aborted, not retried underneath', async () => {
    connector.plan('hang', 502);
    await post(bot.app.url, viaConnector(connector, 'help'));
    // botbuilder's own pipeline would have retried the 502 after about a second.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(connector.calls.map((call) => call.status)).toEqual(['hang', 502, 200]);
  });

  it('retries a card update (Action.Submit from an older client) after 502 and a timeout', async () => {
    const first = await post(bot.app.url, message('cost last month'));
    const next = (first.body.activities as any[]).flatMap((a) => a.attachments ?? [])[0].content.actions.find((a: any) => a.title === 'Next 10');
    connector.plan(502, 'hang');
    const submit = viaConnector(connector, '', { text: undefined, value: next.data, replyToId: 'card-7' });
    const { status } = await post(bot.app.url, submit);
    expect(status).toBe(200);
    const updates = connector.calls.filter((call) => call.method === 'PUT' && call.status === 200);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.path).toBe('/v3/conversations/conversation-1/activities/card-7');
    expect(JSON.stringify(updates[0]!.activity)).toMatch(/Showing 11.20 of/);
  });

  it('gives up after the bounded attempts with one log line, and keeps serving', async () => {
    connector.plan(...Array.from({ length: RETRY.maxAttempts }, () => 429));
    let status = 0;
    const started = Date.now();
    const logged = await errorLogDuring(async () => {
      ({ status } = await post(bot.app.url, viaConnector(connector, 'help')));
    });
    expect(Date.now() - started).toBeLessThan(RETRY.maxWaitMs);
    expect(status).toBe(200);
    expect(connector.calls).toHaveLength(RETRY.maxAttempts);
    const gaveUp = logged.filter((line) => line.event === 'bot connector gave up');
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]).toMatchObject({ operation: 'send', status: 429, attempts: RETRY.maxAttempts, conversationId: 'conversation-1' });
    // Nothing else was tried: no error card sent down the same broken path.
    expect(connector.calls.every((call) => call.status === 429)).toBe(true);

    const { status: after } = await post(bot.app.url, viaConnector(connector, 'help'));
    expect(after).toBe(200);
    expect(connector.calls.at(-1)?.status).toBe(200);
  });
});

/** Proactive posts through a bare CloudAdapter to a fake Bot Connector: retries, "gone", failures, backoff. */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { classifyFailure, retryDelay } from '../../src/teams/deliveryRetry';
import { ProactiveDelivery } from '../../src/teams/proactiveDelivery';
import { startFakeConnector, type FakeConnector } from '../notifications/fakeConnector';

const CARD = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Summary' }] };

describe('ProactiveDelivery through a bare CloudAdapter (local mode: no app id)', () => {
  let connector: FakeConnector;
  let delivery: ProactiveDelivery;

  beforeAll(async () => {
    connector = await startFakeConnector();
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }));
    delivery = new ProactiveDelivery(adapter, '', { retry: { attempts: 4, baseDelayMs: 2, maxDelayMs: 10 }, minIntervalMs: 0 });
  });
  afterAll(() => connector.close());

  const reference = (conversationId: string) => ({ channelId: 'msteams', serviceUrl: connector.url, conversation: { id: conversationId, isGroup: true, conversationType: 'groupChat', name: '' }, bot: { id: 'bot-1', name: 'Dial-out Insights' } });

  it('posts the card as a new message and returns its activity id', async () => {
    const outcome = await delivery.post(reference('c-ok'), CARD);
    expect(outcome).toEqual({ kind: 'sent', activityId: expect.stringMatching(/^activity-\d+$/) });
    const [posted] = connector.posts.filter((p) => p.conversationId === 'c-ok');
    expect(posted?.activity.attachments?.[0]).toEqual({ contentType: 'application/vnd.microsoft.card.adaptive', content: CARD });
  });

  it('retries 429 and 412 and then posts once', async () => {
    connector.answerNext('c-busy', { status: 429 }, { status: 412 });
    expect((await delivery.post(reference('c-busy'), CARD)).kind).toBe('sent');
    expect(connector.attempts('c-busy')).toBe(3);
    expect(connector.posts.filter((p) => p.conversationId === 'c-busy')).toHaveLength(1);
  });

  it('gives up after its attempts', async () => {
    connector.answerNext('c-throttled', ...Array.from({ length: 6 }, () => ({ status: 429 })));
    expect(await delivery.post(reference('c-throttled'), CARD)).toMatchObject({ kind: 'failed', status: 429 });
    expect(connector.attempts('c-throttled')).toBe(4);
  });

  it.each([
    [403, 'BotNotInConversationRoster'],
    [403, 'MessageWritesBlocked'],
    [404, 'ConversationNotFound'],
  ])('reports the bot gone on %i %s, without retrying', async (status, code) => {
    const id = `c-gone-${code}`;
    connector.answerAlways(id, { status, code });
    expect(await delivery.post(reference(id), CARD)).toEqual({ kind: 'gone', status, code });
    expect(connector.attempts(id)).toBe(1);
  });

  it('does not retry other failures', async () => {
    connector.answerNext('c-bad', { status: 400, code: 'BadArgument' });
    expect(await delivery.post(reference('c-bad'), CARD)).toMatchObject({ kind: 'failed', status: 400, code: 'BadArgument' });
    expect(connector.attempts('c-bad')).toBe(1);
  });
});

describe('retry rules', () => {
  it('classifies connector errors, also when wrapped as a cause', () => {
    const restError = Object.assign(new Error('x'), { statusCode: 403, details: { error: { code: 'BotNotInConversationRoster' } } });
    expect(classifyFailure(new Error('wrapper', { cause: restError }))).toMatchObject({ kind: 'gone', status: 403, code: 'BotNotInConversationRoster' });
    expect(classifyFailure(Object.assign(new Error('x'), { statusCode: 504 })).kind).toBe('retry');
    expect(classifyFailure(new Error('ECONNREFUSED')).kind).toBe('fail');
  });

  it('backs off exponentially with jitter, capped, and honours Retry-After', () => {
    const policy = { attempts: 5, baseDelayMs: 1_000, maxDelayMs: 5_000 };
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, policy, undefined, () => 0))).toEqual([500, 1_000, 2_000, 2_500]);
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, policy, undefined, () => 1))).toEqual([1_000, 2_000, 4_000, 5_000]);
    expect(retryDelay(1, policy, 3_000)).toBe(3_000);
    expect(retryDelay(1, policy, 60_000)).toBe(5_000);
  });
});

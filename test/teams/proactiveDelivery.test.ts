/** Proactive posts through a bare CloudAdapter to a fake Bot Connector: retries, "gone", failures, backoff. */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ProactiveDelivery } from '../../src/teams/proactiveDelivery';
import { startFakeConnector, type FakeConnector } from '../notifications/fakeConnector';

const CARD = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Summary' }] };

describe('ProactiveDelivery through a bare CloudAdapter (local mode: no app id)', () => {
  let connector: FakeConnector;
  let delivery: ProactiveDelivery;

  beforeAll(async () => {
    connector = await startFakeConnector();
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }));
    delivery = new ProactiveDelivery(adapter, '', { retry: { maxAttempts: 4, maxWaitMs: 1_000, baseDelayMs: 2, maxDelayMs: 10 }, minIntervalMs: 0 });
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

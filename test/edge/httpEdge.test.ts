import { request } from 'node:http';
import { testConfig } from '../helpers/testConfig';
import { startApp, type RunningApp } from '../../src/app';
import { cardsIn, cardText, message, post } from '../helpers/botConversation';

const JSON_TYPE = { 'Content-Type': 'application/json' };
const valid = message('help') as Record<string, unknown>;
const without = (key: string): Record<string, unknown> => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

async function send(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

/**
 * Starts a POST that never ends: headers only when `announcedBytes` is given (as Content-Length),
 * else a chunked body of `chunkedBytes`. The status can only come from a refusal before the end.
 */
function unfinishedPost(url: string, body: { announcedBytes: number } | { chunkedBytes: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if ('announcedBytes' in body) headers['Content-Length'] = String(body.announcedBytes);
    const outgoing = request(`${url}/api/messages`, { method: 'POST', headers });
    outgoing.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      outgoing.destroy();
    });
    outgoing.on('error', reject);
    if ('announcedBytes' in body) {
      outgoing.flushHeaders();
      return;
    }
    const slice = Buffer.alloc(64 * 1024, 'a');
    for (let sent = 0; sent < body.chunkedBytes; sent += slice.length) outgoing.write(slice);
  });
}

describe('the HTTP edge of /api/messages: garbage gets a 4xx and the bot keeps serving', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp(testConfig());
  });
  afterAll(() => app.close());

  afterEach(async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const { status, body } = await post(app.url, message('help'));
    expect(status).toBe(200);
    expect(cardText(cardsIn(body)[0])).toMatch(/last month/i);
  });

  it.each([
    ['a body that is not JSON', '{"type": "message", ', JSON_TYPE, 400],
    ['an empty body', '', JSON_TYPE, 400],
    ['a JSON array', '[]', JSON_TYPE, 400],
    ['JSON null', 'null', JSON_TYPE, 400],
    ['a JSON number', '42', JSON_TYPE, 400],
    ['text/plain', 'what did dial-out cost last month?', { 'Content-Type': 'text/plain' }, 415],
    ['a form', 'type=message&text=help', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415],
    ['XML', '<activity type="message"/>', { 'Content-Type': 'application/xml' }, 415],
  ])('refuses %s', async (_name, body, headers, expected) => {
    const { status, text } = await send(app.url, body, headers);
    expect(status).toBe(expected);
    expect(text).not.toMatch(/\bat \S+\.(ts|js):\d+/); // no stack trace
  });

  it('refuses a body without a content type', async () => {
    const { status } = await send(app.url, JSON.stringify(valid), {});
    expect([400, 415]).toContain(status);
  });

  it.each([
    ['type', without('type')],
    ['serviceUrl', without('serviceUrl')],
    ['conversation', without('conversation')],
    ['from', without('from')],
    ['recipient', without('recipient')],
    ['a numeric type', { ...valid, type: 5 }],
    ['a relative serviceUrl', { ...valid, serviceUrl: '/_connector' }],
    ['text that is an object', { ...valid, text: { toString: 'help' } }],
    ['entities that are a string', { ...valid, entities: 'mention' }],
    ['an entity without a type', { ...valid, entities: [{ mentioned: { id: 'bot-1' } }] }],
    ['a mention without mentioned', { ...valid, entities: [{ type: 'mention', text: '<at>Bot</at>' }] }],
    ['membersAdded that is an object', { ...valid, type: 'conversationUpdate', membersAdded: { id: 'bot-1' } }],
    ['an invoke without a name', { ...without('deliveryMode'), type: 'invoke', value: {} }],
    ['a card action without value.action', { ...without('deliveryMode'), type: 'invoke', name: 'adaptiveCard/action', value: 5 }],
  ])('answers 400 to an activity with missing or mistyped %s', async (_name, activity) => {
    const { status, text } = await send(app.url, JSON.stringify(activity), JSON_TYPE);
    expect(status).toBe(400);
    expect(JSON.parse(text).message).toMatch(/^Not a Bot Framework activity: /);
  });

  it('refuses a body announced over 1 MB with 413 before reading it', async () => {
    expect(await unfinishedPost(app.url, { announcedBytes: 50 * 1024 * 1024 })).toBe(413);
  });

  it('refuses a compressed body instead of inflating it', async () => {
    const { status } = await send(app.url, 'x', { ...JSON_TYPE, 'Content-Encoding': 'gzip' });
    expect(status).toBe(415);
  });

  it('still reads a normal activity sent in chunks', async () => {
    const body = Buffer.from(JSON.stringify(message('help')));
    const status = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = request(`${app.url}/api/messages`, { method: 'POST', headers: JSON_TYPE }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      outgoing.on('error', reject);
      outgoing.write(body.subarray(0, 10));
      setTimeout(() => outgoing.end(body.subarray(10)), 20);
    });
    expect(status.status).toBe(200);
    expect(cardText(cardsIn(JSON.parse(status.text))[0])).toMatch(/last month/i);
  });

  it('refuses a chunked body with 413 as soon as it passes 1 MB', async () => {
    expect(await unfinishedPost(app.url, { chunkedBytes: 1024 * 1024 + 128 * 1024 })).toBe(413);
  });
});

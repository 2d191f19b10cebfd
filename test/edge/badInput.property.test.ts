import fc from 'fast-check';
import { testConfig } from '../helpers/testConfig';
import { startApp, type RunningApp } from '../../src/app';
import { MAX_CARD_BYTES, cardSize } from '../../src/cards/cardSize';
import { cardAction, cardText, message, post } from '../helpers/botConversation';

const NOW = new Date('2026-11-27T10:00:00Z');
const CARD = 'application/vnd.microsoft.card.adaptive';

/** What no answer may ever show: a stack trace, an unformatted object, or the "bug on our side" card. */
const BROKEN = [/\bat \S+ \(?\S+\.(ts|js):\d+/, /\[object Object\]/, /TypeError|ReferenceError/, /went wrong on the bot's side/];

const injection = fc.constantFrom(
  "'; DROP TABLE users; --",
  '${7*7}',
  '{{7*7}}',
  '${jndi:ldap://127.0.0.1/a}',
  '__proto__',
  'constructor.prototype.admin=true',
  '../../etc/passwd',
  '%s%n%x',
  '\u0000\u0007\u001b[31m',
  '\u202eevil\u202c',
  'cost last month\r\nX-Injected: 1',
);
const html = fc.constantFrom(
  '<b>cost</b> last month',
  '<script>alert(1)</script> cost last month',
  '<img src=x onerror=alert(1)>',
  '<p>cost&nbsp;in&nbsp;October</p>',
  '<at>Someone Else</at> cost last month',
  '<div><div><div>help</div></div></div>',
  '&lt;at&gt;Bot&lt;/at&gt; help',
);
const markdown = fc.constantFrom('**cost** last month', '# help', '[last month](https://example.com)', '`cost` _last_ ~~month~~', '> cost last month', '| a | b |\n|---|---|');
const number = fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String);
const farDate = fc.oneof(
  fc.integer({ min: 1, max: 99_999 }).map((year) => `cost in ${year}`),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 })).map(([a, b]) => `cost from ${a}-01-01 to ${b}-12-31`),
  fc.integer({ min: -100_000, max: 100_000 }).map((days) => `cost last ${days} days`),
  fc.constantFrom('cost on 31/02/2026', 'cost since 0000-00-00', 'cost from 9999-12-31 to 10000-01-01', 'cost in the year 1 BC'),
);
const phrase = fc.constantFrom('cost ', 'what did dial-out cost ', 'top spenders ', 'help ', '', ' ');
const messageText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 10_000, maxLength: 10_240 }),
  fc.tuple(phrase, fc.oneof(injection, html, markdown, number, farDate)).map(([words, rest]) => words + rest),
  farDate,
);

/** A user id a caller could forge: any string, an empty one, or one shaped like an Entra object id. */
const userId = fc.oneof(fc.string({ minLength: 1, maxLength: 64 }), fc.uuid(), fc.constantFrom('admin', '00000000-0000-0000-0000-000000000000', '29:1'));

const dangerousKeys = fc.constantFrom(
  '{"__proto__":{"admin":true,"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"verb":"view","view":"report","__proto__":{"page":1}}',
  '{"prototype":{"polluted":1},"toString":"x","valueOf":1,"hasOwnProperty":"no"}',
).map((text) => JSON.parse(text) as unknown);

const validRange = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };
const nearlyValidData = fc.record(
  {
    verb: fc.oneof(fc.constant('view'), fc.string()),
    view: fc.oneof(fc.constantFrom('report', 'person', 'calls', 'country', 'export'), fc.string()),
    ranking: fc.oneof(fc.constantFrom('cost', 'calls', 'minutes'), fc.string()),
    userId: fc.oneof(fc.uuid(), fc.string()),
    range: fc.oneof(
      fc.constant(validRange),
      fc.record({ first: fc.string(), last: fc.string(), timeZone: fc.string() }),
      fc.constant({ first: '2026-10-31', last: '2026-10-01', timeZone: 'UTC' }),
      fc.constant({ first: '0001-01-01', last: '9999-12-31', timeZone: 'UTC' }),
      fc.constant({ ...validRange, timeZone: 'Mars/Olympus' }),
    ),
    currency: fc.oneof(fc.constantFrom('USD', 'EUR', 'XXX', 'usd', ''), fc.string()),
    page: fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, -1, 1e308, 0.5, -0),
      fc.string(),
      fc.constant(null),
    ),
    phrase: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()),
    clippedToToday: fc.oneof(fc.boolean(), fc.string()),
  },
  { requiredKeys: [] },
);
/** Data a real button could carry: a page anywhere from the first to far past the last. */
const validData = fc.record({
  verb: fc.constant('view'),
  view: fc.constant('report'),
  ranking: fc.constantFrom('cost', 'calls', 'minutes'),
  range: fc.constant(validRange),
  currency: fc.constantFrom('USD', 'EUR', 'JPY'),
  page: fc.integer({ min: 0, max: 100_000 }),
  phrase: fc.string({ maxLength: 200 }),
  clippedToToday: fc.boolean(),
});
const actionData = fc.oneof(
  fc.jsonValue(),
  nearlyValidData,
  dangerousKeys,
  fc.array(fc.integer(), { minLength: 1_000, maxLength: 5_000 }),
  nearlyValidData.map((data) => ({ ...data, extra: Array.from({ length: 2_000 }, (_, i) => i) })),
);
const execute = (verb: fc.Arbitrary<unknown>, data: fc.Arbitrary<unknown>) => fc.record({ action: fc.record({ type: fc.constant('Action.Execute'), verb, data }) });
const invokeValue = fc.oneof(
  { arbitrary: execute(fc.constant('view'), validData), weight: 2 },
  { arbitrary: execute(fc.oneof(fc.constant('view'), fc.string()), actionData), weight: 4 },
  { arbitrary: fc.record({ action: fc.record({ type: fc.oneof(fc.constant('Action.Submit'), fc.string()), verb: fc.jsonValue(), data: fc.jsonValue() }) }), weight: 1 },
  { arbitrary: fc.jsonValue(), weight: 1 },
);

function expectActionable(texts: string[]): void {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text.trim().length).toBeGreaterThan(0);
    for (const pattern of BROKEN) expect(text).not.toMatch(pattern);
  }
}

describe('hostile and random input through the real bot', () => {
  let app: RunningApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 300, now: () => NOW } });
  });
  afterAll(async () => {
    await app.close();
    process.off('unhandledRejection', onUnhandled);
  });

  it('answers any message text with a card or text a person can act on, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(messageText, userId, fc.boolean(), async (text, id, mention) => {
        const base = message(mention ? `<at>Dial-out Insights</at> ${text}` : text, { conversationType: mention ? 'channel' : 'personal' });
        const activity = {
          ...base,
          from: { id, aadObjectId: id, name: id },
          ...(mention ? { entities: [{ type: 'mention', mentioned: { id: 'bot-1', name: 'Dial-out Insights' }, text: '<at>Dial-out Insights</at>' }] } : {}),
        };
        const { status, body } = await post(app.url, activity);
        expect(status).toBe(200);
        const replies = (body.activities as any[]).filter((a) => a.type !== 'typing');
        expect(replies.length).toBeGreaterThan(0);
        const texts = replies.map((reply) => {
          const card = reply.attachments?.find((a: any) => a.contentType === CARD)?.content;
          if (card) expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES);
          return card ? cardText(card) : String(reply.text ?? '');
        });
        expectActionable(texts);
      }),
      { numRuns: 250 },
    );
  });

  it('answers any card action payload with 200 and a card or message, or a 4xx — never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(invokeValue, userId, async (value, id) => {
        const activity = { ...cardAction('x', {}), value, from: { id, aadObjectId: id } };
        const { status, body } = await post(app.url, activity);
        expect(status).toBeLessThan(500);
        if (status === 200) {
          expect([CARD, 'application/vnd.microsoft.activity.message']).toContain(body.type);
          expectActionable([body.type === CARD ? cardText(body.value) : String(body.value)]);
        } else {
          expect(status).toBe(400);
          expectActionable([String(body?.value?.message ?? body?.message ?? '')]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers any Action.Submit payload (older clients) with a card or text, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(actionData, validData), userId, async (value, id) => {
        const { text: _none, ...submit } = message('');
        const { status, body } = await post(app.url, { ...submit, value, from: { id } });
        expect(status).toBe(200);
        const replies = body.activities as any[];
        expectActionable(replies.map((reply) => {
          const card = reply.attachments?.find((a: any) => a.contentType === CARD)?.content;
          return card ? cardText(card) : String(reply.text ?? '');
        }));
      }),
      { numRuns: 60 },
    );
  });

  it('lets no payload pollute prototypes, and leaves no unhandled rejection', () => {
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(unhandled).toEqual([]);
  });
});

/** Card actions that must not be trusted or must not reveal: forged payloads per view, names in shared chats, stale cards, the summary's button. */
import { startApp, type RunningApp } from '../../src/app';
import { VIEWS } from '../../src/domain/viewRequest';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';
import { allStrings, visibleText } from '../helpers/cardJson';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fakeBotConnector';
import { TEST_RETRY } from '../helpers/graphSource';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');
const RANGE = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };
const QUESTION = { range: RANGE, phrase: 'last month', clippedToToday: false };
const SEPTEMBER = { first: '2026-09-01', last: '2026-09-30', timeZone: 'UTC' };
const USER = '0b7e2c4a-1f3d-4e5a-9b8c-7d6e5f4a3b2c';

/** A valid payload of each view: a serialised view request. */
const VALID: Record<string, Record<string, unknown>> = {
  report: { verb: 'view', view: 'report', ...QUESTION, currency: 'USD', page: 0, ranking: 'calls' },
  person: { verb: 'view', view: 'person', ...QUESTION, currency: 'USD', userId: USER, page: 0, ranking: 'cost' },
  calls: { verb: 'view', view: 'calls', ...QUESTION, currency: 'USD', userId: USER, page: 0, ranking: 'cost' },
  countries: { verb: 'view', view: 'countries', ...QUESTION, currency: 'USD', page: 0, ranking: 'cost' },
  country: { verb: 'view', view: 'country', ...QUESTION, currency: 'USD', country: 'US', page: 0, ranking: 'cost' },
  destinations: { verb: 'view', view: 'destinations', ...QUESTION, currency: 'USD', destination: 'International', page: 0, ranking: 'cost' },
  trend: { verb: 'view', view: 'trend', ...QUESTION, currency: 'USD', page: 0, ranking: 'cost' },
  export: { verb: 'view', view: 'export', ...QUESTION, page: 0, ranking: 'cost' },
  comparison: { verb: 'view', view: 'comparison', ...QUESTION, baseline: { ...QUESTION, range: SEPTEMBER, kind: 'named' }, page: 0, ranking: 'cost' },
  forecast: { verb: 'view', view: 'forecast', ...QUESTION, page: 0, ranking: 'cost' },
  summary: { verb: 'view', view: 'summary', ...QUESTION, page: 0, ranking: 'cost' },
  breakdown: { verb: 'view', view: 'breakdown', ...QUESTION, currency: 'USD', dimension: 'department', orgUnit: { dimension: 'office', name: 'London' }, page: 0, ranking: 'cost' },
  chargeback: { verb: 'view', view: 'chargeback', ...QUESTION, currency: 'USD', orgUnit: { dimension: 'costCenter', name: '4711' }, page: 0, ranking: 'cost' },
};

/** Presses a button of `view` with its valid payload. */
const press = (view: string, options = {}): Record<string, unknown> => cardAction('view', VALID[view], options);

/** One field broken at a time, for the verbs that have it. */
const FORGERIES: Array<[string, Record<string, unknown>]> = [
  ['a range end before its start', { range: { ...RANGE, first: '2026-11-01' } }],
  ['an unknown time zone', { range: { ...RANGE, timeZone: 'Mars/Olympus' } }],
  ['a phrase of 201 characters', { phrase: 'x'.repeat(201) }],
  ['clippedToToday as text', { clippedToToday: 'no' }],
  ['reachedPastToday as text', { reachedPastToday: 'yes' }],
  ['a range said to reach past today that was not cut', { reachedPastToday: true }],
  ['a lower-case currency', { currency: 'usd' }],
  ['a negative page', { page: -1 }],
  ['page 100,001', { page: 100_001 }],
  ['a fractional page', { page: 1.5 }],
  ['a user id that is no GUID', { userId: 'admin@contoso.com' }],
  ['a three-letter country', { country: 'USA' }],
  ['a ranking by price', { ranking: 'price' }],
  ['a top 0', { limit: 0 }],
  ['a top 100,001', { limit: 100_001 }],
  ['a top 2.5', { limit: 2.5 }],
  ['an unknown view', { view: 'everything' }],
  ['a destination that is no destination', { destination: 'Moon' }],
  ['a comparison with no earlier period', { baseline: 'September' }],
  ['an earlier period with a reversed range', { baseline: { ...QUESTION, range: { ...SEPTEMBER, last: '2026-08-01' }, kind: 'named' } }],
  ['an earlier period of an unknown kind', { baseline: { ...QUESTION, range: SEPTEMBER, kind: 'guessed' } }],
  ['a breakdown by salary', { dimension: 'salary' }],
  ['an organisation unit with a field no unit has', { orgUnit: { dimension: 'department', name: 'Sales', admin: true } }],
  ['an organisation unit name of 201 characters', { orgUnit: { dimension: 'department', name: 'x'.repeat(201) } }],
  ['an organisation unit of an unknown dimension', { orgUnit: { dimension: 'salary', name: 'Sales' } }],
  ['an earlier period with a field no period has', { baseline: { ...QUESTION, range: SEPTEMBER, kind: 'named', admin: true } }],
];

describe('card actions under attack or out of place', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let connector: FakeBotConnector;
  let clock = NOW.getTime();

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    app = await startApp(testConfig({ REPORT_CACHE_TTL_MINUTES: '1' }), {
      clock: () => new Date(clock),
      demoTenant: { users: 300, now: () => NOW },
      graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 },
    });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  it('knows a payload for every view, and every valid payload here passes', () => {
    expect(Object.keys(VALID).sort()).toEqual([...VIEWS].sort());
  });

  describe.each(Object.entries(VALID))('%s', (view, valid) => {
    it.each(FORGERIES.filter(([, broken]) => Object.keys(broken).every((key) => key in valid)))('refuses %s with a clear 400, reading nothing', async (_, broken) => {
      const requests = tenant.stats.reportRequests + tenant.stats.callLogRequests;
      const { body } = await post(app.url, cardAction('view', { ...valid, ...broken }));
      expect(body).toMatchObject({ statusCode: 400, value: { message: 'This button is not valid any more. Ask the question again.' } });
      expect(tenant.stats.reportRequests + tenant.stats.callLogRequests).toBe(requests);
    });

    it('refuses a payload without its fields, and one sent for another view without that view\'s fields', async () => {
      expect((await post(app.url, cardAction('view', { verb: 'view', view }))).body.statusCode).toBe(400);
      const other = view === 'export' ? 'person' : 'export';
      // Filters may travel to another view; a comparison's earlier period and a breakdown's dimension belong to their views only.
      const expectedStatus = Object.keys(VALID[other]!).every((key) => key in valid) && !('baseline' in valid) && !('dimension' in valid) ? 200 : 400;
      expect((await post(app.url, { ...cardAction('view', { ...valid, view: other }), serviceUrl: connector.serviceUrl })).body.statusCode).toBe(expectedStatus);
    });
  });

  it('refuses a chargeback carrying a breakdown\'s dimension, a comparison\'s earlier period or an export kind, reading nothing', async () => {
    const requests = tenant.stats.reportRequests;
    for (const extra of [{ dimension: 'costCenter' }, { baseline: { ...QUESTION, range: SEPTEMBER, kind: 'named' } }, { kind: 'chargeback' }]) {
      const { body } = await post(app.url, cardAction('view', { ...VALID.chargeback, ...extra }));
      expect(body).toMatchObject({ statusCode: 400, value: { message: 'This button is not valid any more. Ask the question again.' } });
    }
    expect(tenant.stats.reportRequests).toBe(requests);
  });

  it('refuses an unknown verb and a prototype-polluting payload', async () => {
    expect((await post(app.url, cardAction('deleteEverything', VALID.trend))).body.statusCode).toBe(400);
    expect((await post(app.url, cardAction('view', JSON.parse(`{"__proto__":{"userId":"${USER}"}}`)))).body.statusCode).toBe(400);
  });

  it('refuses a payload with a field no view request has, reading nothing', async () => {
    const requests = tenant.stats.reportRequests;
    const { body } = await post(app.url, cardAction('view', { ...VALID.report, admin: true }));
    expect(body).toMatchObject({ statusCode: 400, value: { message: 'This button is not valid any more. Ask the question again.' } });
    expect(tenant.stats.reportRequests).toBe(requests);
  });

  it('refuses the buttons of cards sent before view requests, asking to ask again', async () => {
    const old = { verb: 'showPerson', ...QUESTION, currency: 'USD', userId: USER };
    const { body } = await post(app.url, cardAction('showPerson', old));
    expect(body).toMatchObject({ statusCode: 400, value: { message: 'This button is not valid any more. Ask the question again.' } });
  });

  it('answers a range longer than MAX_RANGE_DAYS with an error card, not data', async () => {
    const { body } = await post(app.url, cardAction('view', { ...VALID.trend, range: { first: '2020-01-01', last: '2026-10-31', timeZone: 'UTC' } }));
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toMatch(/went wrong on the bot's side/);
  });

  it('shows someone who is not in the report as "no usage", never someone else', async () => {
    const { body } = await post(app.url, press('person'));
    expect(visibleText(body.value)).toContain('This person has no dial-out usage in USD in this range.');
    expect(visibleText(body.value)).not.toMatch(/@contoso\.com/);
  });

  it('names nobody in a channel: the report lists countries, and person, calls and country views point to personal chat', async () => {
    const channel = { conversationType: 'channel' as const };
    const report = cardsIn((await post(app.url, message('cost last month', channel))).body)[0];
    expect(allStrings(report).join('\n')).not.toMatch(/@contoso\.com/);
    expect(visibleText(report)).toContain('Top usage locations');
    expect(executeActions(report).map((a) => a.title)).not.toContain('Show person');
    for (const view of ['person', 'calls', 'country']) {
      const { body } = await post(app.url, press(view, channel));
      expect(visibleText(body.value)).toContain('Names are shown in personal chat');
      expect(allStrings(body.value).join('\n')).not.toMatch(/@contoso\.com/);
    }
    for (const view of ['trend', 'countries', 'destinations']) {
      const { body } = await post(app.url, press(view, channel));
      expect(allStrings(body.value).join('\n')).not.toMatch(/@contoso\.com/);
    }
  });

  it('recomputes a view whose report has left the cache, instead of failing', async () => {
    const { body: first } = await post(app.url, press('countries'));
    const requests = tenant.stats.reportRequests;
    clock += 2 * 60_000; // past REPORT_CACHE_TTL_MINUTES
    const { body: again } = await post(app.url, press('countries'));
    // October is closed: its report is rebuilt from the report store's month window, not read from Graph again.
    expect(tenant.stats.reportRequests).toBe(requests);
    expect(visibleText(again.value)).toBe(visibleText(first.value));
  });

  it('opens the summary\'s report as a new message and leaves the summary card as it is', async () => {
    connector.calls.length = 0;
    const { body } = await post(app.url, { ...cardAction('openView', { ...VALID.report, verb: 'openView', ranking: 'cost' }), serviceUrl: connector.serviceUrl, replyToId: 'summary-1' });
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const [posted] = await connector.waitForCalls(1);
    expect(posted!.method).toBe('POST');
    expect(cardText(posted!.activity.attachments[0].content)).toMatch(/Top spenders in USD/);
  });
});

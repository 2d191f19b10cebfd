import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');
const ADMIN = '11111111-aaaa-4aaa-8aaa-000000000001';
const GROUP_MEMBER = '11111111-aaaa-4aaa-8aaa-000000000002';
const OUTSIDER = '11111111-aaaa-4aaa-8aaa-000000000003';
const ADMIN_GROUP = '22222222-bbbb-4bbb-8bbb-000000000001';
const OTHER_TENANT = '33333333-cccc-4ccc-8ccc-000000000001';

describe('who may see costs, through the real HTTP entry point', () => {
  let app: RunningApp;
  let tenant: DemoTenant;

  beforeAll(async () => {
    app = await startApp(testConfig({ ADMIN_USER_IDS: ADMIN, ADMIN_GROUP_ID: ADMIN_GROUP, QUESTIONS_PER_MINUTE: '3' }), {
      clock: () => NOW,
      demoTenant: { users: 200, now: () => NOW, groups: { [ADMIN_GROUP]: [GROUP_MEMBER] } },
    });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(() => app.close());

  it('answers a listed admin', async () => {
    const { body } = await post(app.url, message('cost last month', { userObjectId: ADMIN }));
    expect(cardText(cardsIn(body)[0])).toMatch(/Showing 1.10/);
  });

  it('answers a member of the admin group, checked through Graph checkMemberGroups', async () => {
    const { body } = await post(app.url, message('cost in September', { userObjectId: GROUP_MEMBER }));
    expect(cardText(cardsIn(body)[0])).toMatch(/Showing 1.10/);
  });

  it('refuses a user who is neither, politely and without data', async () => {
    const requestsBefore = tenant.stats.reportRequests;
    const { body } = await post(app.url, message('cost last month', { userObjectId: OUTSIDER }));
    const text = cardText(cardsIn(body)[0]);
    expect(text).toMatch(/admins only/);
    expect(text).toMatch(/administrator/);
    expect(text).not.toMatch(/Showing|\$|€/);
    expect(tenant.stats.reportRequests).toBe(requestsBefore);
  });

  it('refuses a button pressed by a non-admin, even with a payload copied from an admin\'s card', async () => {
    const adminCard = cardsIn((await post(app.url, message('cost last month', { userObjectId: ADMIN }))).body)[0];
    const next = executeActions(adminCard).find((action) => action.title.startsWith('Next'))!;
    const { body: forAdmin } = await post(app.url, cardAction(next.verb, next.data, { userObjectId: ADMIN }));
    expect(forAdmin.statusCode).toBe(200);
    const { body: forOutsider } = await post(app.url, cardAction(next.verb, next.data, { userObjectId: OUTSIDER }));
    expect(forOutsider.statusCode).toBe(403);
    expect(JSON.stringify(forOutsider)).not.toMatch(/Showing/);
  });

  it('refuses another tenant with a short answer, for messages and buttons', async () => {
    const { body } = await post(app.url, message('cost last month', { userObjectId: ADMIN, tenantId: OTHER_TENANT }));
    expect(body.activities.map((a: { text?: string }) => a.text).join(' ')).toMatch(/another organization/);
    expect(cardsIn(body)).toHaveLength(0);
    const { body: invoke } = await post(app.url, cardAction('view', {}, { userObjectId: ADMIN, tenantId: OTHER_TENANT }));
    expect(invoke.statusCode).toBe(403);
  });

  it('refuses message text over 4 KB before reading it', async () => {
    const { body } = await post(app.url, message(`cost last month ${'x'.repeat(5000)}`, { userObjectId: ADMIN }));
    expect(body.activities[0].text).toMatch(/too long/);
  });

  it('limits the questions that reach Graph per user per minute, not the paging', async () => {
    const ask = async (text: string) => cardText(cardsIn((await post(app.url, message(text, { userObjectId: GROUP_MEMBER }))).body)[0]);
    // September is cached from the group member's first question: it does not count.
    expect(await ask('cost in September')).toMatch(/Showing 1.10/);
    expect(await ask('cost in August')).toMatch(/Showing 1.10/);
    expect(await ask('cost in July')).toMatch(/Showing 1.10/);
    expect(await ask('cost in June')).toMatch(/a lot of questions in one minute/);
    expect(await ask('cost in July')).toMatch(/Showing 1.10/);
  });
});

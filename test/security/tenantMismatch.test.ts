import { readdirSync } from 'node:fs';
import { startApp, type RunningApp } from '../../src/app';
import { AGENTS_PLAYGROUND_TENANT_ID } from '../../src/configAccess';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardAction, cardsIn, cardText, message, post } from '../helpers/botConversation';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');
const ADMIN = '11111111-aaaa-4aaa-8aaa-000000000001';
const OTHER_TENANT = '33333333-cccc-4ccc-8ccc-000000000001';

/** An activity whose two tenant fields disagree. */
function withTenants(activity: Record<string, unknown>, channelDataTenant: string, conversationTenant: string): Record<string, unknown> {
  const conversation = activity.conversation as Record<string, unknown>;
  return { ...activity, channelData: { tenant: { id: channelDataTenant } }, conversation: { ...conversation, tenantId: conversationTenant } };
}

function texts(body: { activities?: Array<{ text?: string }> }): string {
  return (body.activities ?? []).map((a) => a.text ?? '').join(' ');
}

describe('the tenant of an activity is read in one place, and a mismatch is refused', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let stateDir: string;

  beforeAll(async () => {
    const config = testConfig({ ADMIN_USER_IDS: ADMIN });
    stateDir = config.storage.kind === 'file' ? config.storage.stateDir : '';
    app = await startApp(config, { clock: () => NOW, demoTenant: { users: 50, now: () => NOW } });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(() => app.close());

  it.each([
    ['channelData names the served tenant, the conversation another', AGENTS_PLAYGROUND_TENANT_ID, OTHER_TENANT],
    ['the conversation names the served tenant, channelData another', OTHER_TENANT, AGENTS_PLAYGROUND_TENANT_ID],
  ])('refuses a question when %s, with a clear answer and no data', async (_case, channelDataTenant, conversationTenant) => {
    const requestsBefore = tenant.stats.reportRequests;
    const { status, body } = await post(app.url, withTenants(message('cost last month', { userObjectId: ADMIN }), channelDataTenant, conversationTenant));
    expect(status).toBe(200);
    expect(texts(body)).toMatch(/two different organizations/);
    expect(cardsIn(body)).toHaveLength(0);
    expect(tenant.stats.reportRequests).toBe(requestsBefore);
  });

  it('refuses a button press whose tenants disagree', async () => {
    const { body } = await post(app.url, withTenants(cardAction('view', {}, { userObjectId: ADMIN }), AGENTS_PLAYGROUND_TENANT_ID, OTHER_TENANT));
    expect(body.statusCode).toBe(403);
    expect(body.value.message).toMatch(/two different organizations/);
  });

  it('stores nothing for a subscription whose tenants disagree', async () => {
    const { body } = await post(app.url, withTenants(message('subscribe', { userObjectId: ADMIN }), AGENTS_PLAYGROUND_TENANT_ID, OTHER_TENANT));
    expect(texts(body)).toMatch(/two different organizations/);
    expect(readdirSync(stateDir, { recursive: true }).map(String).filter((name) => /subscriptions|conversations/.test(name))).toEqual([]);
  });

  it('still answers when both fields name the served tenant, in any case', async () => {
    const { body } = await post(app.url, withTenants(message('cost last month', { userObjectId: ADMIN }), AGENTS_PLAYGROUND_TENANT_ID.toUpperCase(), AGENTS_PLAYGROUND_TENANT_ID));
    expect(cardText(cardsIn(body)[0])).toMatch(/Showing 1.10/);
  });
});

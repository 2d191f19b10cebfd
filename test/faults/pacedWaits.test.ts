import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { tenantEnvironment } from '../../src/demoTenant/tenantEnvironment';
import { message, post } from '../helpers/botConversation';
import { startBotProcess } from '../helpers/botProcess';

/** Two people, each asking for a past year whatever today is (twelve closed month windows, read ten at a time). */
const ASKED = [
  { userObjectId: '00000000-0000-0000-0000-00000000a11a', text: 'cost from 2024-01-01 to 2024-12-31' },
  { userObjectId: '00000000-0000-0000-0000-00000000b22b', text: 'cost from 2025-01-01 to 2025-12-31' },
];

describe('many Graph requests waiting for the allowance at once', () => {
  let tenant: DemoTenant;
  let stateDir: string;

  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 300, pageSize: 100 });
    stateDir = mkdtempSync(join(tmpdir(), 'dialout-paced-'));
  });
  afterAll(async () => {
    await tenant.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('raise no "memory leak" warning, and stop waiting when the bot stops', async () => {
    // One report request a minute: after the first, every window of both years waits in the pacer.
    const bot = await startBotProcess({ STATE_DIR: stateDir, ...tenantEnvironment(tenant), GRAPH_REQUESTS_PER_MINUTE: '1' });
    const answers = ASKED.map(({ userObjectId, text }) => post(bot.url, message(text, { tenantId: tenant.tenantId, userObjectId })));
    while (tenant.stats.reportRequests === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 500));
    bot.child.kill('SIGTERM');

    const turns = await Promise.all(answers);
    for (const { status } of turns) expect(status).toBe(200);
    expect(await bot.exited).toBe(0);
    expect(tenant.stats.reportRequests).toBe(1);
    expect(bot.stderr()).not.toMatch(/MaxListenersExceededWarning|memory leak/i);
  });
});

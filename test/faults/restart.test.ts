import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMoney } from '../../src/cards/format';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { tenantEnvironment } from '../../src/demoTenant/tenantEnvironment';
import { cardsIn, cardText, message, post } from '../helpers/botConversation';
import { startBotProcess } from '../helpers/botProcess';

/** A past month whatever today is, so the child's real clock does not matter. */
const QUESTION = 'cost from 2025-10-01 to 2025-10-31';

describe('SIGTERM while answering, then a restart', () => {
  let tenant: DemoTenant;
  let stateDir: string;

  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 300, pageSize: 100, pageLatencyMs: 300 });
    stateDir = mkdtempSync(join(tmpdir(), 'dialout-restart-'));
  });
  afterAll(async () => {
    await tenant.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('finishes the answer in flight, exits 0, and answers again after a restart', async () => {
    const usage = tenant.expectedUsage(new Date('2025-10-01T00:00:00Z'), new Date('2025-10-31T23:59:59.999Z'));
    const amounts = Object.entries(usage.byCurrency).map(([currency, totals]) => formatMoney(totals.chargeMicros, currency, 'en-US'));

    const first = await startBotProcess({ STATE_DIR: stateDir, ...tenantEnvironment(tenant) });
    const answer = post(first.url, message(QUESTION, { tenantId: tenant.tenantId }));
    const requestsBefore = tenant.stats.reportRequests;
    while (tenant.stats.reportRequests === requestsBefore) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGTERM');

    const { status, body } = await answer;
    expect(status).toBe(200);
    const text = cardText(cardsIn(body)[0]);
    for (const amount of amounts) expect(text).toContain(amount);
    expect(await first.exited).toBe(0);
    expect(first.events).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    await expect(fetch(`${first.url}/healthz`)).rejects.toThrow();

    const second = await startBotProcess({ STATE_DIR: stateDir, ...tenantEnvironment(tenant) });
    try {
      const again = await post(second.url, message(QUESTION, { tenantId: tenant.tenantId }));
      for (const amount of amounts) expect(cardText(cardsIn(again.body)[0])).toContain(amount);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});

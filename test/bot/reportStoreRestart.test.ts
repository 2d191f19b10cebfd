/** A restarted bot (files, then Azure Blob on azurite) answers a closed period from its report store: no Graph report request. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { formatMoney } from '../../src/cards/format';
import { askCard, cardText } from '../helpers/botConversation';
import { TEST_RETRY } from '../helpers/graphSource';
import { testConfig } from '../helpers/testConfig';
import { startAzurite } from '../storage/azurite';

const NOW = new Date('2027-01-15T10:00:00Z');
const QUESTION = 'cost from 2026-09-01 to 2026-12-31';

function startInstance(env: Record<string, string>): Promise<RunningApp> {
  return startApp(testConfig(env), { clock: () => NOW, demoTenant: { users: 200, pageSize: 50, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
}

describe.each([
  [
    'a state directory',
    async () => {
      const stateDir = await mkdtemp(join(tmpdir(), 'bot-report-store-'));
      return { env: { STATE_DIR: stateDir }, tearDown: () => rm(stateDir, { recursive: true, force: true }) };
    },
  ],
  [
    'an Azure Blob container (azurite)',
    async () => {
      const azurite = await startAzurite();
      return { env: { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'report-store' }, tearDown: azurite.stop };
    },
  ],
])('the report store in %s', (_name, setUp) => {
  it('answers a repeated closed-period question after a restart with no Graph report request and the same exact totals', async () => {
    const backend = await setUp();
    try {
      const first = await startInstance(backend.env);
      const usage = first.demoTenant?.expectedUsage(new Date('2026-09-01T00:00:00Z'), new Date('2026-12-31T23:59:59.999Z'));
      const amounts = Object.entries(usage?.byCurrency ?? {}).map(([currency, totals]) => formatMoney(totals.chargeMicros, currency, 'en-US'));
      expect(amounts.length).toBeGreaterThan(0);
      const before = cardText(await askCard(first.url, QUESTION));
      expect(first.demoTenant?.stats.reportRequests).toBeGreaterThan(0);
      await first.close();

      const second = await startInstance(backend.env);
      try {
        const after = cardText(await askCard(second.url, QUESTION));
        expect(second.demoTenant?.stats.reportRequests).toBe(0);
        for (const amount of amounts) {
          expect(before).toContain(amount);
          expect(after).toContain(amount);
        }
      } finally {
        await second.close();
      }
    } finally {
      await backend.tearDown();
    }
  });
});

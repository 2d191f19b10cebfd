/**
 * Exports wait in the bot's storage (Azure Blob on azurite, or a state directory) shared by every
 * instance: prepared on one instance, accepted on another or after a restart, the uploaded files add up
 * to the demo tenant's rows summed here; only the asker may accept; they expire after 15 minutes and are
 * deleted on accept, decline or expiry.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { cardText, message, post } from '../helpers/botConversation';
import { chargeMicros } from '../helpers/demoTenantClient';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fakeBotConnector';
import { acceptedCsv, consentInvoke, startUploadTarget } from '../helpers/fileExports';
import { TEST_RETRY } from '../helpers/graphSource';
import { rowsOf, totalsOf } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';
import { startAzurite } from '../storage/azurite';

const NOW = new Date('2027-01-15T10:00:00Z');
/** The period's months: Graph's report reads at most 90 days at once. */
const MONTHS = [
  ['2026-09-01T00:00:00Z', '2026-09-30T23:59:59.999Z'],
  ['2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z'],
  ['2026-11-01T00:00:00Z', '2026-11-30T23:59:59.999Z'],
  ['2026-12-01T00:00:00Z', '2026-12-31T23:59:59.999Z'],
] as const;
const PERIOD = 'from 2026-09-01 to 2026-12-31';
const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FIFTEEN_MINUTES = 15 * 60_000;
const SOMEONE_ELSE = { id: 'user-2', name: 'Sam Other', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };

interface Backend {
  env: Record<string, string>;
  /** The names of the waiting exports' objects, read from the storage here. */
  stored(): Promise<string[]>;
  tearDown(): Promise<void>;
}

async function stateDirectory(): Promise<Backend> {
  const stateDir = await mkdtemp(join(tmpdir(), 'bot-exports-'));
  return {
    env: { STATE_DIR: stateDir },
    stored: async () => (await readdir(join(stateDir, 'exports')).catch(() => [])).filter((name) => !name.endsWith('.tmp')),
    tearDown: () => rm(stateDir, { recursive: true, force: true }),
  };
}

async function blobContainer(): Promise<Backend> {
  const azurite = await startAzurite();
  const container = new ContainerClient(azurite.connectionString, 'shared-state');
  return {
    env: { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'shared-state' },
    stored: async () => {
      const names: string[] = [];
      for await (const blob of container.listBlobsFlat({ prefix: 'exports/' })) names.push(blob.name.slice('exports/'.length));
      return names;
    },
    tearDown: azurite.stop,
  };
}

/** An instance whose clock the test moves. */
function startInstance(env: Record<string, string>, clock: () => Date): Promise<RunningApp> {
  return startApp(testConfig(env), { clock, demoTenant: { users: 200, pageSize: 50, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
}

/** The consent card among a typed question's replies (personal chat). */
async function typedConsent(app: RunningApp, text: string): Promise<any> {
  const { body } = await post(app.url, message(text));
  const consent = (body.activities as any[]).flatMap((activity) => activity.attachments ?? []).find((attachment) => attachment.contentType === CONSENT);
  if (!consent) throw new Error(`no consent card for “${text}”: ${JSON.stringify(body)}`);
  return consent;
}

/** Answers a consent card on `app` (as `from`, when given): what the bot said (its text, or its attachment's type) and how many files it uploaded. */
async function answer(app: RunningApp, connector: FakeBotConnector, action: 'accept' | 'decline', consent: any, from?: object): Promise<{ said: string; uploads: number }> {
  const target = await startUploadTarget();
  try {
    const before = connector.calls.length;
    await post(app.url, { ...consentInvoke(action, consent.content.acceptContext, target.url, connector.serviceUrl), ...(from ? { from } : {}) });
    const calls = await connector.waitForCalls(before + 1);
    const { activity } = calls[before]!;
    return { said: String(activity.text ?? activity.attachments?.[0]?.contentType), uploads: target.received.length };
  } finally {
    target.server.close();
  }
}

/** Per currency, summed here from the tenant's rows: calls, seconds and charge (micros). */
function sumsByCurrency(rows: WireRow[]): Map<string, { calls: number; seconds: number; micros: number }> {
  return new Map([...new Set(rows.map((row) => row.currency))].map((currency) => [currency, totalsOf(rows, currency).total]));
}

/** Per currency, the uploaded file's columns of calls, seconds and charge summed. */
function fileSums(rows: string[][], columns: { currency: number; calls: number; seconds: number; charge: number }): Map<string, { calls: number; seconds: number; micros: number }> {
  const sums = new Map<string, { calls: number; seconds: number; micros: number }>();
  for (const row of rows) {
    const sum = sums.get(row[columns.currency]!) ?? { calls: 0, seconds: 0, micros: 0 };
    sum.calls += Number(row[columns.calls]);
    sum.seconds += Number(row[columns.seconds]);
    sum.micros += chargeMicros(row[columns.charge]!);
    sums.set(row[columns.currency]!, sum);
  }
  return sums;
}

const exportId = (consent: any): string => consent.content.acceptContext.exportId;

describe.each([
  ['an Azure Blob container (azurite)', blobContainer],
  ['a state directory', stateDirectory],
])('exports waiting in %s', (_name, setUp) => {
  let backend: Backend;
  let connector: FakeBotConnector;
  let now: Date;
  const clock = (): Date => now;

  beforeAll(async () => {
    [backend, connector] = await Promise.all([setUp(), startFakeBotConnector()]);
  });
  afterAll(async () => {
    await connector.close();
    await backend.tearDown();
  });
  beforeEach(() => {
    now = NOW;
  });

  it('are uploaded by another instance and after a restart, adding up to the tenant\'s rows, and deleted once uploaded', async () => {
    const running = new Set<RunningApp>();
    const start = async (): Promise<RunningApp> => {
      const app = await startInstance(backend.env, clock);
      running.add(app);
      return app;
    };
    try {
      const first = await start();
      const rows = (await Promise.all(MONTHS.map(([from, to]) => rowsOf(first.demoTenant as DemoTenant, from, to)))).flat();
      const expected = sumsByCurrency(rows);
      expect(expected.size).toBeGreaterThan(0);
      const report = await typedConsent(first, `export cost ${PERIOD}`);
      const chargeback = await typedConsent(first, `chargeback csv ${PERIOD}`);
      expect(await backend.stored()).toEqual(expect.arrayContaining([`${exportId(report)}.csv.gz`, `${exportId(chargeback)}.csv.gz`]));

      const second = await start();
      const [header, ...reportRows] = await acceptedCsv(second.url, report, connector.serviceUrl);
      expect(header?.slice(0, 9)).toEqual(['userId', 'userPrincipalName', 'userDisplayName', 'usageLocation', 'destinationContext', 'currency', 'totalCalls', 'totalCallSeconds', 'totalCallCharge']);
      const slices = new Set(rows.map((row) => `${row.userId}|${row.usageLocation}|${row.destinationContext}|${row.currency}`));
      expect(reportRows).toHaveLength(slices.size);
      expect(fileSums(reportRows, { currency: 5, calls: 6, seconds: 7, charge: 8 })).toEqual(expected);
      expect(await backend.stored()).not.toContain(`${exportId(report)}.csv.gz`);

      for (const app of running) await app.close();
      running.clear();
      const restarted = await start();
      const [chargebackHeader, ...chargebackRows] = await acceptedCsv(restarted.url, chargeback, connector.serviceUrl);
      expect(chargebackHeader).toEqual(['unitKind', 'unit', 'currency', 'totalCalls', 'totalCallMinutes', 'totalCallSeconds', 'totalCallCharge', 'people']);
      expect(fileSums(chargebackRows, { currency: 2, calls: 3, seconds: 5, charge: 6 })).toEqual(expected);
      expect(await backend.stored()).toEqual([]);

      // Accepted once, the file is gone on every instance.
      expect(await answer(restarted, connector, 'accept', report)).toEqual({ said: expect.stringMatching(/no longer available/), uploads: 0 });
    } finally {
      for (const app of running) await app.close();
    }
  });

  it('refuse someone else\'s accept or decline, expire after 15 minutes (removed when asked for and by the start-up sweep), and go on decline', async () => {
    const first = await startInstance(backend.env, clock);
    let second: RunningApp | undefined;
    try {
      const mine = await typedConsent(first, `export cost ${PERIOD}`);
      const declined = await typedConsent(first, `export cost ${PERIOD}`);
      const late = await typedConsent(first, `chargeback csv ${PERIOD}`);
      const swept = await typedConsent(first, `chargeback csv ${PERIOD}`);
      second = await startInstance(backend.env, clock);

      expect(await answer(second, connector, 'accept', mine, SOMEONE_ELSE)).toEqual({ said: expect.stringMatching(/no longer available/), uploads: 0 });
      await answer(second, connector, 'decline', mine, SOMEONE_ELSE);
      expect(await backend.stored()).toContain(`${exportId(mine)}.csv.gz`);

      expect(await answer(second, connector, 'decline', declined)).toEqual({ said: expect.stringMatching(/not saved/), uploads: 0 });
      expect(await backend.stored()).not.toContain(`${exportId(declined)}.csv.gz`);

      now = new Date(NOW.getTime() + FIFTEEN_MINUTES - 1_000);
      expect(await answer(second, connector, 'accept', mine)).toEqual({ said: 'application/vnd.microsoft.teams.card.file.info', uploads: 1 });

      now = new Date(NOW.getTime() + FIFTEEN_MINUTES);
      expect(await answer(second, connector, 'accept', late)).toEqual({ said: expect.stringMatching(/expired/), uploads: 0 });
      expect(await backend.stored()).toEqual([`${exportId(swept)}.csv.gz`]);

      await second.close();
      second = await startInstance(backend.env, clock);
      for (let tries = 0; (await backend.stored()).length > 0 && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await backend.stored()).toEqual([]);
    } finally {
      await second?.close();
      await first.close();
    }
  });
});

describe('an export the storage cannot keep', () => {
  it('is not offered: the user is told it could not be kept and to ask again', async () => {
    const backend = await stateDirectory();
    try {
      await writeFile(join(backend.env.STATE_DIR!, 'exports'), 'not a directory');
      const app = await startInstance(backend.env, () => NOW);
      try {
        const { body } = await post(app.url, message(`export cost ${PERIOD}`));
        const attachments = (body.activities as any[]).flatMap((activity) => activity.attachments ?? []);
        expect(attachments.some((attachment) => attachment.contentType === CONSENT)).toBe(false);
        expect(cardText(attachments[0]?.content)).toMatch(/The export could not be kept[\s\S]*Ask again in a few minutes/);
      } finally {
        await app.close();
      }
    } finally {
      await backend.tearDown();
    }
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMoney } from '../../src/cards/format';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardsIn, cardText, message, post } from '../helpers/botConversation';

/** A past month whatever today is, so the child's real clock does not matter. */
const QUESTION = 'cost from 2025-10-01 to 2025-10-31';

interface RunningBot {
  child: ChildProcess;
  url: string;
  events: string[];
  exited: Promise<number | null>;
}

/** Starts `src/index.ts` the way production starts `lib/index.js`, against `tenant` as a real tenant. */
async function startBotProcess(tenant: DemoTenant, stateDir: string): Promise<RunningBot> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'helpers', 'runTypeScript.cjs'), join(__dirname, '..', '..', 'src', 'index.ts')], {
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      STATE_DIR: stateDir,
      GRAPH_TENANT_ID: tenant.tenantId,
      GRAPH_CLIENT_ID: tenant.clientId,
      GRAPH_CLIENT_SECRET: tenant.clientSecret,
      GRAPH_ENDPOINT: tenant.graphEndpoint,
      GRAPH_AUTHORITY_HOST: tenant.authorityHost,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as { event: string; url?: string };
        events.push(entry.event);
        if (entry.event === 'bot ready' && entry.url) resolve(entry.url.replace(/\/api\/messages$/, ''));
      }
    });
    child.stderr!.resume();
    void exited.then((code) => reject(new Error(`the bot exited during start-up (${code})`)));
  });
  return { child, url, events, exited };
}

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

    const first = await startBotProcess(tenant, stateDir);
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

    const second = await startBotProcess(tenant, stateDir);
    try {
      const again = await post(second.url, message(QUESTION, { tenantId: tenant.tenantId }));
      for (const amount of amounts) expect(cardText(cardsIn(again.body)[0])).toContain(amount);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});

/** Scenario 7, bad input: messages and button payloads that never reach Graph, timed over real HTTP to the running bot. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { cardAction, message, post } from '../../test/helpers/botConversation';
import { BENCH_NOW } from '../benchClock';
import { progress } from '../childProcesses';
import { ms, percentile } from '../figures';
import type { Table, Target } from '../results';
import type { Scenario } from './scenario';

const SAMPLES = 600;
const P99_TARGET_MS = 50;

/** Nonsense dates, injections, oversized text, help and forged buttons: each is answered without a Graph read. */
const BAD_INPUTS: object[] = [
  message('cost on the 45th of Smarch'),
  message('cost from 2026-13-01 to 2026-13-40'),
  message('cost next year'),
  message('cost from 2026-10-01 to 2024-01-01'),
  message('cost since 1990'),
  message("'; DROP TABLE users; --"),
  message('${7*7} {{7*7}} <script>alert(1)</script>'),
  message('\u0000\u0007\u001b[31m\u202eevil\u202c'),
  message('x'.repeat(4000)),
  message('help'),
  message(''),
  cardAction('noSuchVerb', { page: 1 }),
  cardAction('showSpenders', { page: -1 }),
  cardAction('showPerson', { userId: '../../etc/passwd' }),
  cardAction('showSpenders', { __proto__: { admin: true }, range: 'all' }),
];

export const badInput: Scenario = async () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'dialout-bench-state-'));
  const app = await startApp(loadConfig({ PORT: '0', STATE_DIR: stateDir }), {
    clock: () => BENCH_NOW,
    demoTenant: { users: 300, now: () => BENCH_NOW },
  });
  try {
    const tenant = app.demoTenant;
    if (!tenant) throw new Error('the bench expects the demo tenant');
    progress(`bad input: ${SAMPLES} requests`);
    const times: number[] = [];
    let failed = 0;
    const graphBefore = tenant.stats.reportRequests;
    for (let i = 0; i < SAMPLES; i += 1) {
      const started = process.hrtime.bigint();
      const { status } = await post(app.url, BAD_INPUTS[i % BAD_INPUTS.length]);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (status >= 500) failed += 1;
    }
    const graphReads = tenant.stats.reportRequests - graphBefore;
    const p99 = percentile(times, 99);
    const table: Table = {
      title: `7. Bad input: ${SAMPLES} requests cycling through ${BAD_INPUTS.length} messages and forged buttons`,
      columns: ['p50', 'p99', 'max', 'Graph reads', '5xx answers'],
      rows: [[ms(percentile(times, 50)), ms(p99), ms(Math.max(...times)), String(graphReads), String(failed)]],
      notes: ['Round trips over loopback HTTP to the running bot (startApp, restify, CloudAdapter); none of these inputs may reach Graph.'],
    };
    const targets: Target[] = [
      { scenario: '7. Bad input, p99', target: `< ${P99_TARGET_MS} ms, no Graph read, no 5xx`, measured: `${ms(p99)}, ${graphReads} reads, ${failed} 5xx`, holds: p99 < P99_TARGET_MS && graphReads === 0 && failed === 0 },
    ];
    return { tables: [table], targets };
  } finally {
    await app.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
};

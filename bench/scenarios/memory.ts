/** Scenario 4, memory: peak RSS over the baseline while answering, by people and rows; each answer in a fresh process. */
import { lastDays } from '../benchClock';
import { benchScript, progress, runChild } from '../childProcesses';
import { count, megabytes, ms } from '../figures';
import type { ProbeInput, ProbeResult } from '../memoryProbe';
import type { Table, Target } from '../results';
import { TenantProcess } from '../tenantProcess';
import type { Scenario } from './scenario';

const LIMIT_BYTES = 300e6;

interface Case {
  users: number;
  /** Days through yesterday: rows grow with the number of 90-day windows. */
  days: number;
  /** The two-million-row cases, skipped by --quick. */
  long?: boolean;
  /** The bot's default (closed windows kept in files, the store empty at first) or memory only. */
  store: ProbeInput['store'];
}

export const memory: Scenario = async ({ options }) => {
  const big = options.bigUsers;
  const half = Math.round(big / 2);
  const cases: Case[] = [
    { users: big, days: 200, store: 'none' },
    { users: big, days: 455, store: 'none' },
    { users: big, days: 910, long: true, store: 'none' },
    { users: half, days: 910, store: 'none' },
    { users: big, days: 455, store: 'files' },
    { users: big, days: 910, long: true, store: 'files' },
  ];
  const asked = cases.filter((c) => !(options.quick && c.long));
  const table: Table = {
    title: '4. Memory: peak RSS over the baseline while answering',
    columns: ['People', 'Range', 'Window store', 'Pages', 'Rows', 'People with usage', 'Peak RSS over baseline', 'Heap kept (the report)', 'Answer time', 'Card'],
    rows: [],
    notes: [
      'Each answer in a fresh Node process: ReportService.report(range) through connectGraph (pacing lifted, or a million rows would take five minutes), then the report card. Window store "files": as the bot runs by default, closed month windows kept in files, the store empty at first (each window read from Graph, then compressed and written, and the range\'s merge written too); "none": memory only. Baseline: RSS after start-up and a full GC; peak: the kernel\'s high-water mark (VmHWM, reset before the question) and RSS sampled every 5 ms, whichever is higher. Heap kept: heapUsed after a full GC with the report still cached.',
      'The demo tenant runs in its own process with three years of history (ranges up to 910 days; the bot\'s MAX_RANGE_DAYS does not apply below ReportService).',
    ],
  };
  const targets: Target[] = [];
  const results: Array<{ c: Case; r: ProbeResult }> = [];
  for (const users of [...new Set(asked.map((c) => c.users))]) {
    const tenant = await TenantProcess.start({ users, pageLatencyMs: 0, throttling: 'off', historyYears: 3 });
    try {
      for (const c of asked.filter((one) => one.users === users)) {
        progress(`memory: ${count(users)} people, ${c.days} days, window store: ${c.store}`);
        const input: ProbeInput = { tenant: tenant.address, range: lastDays(c.days), store: c.store };
        const r = await runChild<ProbeResult>(benchScript('memoryProbe.js'), input, { execArgv: ['--expose-gc'] });
        results.push({ c, r });
        table.rows.push([count(users), `${c.days} days`, c.store, count(r.pages), count(r.rows), count(r.people), megabytes(r.peakOverBaselineBytes), megabytes(r.retainedHeapBytes), ms(r.ms), `${(r.cardBytes / 1024).toFixed(1)} KB`]);
      }
    } finally {
      await tenant.close();
    }
  }
  for (const store of ['none', 'files'] as const) {
    const largest = results.filter(({ c }) => c.users === big && c.store === store).sort((a, b) => b.r.rows - a.r.rows)[0];
    if (!largest) continue;
    targets.push({
      scenario: `4. Memory, ${count(big)} people, ${count(largest.r.rows)} rows, window store: ${store}`,
      target: 'peak RSS over baseline < 300 MB',
      measured: megabytes(largest.r.peakOverBaselineBytes),
      holds: largest.r.peakOverBaselineBytes < LIMIT_BYTES,
    });
  }
  const atBig = results.filter(({ c }) => c.users === big && c.store === 'none').sort((a, b) => a.r.rows - b.r.rows);
  const largest = atBig[atBig.length - 1];
  const smallest = atBig[0];
  if (largest && smallest && largest !== smallest) {
    const growth = largest.r.peakOverBaselineBytes / smallest.r.peakOverBaselineBytes;
    const rowsGrowth = largest.r.rows / smallest.r.rows;
    targets.push({
      scenario: '4. Memory grows with people, not rows',
      target: `${rowsGrowth.toFixed(1)}× the rows, same people: peak grows < 1.5×`,
      measured: `${growth.toFixed(2)}× (${megabytes(smallest.r.peakOverBaselineBytes)} → ${megabytes(largest.r.peakOverBaselineBytes)})`,
      holds: growth < 1.5,
    });
  }
  if (options.quick) table.notes?.push('--quick: the two-million-row cases were skipped.');
  return { tables: [table], targets };
};

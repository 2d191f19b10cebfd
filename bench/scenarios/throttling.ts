/** Scenario 6, throttling: a one-year question of 100+ pages against a tenant that enforces Graph's documented limits. */
import { connectGraph } from '../../src/graph/graphConnection';
import { PER_FUNCTION_PER_MINUTE } from '../../src/graph/requestPacer';
import { ReportService } from '../../src/report/reportService';
import { BENCH_NOW, ONE_YEAR } from '../benchClock';
import { settingsFor } from '../botPipeline';
import { progress } from '../childProcesses';
import { count, elapsedMs, ms, ratio } from '../figures';
import type { Table, Target } from '../results';
import { TenantProcess } from '../tenantProcess';
import { lowerBoundMs, rangeShape } from '../windowPages';
import type { Scenario } from './scenario';

export const throttling: Scenario = async ({ options }) => {
  const table: Table = {
    title: `6. Throttling: one year (${ONE_YEAR.first} – ${ONE_YEAR.last}) for ${count(options.users)} people, ${options.latencyMs} ms per page, Graph's documented limits`,
    columns: ['Pages', 'Report requests', 'Most requests in any 60 s', '429 answers', 'Wall time', 'Pacing lower bound', 'Ratio'],
    rows: [],
    notes: [
      'The question as the bot answers it: ReportService.report (its 12 calendar-month windows, up to 10 read at once, no window store, so every window comes from Graph), through connectGraph with the default pacing.',
      `One run: it takes minutes by design. The demo tenant enforces Graph's three limits for the PSTN report functions (${PER_FUNCTION_PER_MINUTE} requests per function, 200 per app, 1,000 per tenant, each in any 60 s), counts every report request as it arrives and answers 429 past a limit; the bot paces at its default GRAPH_REQUESTS_PER_MINUTE (${PER_FUNCTION_PER_MINUTE}).`,
    ],
  };
  if (options.quick) {
    table.rows.push(['skipped (--quick)', '', '', '', '', '', '']);
    return { tables: [table], targets: [] };
  }
  const tenant = await TenantProcess.start({ users: options.users, pageLatencyMs: options.latencyMs });
  try {
    const shape = await rangeShape(tenant, ONE_YEAR, 'months');
    const ticker = setInterval(() => {
      void tenant.stats().then((stats) => progress(`throttling: ${stats.pagesServed} of ${shape.pages} pages`));
    }, 15_000);
    let wallMs: number;
    try {
      const reports = new ReportService(connectGraph(settingsFor(tenant.address)), { cacheTtlMinutes: 60, cacheEntries: 5, clock: () => BENCH_NOW });
      const started = process.hrtime.bigint();
      await reports.report(ONE_YEAR);
      wallMs = elapsedMs(started);
    } finally {
      clearInterval(ticker);
    }
    const stats = await tenant.stats();
    const bound = lowerBoundMs(shape, options.latencyMs, PER_FUNCTION_PER_MINUTE);
    table.rows.push([count(shape.pages), count(stats.reportRequests), count(stats.maxRequestsInAnyMinute), count(stats.throttledRequests), ms(wallMs), ms(bound), ratio(wallMs / bound)]);
    const targets: Target[] = [
      {
        scenario: `6. Throttling, ${count(shape.pages)} pages`,
        target: `never more than ${PER_FUNCTION_PER_MINUTE} report requests in any 60 s, no 429`,
        measured: `${stats.maxRequestsInAnyMinute} at most, ${stats.throttledRequests} × 429`,
        holds: stats.maxRequestsInAnyMinute <= PER_FUNCTION_PER_MINUTE && stats.throttledRequests === 0,
      },
    ];
    return { tables: [table], targets };
  } finally {
    await tenant.close();
  }
};

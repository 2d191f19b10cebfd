/** Scenario 6, throttling: a question of 500+ pages against a tenant that answers 429 past 200 requests a minute. */
import { lastDays } from '../benchClock';
import { botReport } from '../botPipeline';
import { progress } from '../childProcesses';
import { count, ms, ratio } from '../figures';
import type { Table, Target } from '../results';
import { TenantProcess } from '../tenantProcess';
import { lowerBoundMs, rangeShape } from '../windowPages';
import type { Scenario } from './scenario';

const GRAPH_LIMIT = 200;
/** Five full windows and a short one: over 500 pages at 100,000 people. */
const DAYS = 455;

export const throttling: Scenario = async ({ options }) => {
  const table: Table = {
    title: `6. Throttling: ${DAYS} days for ${count(options.bigUsers)} people, ${options.latencyMs} ms per page, tenant limit ${GRAPH_LIMIT} requests / 60 s`,
    columns: ['Pages', 'Report requests', 'Most requests in any 60 s', '429 answers', 'Wall time', 'Pacing lower bound', 'Ratio'],
    rows: [],
    notes: ['One run: it takes over two minutes by design. The demo tenant counts every report request as it arrives (sliding 60 s) and answers 429 past its limit, as Graph does per app and tenant.'],
  };
  if (options.quick) {
    table.rows.push(['skipped (--quick)', '', '', '', '', '', '']);
    return { tables: [table], targets: [] };
  }
  const tenant = await TenantProcess.start({ users: options.bigUsers, pageLatencyMs: options.latencyMs, requestLimitPerMinute: GRAPH_LIMIT });
  try {
    const range = lastDays(DAYS);
    const shape = await rangeShape(tenant, range);
    const ticker = setInterval(() => {
      void tenant.stats().then((stats) => progress(`throttling: ${stats.pagesServed} of ${shape.pages} pages`));
    }, 15_000);
    let wallMs: number;
    try {
      wallMs = (await botReport(tenant.address, range)).ms;
    } finally {
      clearInterval(ticker);
    }
    const stats = await tenant.stats();
    const bound = lowerBoundMs(shape, options.latencyMs);
    table.rows.push([count(shape.pages), count(stats.reportRequests), count(stats.maxRequestsInAnyMinute), count(stats.throttledRequests), ms(wallMs), ms(bound), ratio(wallMs / bound)]);
    const targets: Target[] = [
      {
        scenario: `6. Throttling, ${count(shape.pages)} pages`,
        target: `never more than ${GRAPH_LIMIT} requests in any 60 s`,
        measured: `${stats.maxRequestsInAnyMinute} at most, ${stats.throttledRequests} × 429`,
        holds: stats.maxRequestsInAnyMinute <= GRAPH_LIMIT && stats.throttledRequests === 0,
      },
    ];
    return { tables: [table], targets };
  } finally {
    await tenant.close();
  }
};

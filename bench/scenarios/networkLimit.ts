/** Scenario 3, the network limit: the bot's wall time for a year against the shortest time any client could take. */
import { PER_FUNCTION_PER_MINUTE } from '../../src/graph/requestPacer';
import { ONE_YEAR } from '../benchClock';
import { botReport, UNPACED } from '../botPipeline';
import { progress } from '../childProcesses';
import { count, median, ms, ratio } from '../figures';
import type { Table, Target } from '../results';
import { TenantProcess } from '../tenantProcess';
import { lowerBoundMs, rangeShape } from '../windowPages';
import type { Scenario } from './scenario';

const TARGET = 1.2;

export const networkLimit: Scenario = async ({ options }) => {
  const latencies = options.latencyMs > 0 ? [options.latencyMs, options.latencyMs * 2] : [0];
  const table: Table = {
    title: `3. Network limit: one year (${ONE_YEAR.first} – ${ONE_YEAR.last}), ${count(options.users)} people`,
    columns: ['Latency per page', 'Pages per window', 'Lower bound', 'Bot wall time', 'Ratio to the bound', `Paced at Graph's ${PER_FUNCTION_PER_MINUTE} / 60 s, at least`],
    rows: [],
    notes: [
      `Median of ${options.runs} runs, each with a new connection (token included). The network alone: Graph's throttling is lifted on both sides (the pacing is scenario 6). Lower bound: the longest window's pages × latency (a window's pages follow one nextLink chain).`,
      `Last column: against a real tenant the bot keeps to Graph's documented ${PER_FUNCTION_PER_MINUTE} requests per function in any 60 s, so a question of more pages takes at least ${'⌊'}(pages − 1) / ${PER_FUNCTION_PER_MINUTE}${'⌋'} minutes + one page.`,
    ],
  };
  const targets: Target[] = [];
  for (const latencyMs of latencies) {
    const tenant = await TenantProcess.start({ users: options.users, pageLatencyMs: latencyMs, throttling: 'off' });
    try {
      const shape = await rangeShape(tenant, ONE_YEAR);
      const times: number[] = [];
      for (let run = 0; run < options.runs; run += 1) {
        progress(`network: ${latencyMs} ms per page, run ${run + 1} of ${options.runs}`);
        times.push((await botReport(tenant.address, ONE_YEAR, UNPACED)).ms);
      }
      const bound = lowerBoundMs(shape, latencyMs);
      const wall = median(times);
      const toBound = bound > 0 ? wall / bound : Number.NaN;
      const paced = lowerBoundMs(shape, latencyMs, PER_FUNCTION_PER_MINUTE);
      table.rows.push([`${latencyMs} ms`, shape.windowPages.join(' + '), ms(bound), ms(wall), ratio(toBound), ms(paced)]);
      if (latencyMs === options.latencyMs && latencyMs > 0) {
        targets.push({ scenario: `3. Network, one year, ${latencyMs} ms per page`, target: `≤ ${TARGET}× the lower bound`, measured: `${ratio(toBound)} (${ms(wall)} vs ${ms(bound)})`, holds: toBound <= TARGET });
      }
    } finally {
      await tenant.close();
    }
  }
  return { tables: [table], targets };
};

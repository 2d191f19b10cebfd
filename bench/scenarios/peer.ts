/** Scenario 2, the peer: the Graph SDK's PageIterator against the bot's pipeline, same range, same https tenant, same run. */
import { ONE_YEAR } from '../benchClock';
import { botReport, UNPACED } from '../botPipeline';
import { progress } from '../childProcesses';
import { count, median, ms, ratio } from '../figures';
import { peerTotals } from '../peerPipeline';
import type { Table, Target } from '../results';
import { TenantProcess } from '../tenantProcess';
import { reportDigest, sameTotals, type TotalsDigest } from '../totalsDigest';
import { rangeShape } from '../windowPages';
import type { Scenario } from './scenario';

/** Speed-up the issue asks for, by page latency: as fast at zero latency, 3× with latency. */
function targetSpeedUp(latencyMs: number): number {
  return latencyMs === 0 ? 1 : 3;
}

export const peer: Scenario = async ({ options, tls }) => {
  const latencies = [...new Set([0, options.latencyMs])];
  const table: Table = {
    title: `2. Peer: Graph SDK PageIterator vs the bot, one year (${ONE_YEAR.first} – ${ONE_YEAR.last}), ${count(options.users)} people, over https`,
    columns: ['Latency per page', 'Windows', 'Pages', 'Graph SDK 3.0.7 PageIterator', 'Bot (connectGraph + WindowAggregator)', 'Bot speed-up', 'Same totals'],
    rows: [],
    notes: [
      `Median of ${options.runs} runs each, SDK and bot alternating in the same run; speed-up = median of per-run SDK time / bot time.`,
      'Both read the same ≤ 90-day windows of a demo tenant served over https (self-signed certificate made by openssl for this run), in its own process, and sum exact per-currency and per-person totals (the peer with Math.round(Number(charge) × 10⁶), then ranks people by charge).',
      'The SDK reads the windows one after another (PageIterator follows one nextLink chain); the bot reads all windows at once. Graph\'s throttling limits are lifted on both sides (the tenant\'s and the bot\'s pacing) so the runs measure paging, not waiting (scenario 6 keeps them).',
      '"Same totals": per-currency totals and every person\'s calls, seconds and micro-units are identical between the two, and equal to the tenant\'s own sums.',
    ],
  };
  const targets: Target[] = [];
  for (const latencyMs of latencies) {
    const tenant = await TenantProcess.start({ users: options.users, pageLatencyMs: latencyMs, throttling: 'off', tls });
    try {
      const shape = await rangeShape(tenant, ONE_YEAR);
      const sdkTimes: number[] = [];
      const botTimes: number[] = [];
      const speedUps: number[] = [];
      const digests: TotalsDigest[] = [];
      for (let run = 0; run < options.runs; run += 1) {
        progress(`peer: ${latencyMs} ms per page, run ${run + 1} of ${options.runs}`);
        const runBot = async (): Promise<number> => {
          const { report, ms: botMs } = await botReport(tenant.address, ONE_YEAR, UNPACED);
          digests.push(reportDigest(report));
          return botMs;
        };
        const runSdk = async (): Promise<number> => {
          const { digest: sdkDigest, ms: sdkMs } = await peerTotals(tenant.address, ONE_YEAR);
          digests.push(sdkDigest);
          return sdkMs;
        };
        let sdkMs: number;
        let botMs: number;
        if (run % 2 === 0) {
          sdkMs = await runSdk();
          botMs = await runBot();
        } else {
          botMs = await runBot();
          sdkMs = await runSdk();
        }
        sdkTimes.push(sdkMs);
        botTimes.push(botMs);
        speedUps.push(sdkMs / botMs);
      }
      const first = digests[0] as TotalsDigest;
      const same = digests.every((d) => sameTotals(d, first)) && JSON.stringify(first.currencies) === JSON.stringify(shape.expected);
      const speedUp = median(speedUps);
      table.rows.push([
        `${latencyMs} ms`,
        String(shape.windowPages.length),
        count(shape.pages),
        ms(median(sdkTimes)),
        ms(median(botTimes)),
        ratio(speedUp),
        same ? 'yes' : 'NO',
      ]);
      const wanted = targetSpeedUp(latencyMs);
      targets.push({
        scenario: `2. Peer, one year, ${latencyMs} ms per page`,
        target: wanted === 1 ? 'bot at least as fast as the SDK' : `bot ≥ ${wanted}× faster than the SDK`,
        measured: `${ratio(speedUp)}${same ? '' : ' (totals differ!)'}`,
        holds: speedUp >= wanted && same,
      });
    } finally {
      await tenant.close();
    }
  }
  return { tables: [table], targets };
};

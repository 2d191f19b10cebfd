/** Scenario 1, the CPU limit: for the same page bodies, bare JSON.parse against the bot's parse + validate + aggregate. */
import { DialoutPageReader } from '../../src/graph/dialoutPage';
import type { DateRange } from '../../src/domain/dateRange';
import type { Report } from '../../src/report/report';
import { WindowAggregator } from '../../src/report/windowAggregator';
import { mergeWindows } from '../../src/report/windowSlices';
import { lastDays, ONE_YEAR } from '../benchClock';
import { progress } from '../childProcesses';
import { count, elapsedMs, median, megabytes, ms, ratio } from '../figures';
import { fetchPageBodies } from '../pageBodies';
import { PeerSums, type PeerRow } from '../peerPipeline';
import type { ScenarioResult, Table, Target } from '../results';
import { TenantProcess } from '../tenantProcess';
import type { Scenario } from './scenario';

const TARGET = 1.5;

interface PageSet {
  label: string;
  users: number;
  range: DateRange;
}

interface Measured {
  pages: number;
  bytes: number;
  rows: number;
  people: number;
  parseMs: number;
  pipelineMs: number;
  finishMs: number;
  ratio: number;
  /** The peer's sums (JSON.parse, Maps by user id, no validation) over bare JSON.parse. */
  peerRatio: number;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function parseAll(bodies: string[]): void {
  for (const body of bodies) JSON.parse(body);
}

/** What a developer would write without validation, for comparison: parse, then Maps by currency and user id. */
function peerAll(bodies: string[]): void {
  const sums = new PeerSums();
  for (const body of bodies) for (const row of (JSON.parse(body) as { value: PeerRow[] }).value) sums.add(row);
}

/** The product's path for each page, as GraphClient and DialoutReportSource run it: JSON.parse, then the page reader into a window's aggregator. */
function pipelineAll(bodies: string[], reader: DialoutPageReader): WindowAggregator {
  const aggregator = new WindowAggregator();
  for (const body of bodies) reader.read(JSON.parse(body), undefined, aggregator);
  return aggregator;
}

async function measure(set: PageSet, runs: number): Promise<Measured> {
  const tenant = await TenantProcess.start({ users: set.users, pageLatencyMs: 0, throttling: 'off' });
  let bodies: string[];
  try {
    bodies = await fetchPageBodies(tenant.address, set.range);
  } finally {
    await tenant.close();
  }
  const reader = new DialoutPageReader(tenant.address.graphEndpoint);
  const meta = { pageCount: bodies.length, fetchedAt: new Date() };
  parseAll(bodies); // warm-up of every path, not counted
  mergeWindows(set.range, [pipelineAll(bodies, reader).finish(set.range, meta)]);
  peerAll(bodies);
  const parse: number[] = [];
  const pipeline: number[] = [];
  const finish: number[] = [];
  const ratios: number[] = [];
  const peerRatios: number[] = [];
  let report: Report | undefined;
  for (let run = 0; run < runs; run += 1) {
    // Both passes start from a collected heap, in alternating order, so neither inherits the other's garbage.
    const timeParse = (): number => {
      collectGarbage();
      const started = process.hrtime.bigint();
      parseAll(bodies);
      return elapsedMs(started);
    };
    const timePipeline = (): number => {
      collectGarbage();
      const started = process.hrtime.bigint();
      const aggregator = pipelineAll(bodies, reader);
      const pipelineMs = elapsedMs(started);
      const finishing = process.hrtime.bigint();
      report = mergeWindows(set.range, [aggregator.finish(set.range, meta)]);
      finish.push(elapsedMs(finishing));
      return pipelineMs;
    };
    let parseMs: number;
    let pipelineMs: number;
    if (run % 2 === 0) {
      parseMs = timeParse();
      pipelineMs = timePipeline();
    } else {
      pipelineMs = timePipeline();
      parseMs = timeParse();
    }
    parse.push(parseMs);
    pipeline.push(pipelineMs);
    ratios.push(pipelineMs / parseMs);
    collectGarbage();
    const peerStarted = process.hrtime.bigint();
    peerAll(bodies);
    peerRatios.push(elapsedMs(peerStarted) / parseMs);
  }
  return {
    pages: bodies.length,
    bytes: bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0),
    rows: report?.rowCount ?? 0,
    people: report?.currencies.reduce((sum, c) => sum + c.spenders.length, 0) ?? 0,
    parseMs: median(parse),
    pipelineMs: median(pipeline),
    finishMs: median(finish),
    ratio: median(ratios),
    peerRatio: median(peerRatios),
  };
}

export const cpuLimit: Scenario = async ({ options }) => {
  const runs = Math.max(options.runs, 15);
  const sets: PageSet[] = [
    { label: `one year (${ONE_YEAR.first} – ${ONE_YEAR.last}), ${count(options.users)} people`, users: options.users, range: ONE_YEAR },
    { label: `one 90-day window, ${count(options.bigUsers)} people: nearly every row a new person`, users: options.bigUsers, range: lastDays(90) },
  ];
  const table: Table = {
    title: '1. CPU limit: JSON.parse alone vs parse + validate + aggregate (same page bodies)',
    columns: ['Page set', 'Pages', 'JSON', 'Rows', 'People', 'JSON.parse alone', 'Bot: parse + validate + aggregate', 'Ratio', 'Ranking (once per answer)', 'For comparison: parse + Map sums, no validation'],
    rows: [],
    notes: [
      `Median of ${runs} alternating passes over all bodies, each pass after a forced GC; the ratio is the median of the per-pass ratios.`,
      'The bot pass is the product code for a page: JSON.parse (GraphClient), DialoutPageReader.read (validation) into WindowAggregator.addRow (a window\'s slices, in columns). Ranking: the slices folded into the report and its people sorted (WindowAggregator.finish, then mergeWindows), once per answer.',
      'For comparison, the peer\'s summing of scenario 2 on the same bodies: JSON.parse, then a Map per currency and a Map by user id, without any validation.',
    ],
  };
  const targets: Target[] = [];
  for (const set of sets) {
    progress(`cpu: ${set.label}`);
    const m = await measure(set, runs);
    table.rows.push([set.label, count(m.pages), megabytes(m.bytes), count(m.rows), count(m.people), ms(m.parseMs), ms(m.pipelineMs), ratio(m.ratio), ms(m.finishMs), ratio(m.peerRatio)]);
    targets.push({ scenario: `1. CPU, ${set.label}`, target: `≤ ${TARGET}× JSON.parse`, measured: ratio(m.ratio), holds: m.ratio <= TARGET });
  }
  return { tables: [table], targets } satisfies ScenarioResult;
};

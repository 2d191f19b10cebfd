/** Child process entry: answers one question in a fresh heap and reports its peak RSS over the baseline before the question. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardSize } from '../src/cards/cardSize';
import { reportCard } from '../src/cards/reportCard';
import { connectGraph } from '../src/graph/graphConnection';
import type { DateRange } from '../src/domain/dateRange';
import { reportRequest } from '../src/domain/viewRequest';
import { ReportService, type ReportServiceOptions } from '../src/report/reportService';
import { ReportWindowStore } from '../src/storage/reportWindowStore';
import { WindowFiles } from '../src/storage/windowFiles';
import { BENCH_NOW } from './benchClock';
import { settingsFor, UNPACED } from './botPipeline';
import { serveChild } from './childProcesses';
import { elapsedMs } from './figures';
import type { TenantAddress } from './tenantProcess';

export interface ProbeInput {
  tenant: TenantAddress;
  range: DateRange;
  /** 'files': as the bot runs by default, with the window store on files (empty: every closed window is read from Graph, then written); 'none': memory only. */
  store: 'files' | 'none';
}

/** Closed windows kept in files, as the bot keeps them under STATE_DIR (the directory removed by `cleanUp`). */
function fileStore(): { store: NonNullable<ReportServiceOptions['store']>; cleanUp: () => void } {
  const directory = mkdtempSync(join(tmpdir(), 'dialout-bench-reports-'));
  const windows = new ReportWindowStore(new WindowFiles(directory), { namespace: 'bench', maxBytes: 4096 * 1024 * 1024, clock: () => BENCH_NOW.getTime() });
  return { store: { windows, closedAfterHours: 72 }, cleanUp: () => rmSync(directory, { recursive: true, force: true }) };
}

export interface ProbeResult {
  rows: number;
  pages: number;
  people: number;
  baselineBytes: number;
  peakOverBaselineBytes: number;
  /** Heap in use after a full GC with the answer still held (the cached report). */
  retainedHeapBytes: number;
  /** The answer's card, in bytes. */
  cardBytes: number;
  ms: number;
}

/** A field of /proc/self/status in bytes (VmRSS, VmHWM), or undefined off Linux. */
function procStatusBytes(field: string): number | undefined {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((text) => text.startsWith(`${field}:`));
    const kilobytes = line ? Number(/(\d+)/.exec(line)?.[1]) : Number.NaN;
    return Number.isFinite(kilobytes) ? kilobytes * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Resets the kernel's peak-RSS mark (VmHWM) to the current RSS; false where that is not possible. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function probe({ tenant, range, store }: ProbeInput): Promise<ProbeResult> {
  const files = store === 'files' ? fileStore() : undefined;
  try {
    return await answer(tenant, range, files?.store);
  } finally {
    files?.cleanUp();
  }
}

async function answer(tenant: TenantAddress, range: DateRange, store: ReportServiceOptions['store']): Promise<ProbeResult> {
  // Paced at Graph's limit, a million rows would take five minutes; memory does not depend on the pace.
  const reports = new ReportService(connectGraph(settingsFor(tenant, UNPACED)), { cacheTtlMinutes: 60, cacheEntries: 50, clock: () => BENCH_NOW, ...(store ? { store } : {}) });
  collectGarbage();
  const kernelPeak = resetPeak();
  const baseline = process.memoryUsage.rss();
  let sampledPeak = baseline;
  // Sampling catches what the kernel mark cannot be asked for (no /proc); the mark catches what sampling misses between ticks.
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
  }, 5);
  const started = process.hrtime.bigint();
  const report = await reports.report(range);
  const card = reportCard(report, reportRequest({ range, phrase: 'memory probe', clippedToToday: false, reachedPastToday: false }), { locale: 'en-US', demoTenant: true, showNames: true });
  const ms = elapsedMs(started);
  clearInterval(sampler);
  const peak = Math.max(sampledPeak, process.memoryUsage.rss(), (kernelPeak ? procStatusBytes('VmHWM') : undefined) ?? 0);
  collectGarbage();
  const retainedHeapBytes = process.memoryUsage().heapUsed;
  return {
    rows: report.rowCount,
    pages: report.pageCount,
    people: report.currencies.reduce((sum, c) => sum + c.spenders.length, 0),
    cardBytes: cardSize(card),
    baselineBytes: baseline,
    peakOverBaselineBytes: peak - baseline,
    retainedHeapBytes,
    ms,
  };
}

serveChild(probe);

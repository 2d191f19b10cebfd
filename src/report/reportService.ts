/**
 * Answers "the report for this range": from the cache, or merged from the range's month windows —
 * closed windows from the window store when there is one (read from Graph once, then kept), open
 * windows from Graph — each window read once even when asked for twice at once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadSummary } from '../graph/dialoutReport';
import type { RowSink } from '../graph/dialoutPage';
import { rangeKey, type DateRange } from '../domain/dateRange';
import { ReadOnce } from '../domain/readOnce';
import { runWorkerPool } from '../domain/workerPool';
import { PersonTable } from './personTable';
import { isClosedWindow, monthWindows } from './monthWindows';
import type { ReadLanes } from './readLanes';
import type { Report } from './report';
import { sliceRanking } from './sliceRanking';
import { WindowAggregator } from './windowAggregator';
import { mergeWindows, WindowMerger, windowSlicesOf, withOwnPeople, type WindowSlices } from './windowSlices';

/** Where rows come from: the Graph source in production (graph/DialoutReportSource). */
export interface RowSource {
  read(range: DateRange, sink: RowSink): Promise<ReadSummary>;
}

/**
 * What a stored object holds: a closed window read from Graph, or the merge of a closed range's
 * windows (so a question asked again reads one object, not each of its months, and merges nothing).
 */
export type StoredKind = 'window' | 'merged';

/**
 * Where closed windows are kept (storage/ implements it over files or Azure Blob), shared by every
 * instance. No method throws: a window that cannot be read is absent (and is read from Graph again),
 * a window that cannot be written is simply not kept; the store reports its own troubles.
 */
export interface WindowStore {
  /** The kept object; kind 'window' when not given. */
  get(window: DateRange, kind?: StoredKind): Promise<WindowSlices | undefined>;
  put(window: WindowSlices, kind?: StoredKind): Promise<void>;
  /** This instance's claim to read the window from Graph (its release), or undefined while another instance reads it. */
  claim(window: DateRange): Promise<(() => Promise<void>) | undefined>;
}

export interface ReportServiceOptions {
  cacheTtlMinutes: number;
  /** Reports kept at most. */
  cacheEntries: number;
  /** Each person's reads in their own lane; without lanes (one reader, as in a benchmark) reads start at once. */
  lanes?: ReadLanes;
  /** Closed windows kept for good: REPORT_CLOSED_AFTER_HOURS after a window's last day ended, its rows no longer change. */
  store?: { windows: WindowStore; closedAfterHours: number };
  clock?: () => Date;
  /** Aborted at shutdown: a read waiting for a window that another instance has claimed stops waiting. */
  stopping?: AbortSignal;
  /** How a range is cut into windows (the benchmark compares others); default: monthWindows. */
  windows?: (range: DateRange) => DateRange[];
}

/** Month windows read at the same time; the Graph client's pacer keeps their requests within Graph's limits. */
const WINDOWS_AT_ONCE = 10;
/** Open windows kept in memory: the current month, the month before while it closes, and a few partial months at the ends of ranges. */
const OPEN_WINDOWS_KEPT = 6;
/** How often an instance looks for a window that another instance has claimed and is reading. */
const CLAIM_POLL_MS = 250;

export class ReportService {
  private readonly reads: ReadOnce<Report, Promise<Report>>;
  /** Joins reads of one closed window under way; keeps nothing (closed windows are in the store). */
  private readonly windowReads: ReadOnce<WindowSlices, Promise<WindowSlices>>;
  /** Open windows, kept as long as reports: every range that ends in the current month shares its read of that month. */
  private readonly openWindows: ReadOnce<WindowSlices, Promise<WindowSlices>>;
  private readonly clock: () => Date;
  private readonly lanes: ReadLanes | undefined;
  private readonly store: ReportServiceOptions['store'];
  private readonly windowsOf: (range: DateRange) => DateRange[];
  private readonly stopping: AbortSignal | undefined;

  constructor(
    private readonly source: RowSource,
    options: ReportServiceOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.reads = new ReadOnce({ ttlMs: options.cacheTtlMinutes * 60_000, maxEntries: options.cacheEntries, clock: this.clock });
    this.windowReads = new ReadOnce({ ttlMs: 0, maxEntries: 0, clock: this.clock });
    this.openWindows = new ReadOnce({ ttlMs: options.cacheTtlMinutes * 60_000, maxEntries: OPEN_WINDOWS_KEPT, clock: this.clock });
    this.lanes = options.lanes;
    this.store = options.store;
    this.windowsOf = options.windows ?? monthWindows;
    this.stopping = options.stopping;
  }

  /**
   * The report for the range: cached, joined to a read under way, or read in the asker's lane. `admit`
   * is asked only before a new read (the per-user question limit); when it throws, nothing
   * is read. A read that waits in its lane looks again when its turn comes (someone else may have
   * read the range meanwhile), and only a read that has started can be joined: nobody's answer
   * waits in another person's lane.
   */
  async report(range: DateRange, admit?: () => void): Promise<Report> {
    const key = rangeKey(range);
    const ready = this.reads.ready(key, found);
    if (ready) return ready;
    admit?.();
    const turn = (): Promise<Report> => this.reads.read(key, found, (keep) => keep(this.ranked(range)));
    return this.lanes ? this.lanes.run(turn) : turn();
  }

  /**
   * The range's report merged from its windows (closed ones from the store), read now and not kept
   * in the report cache: a trend's months, which are the month windows questions read too.
   */
  async merged(range: DateRange): Promise<Report> {
    const windows = this.windowsOf(range);
    // Each window is folded in as soon as it is read (and those before it are in), then let go.
    const merger = new WindowMerger();
    const people = new PersonTable();
    await runWorkerPool(windows, WINDOWS_AT_ONCE, async (window, index) => {
      const closed = this.store !== undefined && isClosedWindow(window, this.clock(), this.store.closedAfterHours);
      const reads = closed ? this.windowReads : this.openWindows;
      // An open window is kept after this read: with its own people, so the read's whole table can go.
      merger.add(index, await reads.read(rangeKey(window), found, (keep) => keep(closed ? this.stored(window, people) : this.fromGraph(window, people).then(withOwnPeople))));
    });
    return merger.finish(range);
  }

  private async ranked(range: DateRange): Promise<Report> {
    const report = this.keepsMerged(range) ? await this.mergedOnce(range) : await this.merged(range);
    // A cached report is asked again with filters: its slice rankings are worked out now, so no filter's first question waits for them.
    for (const currency of report.currencies) sliceRanking(currency);
    return report;
  }

  /** True for a closed range of several windows when there is a store: its merge is kept too. */
  private keepsMerged(range: DateRange): boolean {
    return this.store !== undefined && isClosedWindow(range, this.clock(), this.store.closedAfterHours) && this.windowsOf(range).length > 1;
  }

  /**
   * A closed range's report from its merge kept in the store (one object, folded once: exactly the
   * report its windows merge into), else merged from its windows and its merge kept.
   */
  private async mergedOnce(range: DateRange): Promise<Report> {
    const store = (this.store as NonNullable<ReportServiceOptions['store']>).windows;
    const kept = await store.get(range, 'merged');
    if (kept !== undefined) return mergeWindows(range, [kept]);
    const report = await this.merged(range);
    await store.put(windowSlicesOf(report), 'merged');
    return report;
  }

  /**
   * A closed window from the store, else read from Graph under this instance's claim and kept (while
   * another instance holds the claim, this one waits for its window to appear, until shutdown).
   */
  private async stored(window: DateRange, people: PersonTable): Promise<WindowSlices> {
    const store = (this.store as NonNullable<ReportServiceOptions['store']>).windows;
    for (;;) {
      const stored = await store.get(window);
      if (stored !== undefined) return stored;
      const release = await store.claim(window);
      if (release !== undefined) {
        try {
          // The previous holder may have kept it just before letting go.
          const kept = await store.get(window);
          if (kept !== undefined) return kept;
          const slices = await this.fromGraph(window, people);
          await store.put(slices);
          return slices;
        } finally {
          await release();
        }
      }
      await sleep(CLAIM_POLL_MS, undefined, { signal: this.stopping });
    }
  }

  private async fromGraph(window: DateRange, people: PersonTable): Promise<WindowSlices> {
    const aggregator = new WindowAggregator(people);
    const summary = await this.source.read(window, aggregator);
    return aggregator.finish(window, { pageCount: summary.pages, fetchedAt: this.clock() });
  }
}

function found<T>(value: T): Promise<T> {
  return Promise.resolve(value);
}

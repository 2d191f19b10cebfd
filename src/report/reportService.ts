/** Answers "the report for this range": from the cache, or read from Graph once even when asked twice at once. */
import type { ReadSummary } from '../graph/dialoutReport';
import type { RowSink } from '../graph/dialoutPage';
import type { DateRange } from '../domain/dateRange';
import { ReportAggregator } from './aggregate';
import type { ReadLanes } from './readLanes';
import type { Report } from './report';
import { rangeKey, ReportCache } from './reportCache';

/** Where rows come from: the Graph source in production (graph/DialoutReportSource). */
export interface RowSource {
  read(range: DateRange, sink: RowSink): Promise<ReadSummary>;
}

export interface ReportServiceOptions {
  cacheTtlMinutes: number;
  /** Reports kept at most. */
  cacheEntries: number;
  /** Each person's reads in their own lane; without lanes (one reader, as in a benchmark) reads start at once. */
  lanes?: ReadLanes;
  clock?: () => Date;
}

export class ReportService {
  private readonly cache: ReportCache;
  private readonly inFlight = new Map<string, Promise<Report>>();
  private readonly clock: () => Date;
  private readonly lanes: ReadLanes | undefined;

  constructor(
    private readonly source: RowSource,
    options: ReportServiceOptions,
  ) {
    this.cache = new ReportCache(options.cacheTtlMinutes * 60_000, options.cacheEntries);
    this.clock = options.clock ?? (() => new Date());
    this.lanes = options.lanes;
  }

  /** The cached report for the range, if still fresh; never calls Graph. */
  private cached(range: DateRange): Report | undefined {
    return this.cache.get(range, this.clock().getTime());
  }

  /**
   * The report for the range: cached, joined to a read under way, or read in the asker's lane. `admit`
   * is asked only before a new read from Graph (the per-user question limit); when it throws, nothing
   * is read. A read that waits in its lane looks again when its turn comes (someone else may have
   * read the range meanwhile), and only a read that has started can be joined: nobody's answer
   * waits in another person's lane.
   */
  async report(range: DateRange, admit?: () => void): Promise<Report> {
    const hit = this.cached(range);
    if (hit) return hit;
    const key = rangeKey(range);
    const running = this.inFlight.get(key);
    if (running) return running;
    admit?.();
    const turn = (): Promise<Report> => Promise.resolve(this.cached(range) ?? this.inFlight.get(key) ?? this.start(range, key));
    return this.lanes ? this.lanes.run(turn) : turn();
  }

  private start(range: DateRange, key: string): Promise<Report> {
    const pending = this.read(range).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, pending);
    return pending;
  }

  private async read(range: DateRange): Promise<Report> {
    const aggregator = new ReportAggregator();
    const summary = await this.source.read(range, aggregator);
    const report = aggregator.finish(range, { pageCount: summary.pages, fetchedAt: this.clock() });
    this.cache.set(report, this.clock().getTime());
    return report;
  }
}

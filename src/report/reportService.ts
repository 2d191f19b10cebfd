/** Answers "the report for this range": from the cache, or read from Graph once even when asked twice at once. */
import type { ReadSummary } from '../graph/dialoutReport';
import type { RowSink } from '../graph/dialoutPage';
import { rangeKey, type DateRange } from '../domain/dateRange';
import { ReadOnce } from '../domain/readOnce';
import { ReportAggregator } from './aggregate';
import type { ReadLanes } from './readLanes';
import type { Report } from './report';
import { sliceRanking } from './sliceRanking';

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
  private readonly reads: ReadOnce<Report, Promise<Report>>;
  private readonly clock: () => Date;
  private readonly lanes: ReadLanes | undefined;

  constructor(
    private readonly source: RowSource,
    options: ReportServiceOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.reads = new ReadOnce({ ttlMs: options.cacheTtlMinutes * 60_000, maxEntries: options.cacheEntries, clock: this.clock });
    this.lanes = options.lanes;
  }

  /**
   * The report for the range: cached, joined to a read under way, or read in the asker's lane. `admit`
   * is asked only before a new read from Graph (the per-user question limit); when it throws, nothing
   * is read. A read that waits in its lane looks again when its turn comes (someone else may have
   * read the range meanwhile), and only a read that has started can be joined: nobody's answer
   * waits in another person's lane.
   */
  async report(range: DateRange, admit?: () => void): Promise<Report> {
    const key = rangeKey(range);
    const ready = this.reads.ready(key, found);
    if (ready) return ready;
    admit?.();
    const turn = (): Promise<Report> => this.reads.read(key, found, (keep) => keep(this.read(range)));
    return this.lanes ? this.lanes.run(turn) : turn();
  }

  private async read(range: DateRange): Promise<Report> {
    const aggregator = new ReportAggregator();
    const summary = await this.source.read(range, aggregator);
    const report = aggregator.finish(range, { pageCount: summary.pages, fetchedAt: this.clock() });
    // A cached report is asked again with filters: its slice rankings are worked out now, so no filter's first question waits for them.
    for (const currency of report.currencies) sliceRanking(currency);
    return report;
  }
}

function found(report: Report): Promise<Report> {
  return Promise.resolve(report);
}

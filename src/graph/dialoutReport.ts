/** Reads getPstnOnlineMeetingDialoutReport for a date range: windows, pages, nextLinks (windowPages.ts), validated rows. */
import type { DateRange } from '../domain/dateRange';
import { runWorkerPool, type Stopped } from '../domain/workerPool';
import { DialoutPageReader, type RowSink } from './dialoutPage';
import type { GraphClient } from './graphClient';
import type { PacingState } from './requestPacer';
import { reportWindows, type ReportWindow } from './reportWindows';
import { readWindowPages } from './windowPages';

export interface DialoutReportOptions {
  /** Graph origin and version root, e.g. https://graph.microsoft.com (no trailing slash). */
  endpoint: string;
  /** Windows fetched at the same time. */
  concurrency: number;
  /** A window with more pages than this is treated as a paging loop. */
  maxPagesPerWindow: number;
}

export interface ReadSummary {
  rows: number;
  pages: number;
}

const REPORT_PATH = '/beta/communications/callRecords/getPstnOnlineMeetingDialoutReport';

function firstUrl(endpoint: string, window: ReportWindow): string {
  return `${endpoint}${REPORT_PATH}(fromDateTime=${window.fromDateTime},toDateTime=${window.toDateTime})`;
}

/** The dial-out report source; the only code that knows the function's URL and page shape. */
export class DialoutReportSource {
  private readonly pages: DialoutPageReader;

  constructor(
    private readonly client: GraphClient,
    private readonly options: DialoutReportOptions,
  ) {
    this.pages = new DialoutPageReader(options.endpoint);
  }

  /** What holds the report's requests back right now: Graph's pace, or Graph asking us to slow down. */
  pacing(): PacingState {
    return this.client.pacing();
  }

  /**
   * Streams every row of the range into `sink` as each page arrives (windows read concurrently,
   * so rows of different windows interleave). Resolves only when every page of every window was
   * read; any failure rejects, and the caller drops what the sink received, so no partial total exists.
   */
  async read(range: DateRange, sink: RowSink): Promise<ReadSummary> {
    const windows = reportWindows(range);
    const summary: ReadSummary = { rows: 0, pages: 0 };
    await runWorkerPool(windows, this.options.concurrency, (window, _index, stopped) => this.readWindow(window, sink, summary, range.timeZone, stopped));
    return summary;
  }

  private readWindow(window: ReportWindow, sink: RowSink, summary: ReadSummary, timeZone: string, stopped: Stopped): Promise<void> {
    return readWindowPages(
      {
        client: this.client,
        firstUrl: (part) => firstUrl(this.options.endpoint, part),
        readPage: (body, requestId) => {
          const page = this.pages.read(body, requestId, sink);
          summary.pages += 1;
          summary.rows += page.rows;
          return page.nextLink;
        },
        maxPagesPerWindow: this.options.maxPagesPerWindow,
        timeZone,
        stopped,
      },
      window,
    );
  }
}

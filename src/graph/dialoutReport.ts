/** Reads getPstnOnlineMeetingDialoutReport for a date range: windows, pages, nextLinks, validated rows. */
import type { DateRange } from '../questions/question';
import type { DialoutRow } from './dialoutRow';
import { validateDialoutRow } from './dialoutRowValidation';
import type { GraphClient } from './graphClient';
import { GraphRequestError } from './graphErrors';
import { reportWindows, type ReportWindow } from './reportWindows';

/** Receives each validated page as it arrives; pages of different windows may interleave. */
export type PageSink = (rows: DialoutRow[]) => void;

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
  constructor(
    private readonly client: GraphClient,
    private readonly options: DialoutReportOptions,
  ) {}

  /**
   * Streams every row of the range into `sink`, window by window and page by page. Resolves only
   * when every page of every window was read; any failure rejects, so no partial total exists.
   */
  async read(range: DateRange, sink: PageSink): Promise<ReadSummary> {
    const windows = reportWindows(range);
    const summary: ReadSummary = { rows: 0, pages: 0 };
    let next = 0;
    let failed = false;
    const stopped = (): boolean => failed;
    const worker = async (): Promise<void> => {
      try {
        while (next < windows.length && !failed) {
          const window = windows[next++] as ReportWindow;
          await this.readWindow(window, sink, summary, stopped);
        }
      } catch (error) {
        failed = true; // the answer is lost anyway: stop the other windows spending requests
        throw error;
      }
    };
    const workers = Array.from({ length: Math.min(this.options.concurrency, windows.length) }, worker);
    const results = await Promise.allSettled(workers);
    const rejected = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (rejected) throw rejected.reason;
    return summary;
  }

  private async readWindow(window: ReportWindow, sink: PageSink, summary: ReadSummary, stopped: () => boolean): Promise<void> {
    const seen = new Set<string>();
    let url: string | undefined = firstUrl(this.options.endpoint, window);
    while (url !== undefined && !stopped()) {
      if (seen.has(url) || seen.size >= this.options.maxPagesPerWindow) {
        throw new GraphRequestError('pagingLoop', 'a nextLink repeated');
      }
      seen.add(url);
      const { body, requestId } = await this.client.getJson(url);
      const page = this.readPage(body, requestId);
      summary.pages += 1;
      summary.rows += page.rows.length;
      sink(page.rows);
      url = page.nextLink;
    }
  }

  private readPage(body: unknown, requestId: string | undefined): { rows: DialoutRow[]; nextLink: string | undefined } {
    const page = body as { value?: unknown; '@odata.nextLink'?: unknown } | null;
    if (typeof page !== 'object' || page === null || !Array.isArray(page.value)) {
      throw new GraphRequestError('malformedPage', 'the page has no value array', { requestId });
    }
    const rows: DialoutRow[] = new Array(page.value.length);
    for (let i = 0; i < page.value.length; i += 1) {
      const row = validateDialoutRow(page.value[i]);
      if ('invalidField' in row) {
        throw new GraphRequestError('malformedPage', `row ${i} has an invalid ${row.invalidField}`, { requestId });
      }
      rows[i] = row;
    }
    const link = page['@odata.nextLink'];
    if (link === undefined || link === null) return { rows, nextLink: undefined };
    if (typeof link !== 'string' || !this.isOwnLink(link)) {
      throw new GraphRequestError('foreignLink', 'the nextLink leaves the Graph endpoint', { requestId });
    }
    return { rows, nextLink: link };
  }

  /** The token goes only to the configured endpoint: a nextLink elsewhere is never followed. */
  private isOwnLink(link: string): boolean {
    try {
      const url = new URL(link);
      const endpoint = new URL(this.options.endpoint);
      return url.origin === endpoint.origin && url.pathname.startsWith(`${endpoint.pathname.replace(/\/$/, '')}/`);
    } catch {
      return false;
    }
  }
}

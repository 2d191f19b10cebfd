/** Reads one person's conference dial-out calls from getPstnCalls for a range: the report's windows, paging and checks. */
import type { DateRange } from '../domain/dateRange';
import { runWorkerPool, type Stopped } from '../domain/workerPool';
import { isOwnLink } from './dialoutPage';
import type { GraphClient } from './graphClient';
import { GraphRequestError } from './graphErrors';
import type { PstnCall } from './pstnCall';
import { readPstnCall } from './pstnCallValidation';
import { reportWindows, type ReportWindow } from './reportWindows';
import { readWindowPages } from './windowPages';

export interface PstnCallsOptions {
  /** Graph origin and version root, e.g. https://graph.microsoft.com (no trailing slash). */
  endpoint: string;
  /** Windows fetched at the same time. */
  concurrency: number;
  /** A window with more pages than this is treated as a paging loop. */
  maxPagesPerWindow: number;
}

/** How far a read has got, for a progress line: windows finished of all windows. */
export type WindowProgress = (done: number, total: number) => void;

const CALLS_PATH = '/v1.0/communications/callRecords/getPstnCalls';

function firstUrl(endpoint: string, window: ReportWindow): string {
  return `${endpoint}${CALLS_PATH}(fromDateTime=${window.fromDateTime},toDateTime=${window.toDateTime})`;
}

function byStart(a: PstnCall, b: PstnCall): number {
  return a.startDateTime < b.startDateTime ? -1 : a.startDateTime > b.startDateTime ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The call log source. getPstnCalls has no filter by person, so every call of the range is read and
 * only the person's conf_out calls are kept (calls are attributed to the meeting organizer).
 */
export class PstnCallSource {
  private readonly endpoint: URL;

  constructor(
    private readonly client: GraphClient,
    private readonly options: PstnCallsOptions,
  ) {
    this.endpoint = new URL(options.endpoint);
  }

  /**
   * The person's calls in the range, deduplicated on `id`, by start time. Windows are read a few at a
   * time (the client paces and retries every request); any failure rejects the whole read.
   * @example await source.read({ first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' }, userId, (done, total) => …)
   */
  async read(range: DateRange, userId: string, progress?: WindowProgress): Promise<PstnCall[]> {
    const windows = reportWindows(range);
    const calls = new Map<string, PstnCall>();
    const person = userId.toLowerCase();
    let done = 0;
    progress?.(0, windows.length);
    await runWorkerPool(windows, this.options.concurrency, async (window, _index, stopped) => {
      await this.readWindow(window, person, calls, range.timeZone, stopped);
      done += 1;
      progress?.(done, windows.length);
    });
    return [...calls.values()].sort(byStart);
  }

  private readWindow(window: ReportWindow, userId: string, calls: Map<string, PstnCall>, timeZone: string, stopped: Stopped): Promise<void> {
    return readWindowPages(
      {
        client: this.client,
        firstUrl: (part) => firstUrl(this.options.endpoint, part),
        readPage: (body, requestId) => this.readPage(body, requestId, userId, calls),
        maxPagesPerWindow: this.options.maxPagesPerWindow,
        timeZone,
        stopped,
      },
      window,
    );
  }

  /** Keeps the page's calls of the person; returns the checked nextLink. */
  private readPage(body: unknown, requestId: string | undefined, userId: string, calls: Map<string, PstnCall>): string | undefined {
    const page = body as { value?: unknown; '@odata.nextLink'?: unknown } | null;
    if (typeof page !== 'object' || page === null || !Array.isArray(page.value)) {
      throw new GraphRequestError('malformedPage', 'the page has no value array', { requestId });
    }
    page.value.forEach((raw: unknown, i: number) => {
      const read = readPstnCall(raw, userId);
      if ('invalidField' in read) throw new GraphRequestError('malformedPage', `row ${i} has an invalid ${read.invalidField}`, { requestId });
      if ('call' in read) calls.set(read.call.id, read.call);
    });
    const link = page['@odata.nextLink'];
    if (link === undefined || link === null) return undefined;
    if (typeof link !== 'string' || !isOwnLink(link, this.endpoint)) {
      throw new GraphRequestError('foreignLink', 'the nextLink leaves the Graph endpoint', { requestId });
    }
    return link;
  }
}

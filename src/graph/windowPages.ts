/** Reads every page of one window of a range function (the report, the call log): nextLinks, loops, and a window Graph finds too long. */
import type { GraphClient, GraphResponse } from './graphClient';
import { GraphRequestError, isGraphRequestError } from './graphErrors';
import { halveWindow, type ReportWindow } from './reportWindows';
import { countGraphPage } from './requestTally';

/** How often a refused window is halved before the read fails: 89 days → 45 → 23. */
export const MAX_HALVINGS = 2;

/** What one source (the report, the call log) gives the reader. */
export interface WindowSource {
  client: GraphClient;
  /** The URL of the window's first page. */
  firstUrl(window: ReportWindow): string;
  /** Takes one page (throwing on a bad one) and returns its checked nextLink. */
  readPage(body: unknown, requestId: string | undefined): string | undefined;
  /** A window with more pages than this is treated as a paging loop. */
  maxPagesPerWindow: number;
  /** The range's time zone: halves start at local midnight like every window. */
  timeZone: string;
  /** True once the whole read has failed elsewhere: stop spending requests. */
  stopped(): boolean;
}

/** A 400 or 406 to a window's first request: its only parameters are the dates, so Graph found the range too long. */
function refusesRange(error: unknown): error is GraphRequestError {
  return isGraphRequestError(error) && (error.status === 400 || error.status === 406);
}

/**
 * Reads every page of `window`. When Graph refuses the window's range (400 or 406 to its first
 * request, before any row was taken), the window is read as two halves instead, at most
 * MAX_HALVINGS times deep; then the read fails with 'rangeRefused'.
 * @example await readWindowPages(source, windows[0])
 */
export async function readWindowPages(source: WindowSource, window: ReportWindow, halvings = 0): Promise<void> {
  if (source.stopped()) return;
  const firstUrl = source.firstUrl(window);
  let first: GraphResponse;
  try {
    first = await source.client.getJson(firstUrl);
  } catch (error) {
    if (!refusesRange(error)) throw error;
    const halves = halvings < MAX_HALVINGS ? halveWindow(window, source.timeZone) : undefined;
    if (halves === undefined) {
      const { status, code, requestId } = error;
      throw new GraphRequestError('rangeRefused', `Graph refused ${window.first}–${window.last} (${status}) after ${halvings} halvings`, {
        status,
        code,
        requestId,
        cause: error,
      });
    }
    for (const half of halves) await readWindowPages(source, half, halvings + 1);
    return;
  }
  const seen = new Set([firstUrl]);
  countGraphPage();
  let url = source.readPage(first.body, first.requestId);
  let linkedBy = first.requestId; // request-id of the page whose nextLink is followed, for the error card
  while (url !== undefined && !source.stopped()) {
    if (seen.has(url) || seen.size >= source.maxPagesPerWindow) {
      throw new GraphRequestError('pagingLoop', 'a nextLink repeated', { requestId: linkedBy });
    }
    seen.add(url);
    const { body, requestId } = await source.client.getJson(url);
    countGraphPage();
    url = source.readPage(body, requestId);
    linkedBy = requestId;
  }
}

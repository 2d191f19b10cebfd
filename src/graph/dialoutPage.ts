/** Reads one parsed page of the dial-out report: every row validated into a sink, and its checked nextLink. */
import type { DialoutRow } from './dialoutRow';
import { blankDialoutRow, readDialoutRow } from './dialoutRowValidation';
import { GraphRequestError } from './graphErrors';

/** Where validated rows go, one at a time. The row object is reused for the next row: copy what you keep. */
export interface RowSink {
  addRow(row: Readonly<DialoutRow>): void;
}

/** What one page gave: its row count and the link to the next page, if any. */
export interface PageRead {
  rows: number;
  nextLink: string | undefined;
}

/** The token goes only to the configured endpoint: a nextLink elsewhere is never followed. */
export function isOwnLink(link: string, endpoint: URL): boolean {
  try {
    const url = new URL(link);
    return url.origin === endpoint.origin && url.pathname.startsWith(`${endpoint.pathname.replace(/\/$/, '')}/`);
  } catch {
    return false;
  }
}

/**
 * Reads pages of one Graph endpoint. Rows reach the sink as they are validated, so a page is
 * never copied into an array of rows; a bad row throws, and the caller drops the whole answer
 * (a total is never built from part of the rows).
 * @example const reader = new DialoutPageReader('https://graph.microsoft.com'); reader.read(JSON.parse(text), requestId, aggregator)
 */
export class DialoutPageReader {
  private readonly endpoint: URL;
  /** One row object, refilled for every row: no allocation per row. */
  private readonly row = blankDialoutRow();

  /** `endpoint`: Graph origin and version root, e.g. https://graph.microsoft.com (no trailing slash). */
  constructor(endpoint: string) {
    this.endpoint = new URL(endpoint);
  }

  /** Validates and hands on every row of `body` (a parsed page); throws GraphRequestError on a bad page. */
  read(body: unknown, requestId: string | undefined, sink: RowSink): PageRead {
    const page = body as { value?: unknown; '@odata.nextLink'?: unknown } | null;
    if (typeof page !== 'object' || page === null || !Array.isArray(page.value)) {
      throw new GraphRequestError('malformedPage', 'the page has no value array', { requestId });
    }
    const rows: unknown[] = page.value;
    const { row } = this;
    for (let i = 0; i < rows.length; i += 1) {
      const invalidField = readDialoutRow(rows[i], row);
      if (invalidField !== undefined) {
        throw new GraphRequestError('malformedPage', `row ${i} has an invalid ${invalidField}`, { requestId });
      }
      sink.addRow(row);
    }
    const link = page['@odata.nextLink'];
    if (link === undefined || link === null) return { rows: rows.length, nextLink: undefined };
    if (typeof link !== 'string' || !isOwnLink(link, this.endpoint)) {
      throw new GraphRequestError('foreignLink', 'the nextLink leaves the Graph endpoint', { requestId });
    }
    return { rows: rows.length, nextLink: link };
  }
}

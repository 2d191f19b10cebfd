/** Builds the product's real Graph path (msal token, client, report source) against a demo tenant. */
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { DialoutReportSource } from '../../src/graph/dialoutReport';
import type { DialoutRow } from '../../src/graph/dialoutRow';
import { connectGraph, demoTenantConnection } from '../../src/graph/graphConnection';
import { GraphRequestError } from '../../src/graph/graphErrors';
import type { ClientCredential } from '../../src/graph/tokenProvider';
import { ReportAggregator } from '../../src/report/aggregate';
import type { DateRange } from '../../src/domain/dateRange';
import type { Report } from '../../src/report/report';

/** Fast retries so fault tests stay quick; Retry-After from the tenant is still honoured. */
export const TEST_RETRY = { maxAttempts: 4, maxWaitMs: 5_000, baseDelayMs: 10, maxDelayMs: 50 };

export function sourceFor(tenant: DemoTenant, credential?: ClientCredential, requestTimeoutMs = 5_000): DialoutReportSource {
  const settings = demoTenantConnection(tenant);
  return connectGraph({ ...settings, credential: credential ?? settings.credential, retry: TEST_RETRY, requestTimeoutMs });
}

/** Reads a range through the source and aggregates it exactly as the bot does. */
export async function readReport(source: DialoutReportSource, range: DateRange): Promise<{ report: Report; rows: DialoutRow[] }> {
  const aggregator = new ReportAggregator();
  const rows: DialoutRow[] = [];
  const summary = await source.read(range, {
    addRow(row) {
      rows.push({ ...row }); // the source reuses the row object
      aggregator.addRow(row);
    },
  });
  return { report: aggregator.finish(range, { pageCount: summary.pages, fetchedAt: new Date() }), rows };
}

/** The GraphRequestError a read fails with; any other outcome fails the test. */
export async function failure(promise: Promise<unknown>): Promise<GraphRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphRequestError) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}

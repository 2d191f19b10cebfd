import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { reportWindows } from '../../src/graph/reportWindows';
import type { DateRange } from '../../src/domain/dateRange';
import type { Report } from '../../src/report/report';
import { expectedTotals } from '../../scripts/soakExpected';
import { makeSelfSignedCertificate } from '../helpers/demoTenantCertificate';
import { failure, readReport, sourceFor } from '../helpers/graphSource';

const NOW = new Date('2026-11-27T10:00:00Z');
const OCTOBER: DateRange = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };

function totalsOf(report: Report): Record<string, { calls: number; seconds: number; chargeMicros: number }> {
  return Object.fromEntries(report.currencies.map((c) => [c.currency, c.total]));
}

describe('DialoutReportSource against the demo tenant', () => {
  let tenant: DemoTenant;
  const certificate = makeSelfSignedCertificate();

  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 300, pageSize: 100, now: () => NOW, certificatePem: certificate.certificatePem });
  });
  afterAll(() => tenant.close());
  afterEach(() => tenant.faults.clear());

  it('pages through every nextLink (at least 3 pages) and totals exactly what the tenant holds', async () => {
    const before = tenant.stats.reportRequests;
    const { report, rows } = await readReport(sourceFor(tenant), OCTOBER);
    expect(report.pageCount).toBeGreaterThanOrEqual(3);
    expect(tenant.stats.reportRequests - before).toBe(report.pageCount);
    expect(rows).toHaveLength(tenant.expectedUsage(new Date('2026-10-01T00:00:00Z'), new Date('2026-10-31T23:59:59.999Z')).rowCount);
    expect(totalsOf(report)).toEqual(expectedTotals(tenant, OCTOBER));
    expect(Object.keys(totalsOf(report)).sort()).toEqual(['EUR', 'USD']);
  });

  it('gets its token with a certificate (PEM with private key) as well as a secret', async () => {
    const pem = `${certificate.certificatePem}\n${certificate.privateKeyPem}`;
    const { report } = await readReport(sourceFor(tenant, { certificatePem: pem }), OCTOBER);
    expect(totalsOf(report)).toEqual(expectedTotals(tenant, OCTOBER));
  });

  it('fails to get a token with a wrong secret, saying so', async () => {
    const error = await failure(readReport(sourceFor(tenant, { clientSecret: 'wrong-secret' }), OCTOBER));
    expect(error.failure).toBe('token');
    expect(error.explanation.whatToTry).toContain('GRAPH_CLIENT_ID');
  });

  it('splits a 200-day range into windows whose merged totals are exact', async () => {
    const range: DateRange = { first: '2026-04-01', last: '2026-10-17', timeZone: 'Europe/Berlin' };
    expect(reportWindows(range)).toHaveLength(3);
    const { report } = await readReport(sourceFor(tenant), range);
    expect(totalsOf(report)).toEqual(expectedTotals(tenant, range));
    const whole = tenant.expectedUsage(new Date(reportWindows(range)[0]!.fromDateTime), new Date(reportWindows(range)[2]!.toDateTime));
    expect(report.currencies.find((c) => c.currency === 'USD')?.total.chargeMicros).toBe(whole.byCurrency.USD?.chargeMicros);
  });

  it('retries after 429 with Retry-After and after 503, and still totals exactly', async () => {
    tenant.faults.next({ kind: 'status', status: 429, retryAfterSeconds: 1 }, { onRequest: 2 });
    tenant.faults.next({ kind: 'status', status: 503 }, { onRequest: 3 });
    const started = Date.now();
    const { report } = await readReport(sourceFor(tenant), OCTOBER);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(tenant.faults.pending).toBe(0);
    expect(totalsOf(report)).toEqual(expectedTotals(tenant, OCTOBER));
  });

  it('gives up after the bounded attempts with the request id', async () => {
    for (let i = 1; i <= 4; i += 1) tenant.faults.next({ kind: 'status', status: 503 }, { onRequest: i });
    const error = await failure(readReport(sourceFor(tenant), OCTOBER));
    expect(error.failure).toBe('unavailable');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 403 with the permission to grant and admin consent', async () => {
    tenant.faults.next({ kind: 'status', status: 403 });
    const error = await failure(readReport(sourceFor(tenant), OCTOBER));
    expect(error.failure).toBe('forbidden');
    expect(error.code).toBe('Forbidden');
    expect(error.explanation.whatToTry).toContain('CallRecords.Read.All');
    expect(error.explanation.whatToTry).toContain('CallRecord-PstnCalls.Read.All');
    expect(error.explanation.whatToTry).toContain('consent');
  });

  it('fails the whole answer on a malformed row instead of skipping it', async () => {
    tenant.faults.next({ kind: 'malformedRow', problem: 'totalCallsNotNumber' }, { onRequest: 2 });
    const error = await failure(readReport(sourceFor(tenant), OCTOBER));
    expect(error.failure).toBe('malformedPage');
    expect(error.message).toContain('totalCalls');
  });

  it('stops with an error when a nextLink repeats', async () => {
    tenant.faults.next({ kind: 'repeatNextLink' }, { onRequest: 2 });
    const error = await failure(readReport(sourceFor(tenant), OCTOBER));
    expect(error.failure).toBe('pagingLoop');
  });

  it('refreshes the token once after a 401 mid-paging', async () => {
    tenant.faults.next({ kind: 'status', status: 401 }, { onRequest: 2 });
    const { report } = await readReport(sourceFor(tenant), OCTOBER);
    expect(totalsOf(report)).toEqual(expectedTotals(tenant, OCTOBER));
  });

  it('times out a page that never finishes and retries it', async () => {
    tenant.faults.next({ kind: 'hang' }, { onRequest: 2 });
    const { report } = await readReport(sourceFor(tenant, undefined, 500), OCTOBER);
    expect(totalsOf(report)).toEqual(expectedTotals(tenant, OCTOBER));
  });
});

import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WirePage } from '../../src/demoTenant/reportPage';
import { getWithToken, postTokenForm, readAllPages, reportUrl, secretToken } from '../helpers/demoTenantClient';

const NOW = new Date('2025-06-15T08:00:00Z');

let tenant: DemoTenant;
let token: string;
let url: string;

beforeAll(async () => {
  tenant = await startDemoTenant({ users: 400, pageSize: 50, now: () => NOW });
  token = await secretToken(tenant);
  url = reportUrl(tenant, '2025-03-01T00:00:00Z', '2025-05-01T00:00:00Z');
});

afterEach(() => tenant.faults.clear());
afterAll(() => tenant.close());

function errorCode(json: unknown): string {
  return (json as { error: { code: string } }).error.code;
}

describe('status faults on report requests', () => {
  it.each([
    ['429 with Retry-After', 429, 1, 'TooManyRequests'],
    ['429 without Retry-After', 429, undefined, 'TooManyRequests'],
    ['500', 500, undefined, 'UnknownError'],
    ['502', 502, undefined, 'BadGateway'],
    ['503 with Retry-After', 503, 5, 'ServiceUnavailable'],
    ['504', 504, undefined, 'GatewayTimeout'],
    ['403', 403, undefined, 'Forbidden'],
  ])('answers %s once, with code %s', async (_name, status, retryAfterSeconds, code) => {
    tenant.faults.next({ kind: 'status', status, retryAfterSeconds });
    const failed = await getWithToken(url, token);
    expect(failed.status).toBe(status);
    expect(errorCode(failed.json)).toBe(code);
    expect(failed.headers.get('Retry-After')).toBe(retryAfterSeconds === undefined ? null : String(retryAfterSeconds));
    expect((await getWithToken(url, token)).status).toBe(200);
  });

  it('says which permission is missing with 403', async () => {
    tenant.faults.next({ kind: 'status', status: 403 });
    const failed = await getWithToken(url, token);
    expect((failed.json as { error: { message: string } }).error.message).toContain('CallRecords.Read.All');
  });

  it('hits the Nth next request: 401 in the middle of paging', async () => {
    tenant.faults.next({ kind: 'status', status: 401 }, { onRequest: 2 });
    const first = (await getWithToken(url, token)).json as WirePage;
    const second = await getWithToken(first['@odata.nextLink'] ?? '', token);
    expect(second.status).toBe(401);
    expect(errorCode(second.json)).toBe('InvalidAuthenticationToken');
    expect((await getWithToken(first['@odata.nextLink'] ?? '', token)).status).toBe(200);
    expect(tenant.faults.pending).toBe(0);
  });

  it('lets a code be chosen', async () => {
    tenant.faults.next({ kind: 'status', status: 503, code: 'serviceNotAvailable' });
    expect(errorCode((await getWithToken(url, token)).json)).toBe('serviceNotAvailable');
  });
});

describe('transport faults on report requests', () => {
  it('resets the connection half way through the body', async () => {
    tenant.faults.next({ kind: 'resetMidBody' });
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect((await getWithToken(url, token)).status).toBe(200);
  });

  it('sends a complete response whose JSON is cut short', async () => {
    tenant.faults.next({ kind: 'truncatedBody' });
    const received = await getWithToken(url, token);
    expect(received.status).toBe(200);
    expect(received.json).toBeUndefined();
    expect(received.text.startsWith('{"@odata.context"')).toBe(true);
  });

  it('never answers a hung page until the client gives up', async () => {
    tenant.faults.next({ kind: 'hang' });
    const started = Date.now();
    await expect(
      fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect((await getWithToken(url, token)).status).toBe(200);
  });

  it('answers a slow page after the delay', async () => {
    tenant.faults.next({ kind: 'slow', delayMs: 300 });
    const started = Date.now();
    expect((await getWithToken(url, token)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe('page faults', () => {
  it.each([
    ['totalCallsNotNumber', (row: Record<string, unknown>) => expect(row.totalCalls).toBe('abc')],
    ['missingUserId', (row: Record<string, unknown>) => expect(row).not.toHaveProperty('userId')],
  ] as const)('breaks the first row: %s', async (problem, check) => {
    tenant.faults.next({ kind: 'malformedRow', problem });
    const page = (await getWithToken(url, token)).json as { value: Record<string, unknown>[] };
    check(page.value[0] ?? {});
    expect(page.value).toHaveLength(50);
  });

  it('sends an empty page whose nextLink leads to the rows it should have held', async () => {
    const correct = (await getWithToken(url, token)).json as WirePage;
    tenant.faults.next({ kind: 'emptyPageWithNextLink' });
    const empty = (await getWithToken(url, token)).json as WirePage;
    expect(empty).toMatchObject({ '@odata.count': 0, value: [] });
    const followed = (await getWithToken(empty['@odata.nextLink'] ?? '', token)).json as WirePage;
    expect(followed).toEqual(correct);
  });

  it('sends a nextLink that repeats the URL just requested', async () => {
    const first = (await getWithToken(url, token)).json as WirePage;
    const second = first['@odata.nextLink'] ?? '';
    tenant.faults.next({ kind: 'repeatNextLink' });
    const page = (await getWithToken(second, token)).json as WirePage;
    expect(page['@odata.nextLink']).toBe(second);
    expect(page.value).toHaveLength(50);
  });

  it('still lets a client that follows every link read all rows after one-shot faults', async () => {
    const clean = await readAllPages(url, token);
    tenant.faults.next({ kind: 'emptyPageWithNextLink' }, { onRequest: 2 });
    const faulted = await readAllPages(url, token);
    expect(faulted.flatMap((page) => page.value)).toEqual(clean.flatMap((page) => page.value));
  });
});

describe('token faults', () => {
  const form = (): Record<string, string> => ({
    grant_type: 'client_credentials',
    client_id: tenant.clientId,
    client_secret: tenant.clientSecret,
    scope: 'https://graph.microsoft.com/.default',
  });

  it('fails the token endpoint with 500 server_error', async () => {
    tenant.faults.nextToken({ kind: 'status', status: 500 });
    const failed = await postTokenForm(tenant, form());
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({ error: 'server_error', error_codes: [50000] });
    expect((await postTokenForm(tenant, form())).status).toBe(200);
  });

  it('issues a token that is already expired although expires_in looks normal', async () => {
    tenant.faults.nextToken({ kind: 'expiredToken' });
    const issued = await postTokenForm(tenant, form());
    const body = issued.json as { access_token: string; expires_in: number };
    expect(body.expires_in).toBe(3600);
    const refused = await getWithToken(url, body.access_token);
    expect(refused.status).toBe(401);
    expect((refused.json as { error: { message: string } }).error.message).toMatch(/expired/);
  });

  it('applies transport faults to the token endpoint too', async () => {
    tenant.faults.nextToken({ kind: 'truncatedBody' });
    expect((await postTokenForm(tenant, form())).json).toBeUndefined();
  });
});

describe('fault queue', () => {
  it('counts applied faults and rejects a position below 1', async () => {
    const before = tenant.stats.faultsApplied;
    tenant.faults.next({ kind: 'slow', delayMs: 1 });
    await getWithToken(url, token);
    expect(tenant.stats.faultsApplied).toBe(before + 1);
    expect(() => tenant.faults.next({ kind: 'hang' }, { onRequest: 0 })).toThrow(RangeError);
  });
});

describe('closing', () => {
  it('drops a hung request so close() resolves and the client sees the connection end', async () => {
    const own = await startDemoTenant({ users: 10 });
    const ownToken = await secretToken(own);
    own.faults.next({ kind: 'hang' });
    const pending = fetch(reportUrl(own, '2025-01-01', '2025-01-31'), {
      headers: { Authorization: `Bearer ${ownToken}` },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await own.close();
    await expect(pending).rejects.toThrow();
  });
});

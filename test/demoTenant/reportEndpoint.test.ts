import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WirePage, WireRow } from '../../src/demoTenant/reportPage';
import { getWithToken, readAllPages, reportUrl, secretToken, totalsOf } from '../helpers/demoTenantClient';

const NOW = new Date('2025-06-15T08:00:00Z');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let tenant: DemoTenant;
let token: string;

beforeAll(async () => {
  // Many pages read by hand: Graph's throttling limits (requestRateLimit.test.ts) are lifted.
  tenant = await startDemoTenant({ users: 700, pageSize: 100, now: () => NOW, throttling: 'off' });
  token = await secretToken(tenant);
});

afterAll(() => tenant.close());

function rowsOf(pages: WirePage[]): WireRow[] {
  return pages.flatMap((page) => page.value);
}

function graphErrorShape(code: string, requestId: string | null): unknown {
  return {
    error: {
      code,
      message: expect.any(String),
      innerError: {
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
        'request-id': requestId,
        'client-request-id': expect.any(String),
      },
    },
  };
}

describe('report endpoint: authentication and validation', () => {
  it.each([
    ['no Authorization header', undefined],
    ['an unknown token', 'not-a-token'],
  ])('answers %s with 401 InvalidAuthenticationToken', async (_name, bearer) => {
    const received = await getWithToken(reportUrl(tenant, '2025-01-01', '2025-01-31'), bearer);
    expect(received.status).toBe(401);
    expect(received.headers.get('request-id')).toMatch(GUID);
    expect(received.json).toEqual(graphErrorShape('InvalidAuthenticationToken', received.headers.get('request-id')));
  });

  it('answers 401 once the tokens have expired', async () => {
    const own = await startDemoTenant({ users: 10 });
    try {
      const ownToken = await secretToken(own);
      own.expireTokens();
      const received = await getWithToken(reportUrl(own, '2025-01-01', '2025-01-31'), ownToken);
      expect(received.status).toBe(401);
      expect((received.json as { error: { message: string } }).error.message).toMatch(/expired/);
    } finally {
      await own.close();
    }
  });

  it.each([
    ['a range over 90 days', '2025-01-01T00:00:00Z', '2025-04-01T00:00:01Z'],
    ['toDateTime before fromDateTime', '2025-02-01', '2025-01-01'],
    ['a malformed date', '2025-13-01', '2025-01-31'],
    ['a date that does not exist', '2025-02-29', '2025-03-31'],
    ['a timestamp without a zone', '2025-01-01T00:00:00', '2025-01-31T00:00:00Z'],
    ['a word', 'yesterday', '2025-01-31'],
  ])('answers %s with 400 BadRequest in Graph’s error shape', async (_name, from, to) => {
    const received = await getWithToken(reportUrl(tenant, from, to), token, { 'client-request-id': 'my-correlation' });
    expect(received.status).toBe(400);
    expect(received.json).toEqual(graphErrorShape('BadRequest', received.headers.get('request-id')));
    expect(received.headers.get('client-request-id')).toBe('my-correlation');
    expect(
      (received.json as { error: { innerError: Record<string, string> } }).error.innerError['client-request-id'],
    ).toBe('my-correlation');
  });

  it('accepts exactly 90 days', async () => {
    expect((await getWithToken(reportUrl(tenant, '2025-01-01T00:00:00Z', '2025-04-01T00:00:00Z'), token)).status).toBe(
      200,
    );
  });

  it('answers other paths with 404 in Graph’s error shape', async () => {
    const received = await getWithToken(`${tenant.graphEndpoint}/v1.0/communications/callRecords/getDirectRoutingCalls`, token);
    expect(received.status).toBe(404);
    expect(received.json).toEqual(graphErrorShape('ResourceNotFound', received.headers.get('request-id')));
  });

  it.each([
    ['date-only values (midnight UTC)', '2025-03-01', '2025-04-01'],
    ['timestamps with Z and fractions', '2025-03-01T00:00:00.0000000Z', '2025-03-31T23:59:59.999Z'],
    [
      'URL-encoded offsets',
      encodeURIComponent('2025-03-01T01:00:00+01:00'),
      encodeURIComponent('2025-03-31T23:59:59-00:00'),
    ],
  ])('accepts %s for the same days', async (_name, from, to) => {
    const pages = await readAllPages(reportUrl(tenant, from, to), token);
    expect(totalsOf(rowsOf(pages))).toEqual(
      tenant.expectedUsage(new Date('2025-03-01T00:00:00Z'), new Date('2025-03-31T23:59:59Z')),
    );
  });
});

describe('report endpoint: pages', () => {
  const from = new Date('2025-02-01T00:00:00Z');
  const to = new Date('2025-04-30T23:59:59Z');
  let pages: WirePage[];

  beforeAll(async () => {
    pages = await readAllPages(reportUrl(tenant, from.toISOString(), to.toISOString()), token);
  });

  it('pages through at least three pages, each counting its own rows', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      expect(page['@odata.count']).toBe(page.value.length);
      expect(page['@odata.context']).toBe(
        `${tenant.graphEndpoint}/beta/$metadata#Collection(microsoft.graph.callRecords.pstnOnlineMeetingDialoutReport)`,
      );
    }
    expect(pages.slice(0, -1).every((page) => page.value.length === 100)).toBe(true);
    expect(pages.at(-1)?.['@odata.nextLink']).toBeUndefined();
  });

  it('gives absolute nextLinks on the same origin with the next $skip', () => {
    pages.slice(0, -1).forEach((page, index) => {
      const link = new URL(page['@odata.nextLink'] ?? '');
      expect(link.origin).toBe(tenant.graphEndpoint);
      expect(link.searchParams.get('$skip')).toBe(String((index + 1) * 100));
    });
  });

  it('adds up exactly to expectedUsage', () => {
    expect(totalsOf(rowsOf(pages))).toEqual(tenant.expectedUsage(from, to));
  });

  it('serves rows shaped like Graph’s, with charges as numbers and as numeric strings of exact decimals', async () => {
    const rows = rowsOf(pages);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([
        'userId',
        'userPrincipalName',
        'userDisplayName',
        'usageLocation',
        'destinationContext',
        'currency',
        'totalCalls',
        'totalCallCharge',
        'totalCallSeconds',
      ]);
      expect(row.userId).toMatch(GUID);
      expect(row.userPrincipalName).toMatch(/^[a-z0-9]+\.[a-z0-9]+\d*@contoso\.com$/);
      expect(['Domestic', 'International']).toContain(row.destinationContext);
      expect(row.totalCalls).toBeGreaterThan(0);
    }
    const strings = rows.filter((row) => typeof row.totalCallCharge === 'string');
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.length).toBeLessThan(rows.length / 4);
    const raw = (await getWithToken(reportUrl(tenant, from.toISOString(), to.toISOString()), token)).text;
    const charges = [...raw.matchAll(/"totalCallCharge":("?)([^,}"]*)\1[,}]/g)].map((match) => match[2]);
    expect(charges.length).toBe(100);
    for (const charge of charges) expect(charge).toMatch(/^\d+(\.\d{1,4})?$/);
  });

  it('answers a $skip spelled %24skip, and a $skip past the end with an empty last page', async () => {
    const base = reportUrl(tenant, from.toISOString(), to.toISOString());
    const encoded = (await getWithToken(`${base}?%24skip=100`, token)).json as WirePage;
    expect(encoded.value).toEqual(pages[1]?.value);
    const beyond = (await getWithToken(`${base}?$skip=100000`, token)).json as WirePage;
    expect(beyond).toMatchObject({ '@odata.count': 0, value: [] });
    expect(beyond['@odata.nextLink']).toBeUndefined();
  });

  it('adds two contiguous windows up exactly to their union', async () => {
    const union = tenant.expectedUsage(new Date('2024-11-01T00:00:00Z'), new Date('2025-04-29T23:59:59.999Z'));
    const first = rowsOf(
      await readAllPages(reportUrl(tenant, '2024-11-01T00:00:00Z', '2025-01-29T23:59:59.999Z'), token),
    );
    const second = rowsOf(
      await readAllPages(reportUrl(tenant, '2025-01-30T00:00:00Z', '2025-04-29T23:59:59.999Z'), token),
    );
    const added = totalsOf([...first, ...second]);
    for (const [currency, totals] of Object.entries(union.byCurrency)) {
      expect(added.byCurrency[currency]).toMatchObject({
        calls: totals.calls,
        seconds: totals.seconds,
        chargeMicros: totals.chargeMicros,
      });
    }
    const keys = new Set(
      [...first, ...second].map((row) => [row.userId, row.usageLocation, row.destinationContext, row.currency].join()),
    );
    expect(keys.size).toBe(union.rowCount);
  });

  it('serves the same data for the same seed, and other data for another seed', async () => {
    const same = await startDemoTenant({ users: 700, pageSize: 100, now: () => NOW });
    const other = await startDemoTenant({ users: 700, pageSize: 100, now: () => NOW, seed: 2 });
    try {
      const url = (t: DemoTenant): string => reportUrl(t, from.toISOString(), to.toISOString());
      expect(rowsOf(await readAllPages(url(same), await secretToken(same)))).toEqual(rowsOf(pages));
      expect(rowsOf(await readAllPages(url(other), await secretToken(other)))).not.toEqual(rowsOf(pages));
    } finally {
      await Promise.all([same.close(), other.close()]);
    }
  });

  it('has no data for today or later', () => {
    expect(tenant.expectedUsage(new Date('2025-06-15T00:00:00Z'), new Date('2025-09-01T00:00:00Z'))).toEqual({
      rowCount: 0,
      byCurrency: {},
    });
    expect(
      tenant.expectedUsage(new Date('2025-06-14T00:00:00Z'), new Date('2025-06-14T23:59:59Z')).rowCount,
    ).toBeGreaterThan(0);
  });
});

describe('report endpoint at scale and with latency', () => {
  it('serves a 90-day window of 100,000 users: first page, last page, and totals', async () => {
    const large = await startDemoTenant({ users: 100_000, now: () => NOW });
    try {
      const largeToken = await secretToken(large);
      const url = reportUrl(large, '2025-03-01T00:00:00Z', '2025-05-30T00:00:00Z');
      const expected = large.expectedUsage(new Date('2025-03-01T00:00:00Z'), new Date('2025-05-30T00:00:00Z'));
      const first = (await getWithToken(url, largeToken)).json as WirePage;
      expect(first['@odata.count']).toBe(1000);
      const lastSkip = Math.floor((expected.rowCount - 1) / 1000) * 1000;
      const last = (await getWithToken(`${url}?$skip=${lastSkip}`, largeToken)).json as WirePage;
      expect(last['@odata.count']).toBe(expected.rowCount - lastSkip);
      expect(last['@odata.nextLink']).toBeUndefined();
      expect(large.stats.pagesServed).toBe(2);
    } finally {
      await large.close();
    }
  });

  it('waits pageLatencyMs before each page', async () => {
    const slow = await startDemoTenant({ users: 10, pageLatencyMs: 200 });
    try {
      const slowToken = await secretToken(slow);
      const started = Date.now();
      expect((await getWithToken(reportUrl(slow, '2025-01-01', '2025-01-31'), slowToken)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    } finally {
      await slow.close();
    }
  });
});

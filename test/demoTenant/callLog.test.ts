/** The demo tenant's getPstnCalls: Graph's shape and paging, and dial-out calls that add up exactly to the report's rows. */
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WireCall, WireCallPage } from '../../src/demoTenant/callLogPage';
import { chargeMicros, getWithToken, readAllPages, reportUrl, secretToken } from '../helpers/demoTenantClient';

const NOW = new Date('2026-11-27T10:00:00Z');

function callsUrl(tenant: DemoTenant, from: string, to: string): string {
  return `${tenant.graphEndpoint}/v1.0/communications/callRecords/getPstnCalls(fromDateTime=${from},toDateTime=${to})`;
}

async function allCalls(url: string, token: string): Promise<{ pages: WireCallPage[]; calls: WireCall[] }> {
  const pages: WireCallPage[] = [];
  let next: string | undefined = url;
  while (next !== undefined) {
    const received = await getWithToken(next, token);
    if (received.status !== 200) throw new Error(`${received.status} ${received.text}`);
    const page = received.json as WireCallPage;
    pages.push(page);
    next = page['@odata.nextLink'];
  }
  return { pages, calls: pages.flatMap((page) => page.value) };
}

type Sums = { calls: number; seconds: number; chargeMicros: number };

function add(map: Map<string, Sums>, key: string, calls: number, seconds: number, micros: number): void {
  const sums = map.get(key) ?? { calls: 0, seconds: 0, chargeMicros: 0 };
  sums.calls += calls;
  sums.seconds += seconds;
  sums.chargeMicros += micros;
  map.set(key, sums);
}

describe('the demo tenant\'s call log (getPstnCalls)', () => {
  let tenant: DemoTenant;
  let token: string;

  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 300, pageSize: 400, now: () => NOW });
    token = await secretToken(tenant);
  });
  afterAll(() => tenant.close());

  it('splits every user\'s report rows into individual conf_out calls that add up exactly, per country and destination', async () => {
    const [from, to] = ['2026-09-01T00:00:00Z', '2026-10-15T23:59:59.999Z'];
    const rows = (await readAllPages(reportUrl(tenant, from, to), token)).flatMap((page) => page.value);
    const { calls } = await allCalls(callsUrl(tenant, from, to), token);
    const unique = new Map(calls.map((call) => [call.id, call]));
    expect(unique.size).toBeLessThan(calls.length); // page boundaries repeat a call: clients must dedupe

    const fromReport = new Map<string, Sums>();
    for (const row of rows) {
      add(fromReport, `${row.userId}|${row.usageLocation}|${row.destinationContext}|${row.currency}`, Number(row.totalCalls), row.totalCallSeconds, chargeMicros(row.totalCallCharge));
    }
    const fromCalls = new Map<string, Sums>();
    const otherTypes = new Set<string>();
    for (const call of unique.values()) {
      if (call.callType !== 'conf_out') {
        otherTypes.add(call.callType);
        continue;
      }
      add(fromCalls, `${call.userId}|${call.usageCountryCode}|${call.destinationContext}|${call.currency}`, 1, call.duration, chargeMicros(call.charge));
    }
    expect(fromCalls).toEqual(fromReport);
    expect([...otherTypes].sort()).toEqual(['conf_in', 'user_in', 'user_out']);
  });

  it('answers in Graph\'s shape: ids, times within the day, duration, charge including the connection fee', async () => {
    const { calls } = await allCalls(callsUrl(tenant, '2026-10-01T00:00:00Z', '2026-10-07T23:59:59Z'), token);
    const call = calls.find((c) => c.callType === 'conf_out') as WireCall;
    expect(call.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(call.userId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(call.endDateTime) - Date.parse(call.startDateTime)).toBe(call.duration * 1000);
    expect(call.startDateTime).toMatch(/T12:[0-4]\d:\d\dZ$/);
    expect(chargeMicros(call.charge)).toBeGreaterThanOrEqual(chargeMicros(call.connectionCharge));
    expect(call.destinationName.length).toBeGreaterThan(0);
  });

  it('refuses a missing token and a range over 90 days like the report', async () => {
    expect((await getWithToken(callsUrl(tenant, '2026-10-01', '2026-10-02'), undefined)).status).toBe(401);
    const tooLong = await getWithToken(callsUrl(tenant, '2026-01-01', '2026-06-01'), token);
    expect(tooLong.status).toBe(400);
    expect(tenant.stats.callLogRequests).toBeGreaterThan(0);
  });
});

/** The demo tenant's realistic switch: the nullable shapes of real tenants, the same rows bent on every read. */
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { readAllPages, reportUrl, secretToken } from '../helpers/demoTenantClient';

const NOW = new Date('2026-11-27T10:00:00Z');
const [FROM, TO] = ['2026-10-01T00:00:00Z', '2026-10-31T23:59:59Z'];

async function rowsOf(tenant: DemoTenant, from = FROM, to = TO): Promise<Array<Record<string, unknown>>> {
  const pages = await readAllPages(reportUrl(tenant, from, to), await secretToken(tenant));
  return pages.flatMap((page) => page.value) as unknown as Array<Record<string, unknown>>;
}

describe('the realistic demo tenant', () => {
  let tidy: DemoTenant;
  let realistic: DemoTenant;

  beforeAll(async () => {
    tidy = await startDemoTenant({ users: 300, pageSize: 100, now: () => NOW });
    realistic = await startDemoTenant({ users: 300, pageSize: 100, now: () => NOW, realistic: true });
  });
  afterAll(async () => {
    await tidy.close();
    await realistic.close();
  });

  it('bends about a quarter of the same rows, one property group each, the same way on every read', async () => {
    const [plain, bent, again] = [await rowsOf(tidy), await rowsOf(realistic), await rowsOf(realistic)];
    expect(bent).toEqual(again);
    expect(bent).toHaveLength(plain.length);
    const changed = bent.filter((row, i) => JSON.stringify(row) !== JSON.stringify(plain[i]));
    expect(changed.length / bent.length).toBeGreaterThan(0.1);
    expect(changed.length / bent.length).toBeLessThan(0.35);
    for (const [i, row] of bent.entries()) {
      const before = plain[i] as Record<string, unknown>;
      const differing = Object.keys(before).filter((key) => JSON.stringify(row[key]) !== JSON.stringify(before[key]));
      expect(differing.length).toBeLessThanOrEqual(3); // a bot's row loses id, UPN and name together
      expect(row.totalCalls).toEqual(before.totalCalls);
    }
  });

  it('bends a person\'s row in every window it appears in', async () => {
    const bentSlices = async (from: string, to: string): Promise<string[]> => {
      const [plain, bent] = [await rowsOf(tidy, from, to), await rowsOf(realistic, from, to)];
      return plain.flatMap((row, i) => (JSON.stringify(row) === JSON.stringify(bent[i]) ? [] : [`${row.userId}|${row.usageLocation}|${row.destinationContext}`]));
    };
    const inOctober = new Set(await bentSlices(FROM, TO));
    const inTenDays = await bentSlices('2026-10-01T00:00:00Z', '2026-10-10T23:59:59Z');
    expect(inTenDays.length).toBeGreaterThan(0);
    for (const slice of inTenDays) expect(inOctober.has(slice)).toBe(true);
  });

  it('sends call-log rows with callType in upper case and without a charge or currency', async () => {
    const url = `${realistic.graphEndpoint}/v1.0/communications/callRecords/getPstnCalls(fromDateTime=${FROM},toDateTime=${TO})`;
    const calls = (await readAllPages(url, await secretToken(realistic))).flatMap((page) => page.value) as unknown as Array<Record<string, unknown>>;
    expect(calls.some((call) => call.callType === 'CONF_OUT')).toBe(true);
    expect(calls.some((call) => call.charge === null)).toBe(true);
    expect(calls.some((call) => call.currency === null)).toBe(true);
  });
});

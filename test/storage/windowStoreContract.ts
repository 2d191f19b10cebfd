/** The behaviour of the report window store over each kind of objects (files, Azure Blob on azurite). */
import type { DateRange } from '../../src/domain/dateRange';
import type { WindowSlices } from '../../src/report/windowSlices';
import { sliceColumnsOf } from '../helpers/sliceColumnsOf';
import { ReportWindowStore, windowObjectName } from '../../src/storage/reportWindowStore';
import type { WindowObjects } from '../../src/storage/windowObjects';

/** The objects under test, and how to damage one of them the way a disk or a half upload would. */
export interface WindowObjectsUnderTest {
  objects: WindowObjects;
  /** Replaces the stored bytes of `name` by `bytes(old)`. */
  damage(name: string, bytes: (old: Buffer) => Buffer): Promise<void>;
}

export function windowOf(first: string, last: string, people = 3): WindowSlices {
  const range: DateRange = { first, last, timeZone: 'Europe/Berlin' };
  const person = (i: number): { userId: string; userPrincipalName: string; userDisplayName: string } => ({
    userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    userPrincipalName: `user${i}@contoso.com`,
    userDisplayName: `Usér ${i} "quoted"`,
  });
  const slices = Array.from({ length: people }, (_, i) => ({
    ...person(i + 1),
    country: i % 2 === 0 ? 'DE' : 'FR',
    destination: 'Domestic' as const,
    calls: 3 + i,
    seconds: 600 + i,
    chargeMicros: 1_230_000 + i,
    chargeRest: undefined,
  }));
  return {
    range,
    rowCount: people + 3,
    pageCount: 2,
    rowsWithoutCurrency: 1,
    fetchedAt: '2026-11-04T07:30:00.000Z',
    currencies: [
      {
        currency: 'EUR',
        rowsWithoutCharge: 1,
        slices: sliceColumnsOf([
          ...slices,
          // Person 1's second row (another location and destination), with a charge of more than six decimals.
          { ...person(1), country: 'US', destination: 'International', calls: 1, seconds: 61, chargeMicros: 123_456, chargeRest: { units: 7n, scale: 8 } },
        ]),
      },
      { currency: '', rowsWithoutCharge: 0, slices: sliceColumnsOf([{ userId: '', userPrincipalName: '', userDisplayName: 'Unknown person', country: '', destination: 'Unknown', calls: 2, seconds: 5, chargeMicros: 0, chargeRest: undefined }]) },
    ],
  };
}

const OCTOBER = (): WindowSlices => windowOf('2026-10-01', '2026-10-31');

/** `fresh()` gives empty objects (a directory or blob prefix of their own) for each test. */
export function windowStoreContract(fresh: () => WindowObjectsUnderTest): void {
  let now: number;
  let under: WindowObjectsUnderTest;
  const namespace = 'tenant-1';
  const storeOf = (maxBytes = 1024 * 1024): ReportWindowStore => new ReportWindowStore(under.objects, { namespace, maxBytes, clock: () => now });
  beforeEach(() => {
    now = Date.parse('2026-11-20T10:00:00Z');
    under = fresh();
  });

  it('gives back exactly the window it kept, exact decimals and unknown values included', async () => {
    await storeOf().put(OCTOBER());
    expect(await storeOf().get(OCTOBER().range)).toEqual(OCTOBER());
  });

  it("keeps a range's merge apart from the window of the same days", async () => {
    const merged = { ...OCTOBER(), rowCount: 99 };
    await storeOf().put(merged, 'merged');
    expect(await storeOf().get(OCTOBER().range)).toBeUndefined();
    expect(await storeOf().get(OCTOBER().range, 'merged')).toEqual(merged);
    expect(windowObjectName(namespace, OCTOBER().range, 'merged')).not.toBe(windowObjectName(namespace, OCTOBER().range));
  });

  it("knows no window it did not keep, nor another tenant's", async () => {
    await storeOf().put(OCTOBER());
    expect(await storeOf().get({ ...OCTOBER().range, timeZone: 'UTC' })).toBeUndefined();
    expect(await storeOf().get({ ...OCTOBER().range, last: '2026-10-30' })).toBeUndefined();
    const otherTenant = new ReportWindowStore(under.objects, { namespace: 'someone-else', maxBytes: 1024 * 1024 });
    expect(await otherTenant.get(OCTOBER().range)).toBeUndefined();
  });

  it.each([
    ['a truncated', (old: Buffer) => old.subarray(0, Math.floor(old.length / 2))],
    ['a garbled', (old: Buffer) => Buffer.from(old.map((byte, i) => (i === Math.floor(old.length / 2) ? byte ^ 0x5a : byte)))],
    ['an empty', () => Buffer.alloc(0)],
    ['an uncompressed', () => Buffer.from('{"format":1}')],
  ])('treats %s object as absent and removes it', async (_name, damage) => {
    const store = storeOf();
    await store.put(OCTOBER());
    const name = windowObjectName(namespace, OCTOBER().range);
    await under.damage(name, damage);
    expect(await store.get(OCTOBER().range)).toBeUndefined();
    expect(await under.objects.read(name)).toBeUndefined();
    await store.put(OCTOBER());
    expect(await store.get(OCTOBER().range)).toEqual(OCTOBER());
  });

  it('evicts the least recently used windows once past its size limit', async () => {
    const ranges = [windowOf('2026-07-01', '2026-07-31', 200), windowOf('2026-08-01', '2026-08-31', 200), windowOf('2026-09-01', '2026-09-30', 200)];
    const probe = storeOf();
    await probe.put(ranges[0] as WindowSlices);
    const size = (await under.objects.read(windowObjectName(namespace, (ranges[0] as WindowSlices).range)))?.bytes.length ?? 0;
    expect(size).toBeGreaterThan(100);
    // Room for two windows (their sizes differ by a few bytes), not three.
    const store = storeOf(Math.floor(size * 2.5));
    const [july, august, september] = ranges as [WindowSlices, WindowSlices, WindowSlices];
    await store.put(august); // July was kept at 10:00, August now too
    now += 20 * 60_000;
    expect(await store.get(july.range)).toEqual(july); // July used at 10:20: August is now the least recently used
    now += 60_000;
    await store.put(september);
    expect(await store.get(august.range)).toBeUndefined();
    expect(await store.get(july.range)).toEqual(july);
    expect(await store.get(september.range)).toEqual(september);
  });

  it('lets one instance at a time claim a window, and another take over a claim its holder stopped renewing', async () => {
    const first = storeOf();
    const second = storeOf();
    const release = await first.claim(OCTOBER().range);
    expect(release).toBeDefined();
    expect(await second.claim(OCTOBER().range)).toBeUndefined();
    expect(await second.claim({ ...OCTOBER().range, timeZone: 'UTC' })).toBeDefined(); // another window
    await release?.();
    const taken = await second.claim(OCTOBER().range);
    expect(taken).toBeDefined();
    now += 60_000;
    expect(await first.claim(OCTOBER().range)).toBeUndefined();
    now += 31_000; // 91 s without renewal: the holder died
    expect(await first.claim(OCTOBER().range)).toBeDefined();
  });
}

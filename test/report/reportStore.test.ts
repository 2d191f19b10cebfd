/**
 * Reports merged from month windows over real HTTP to the demo tenant: exactly the sums of a direct
 * read, closed windows served by a second service over the same storage (files, and Azure Blob on
 * azurite) with no Graph report request, open windows read again, damaged objects recomputed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { latencyNote } from '../../src/cards/latencyNote';
import { reportWindows } from '../../src/graph/reportWindows';
import { monthWindows } from '../../src/report/monthWindows';
import type { DateRange } from '../../src/domain/dateRange';
import type { Report } from '../../src/report/report';
import { ReportService } from '../../src/report/reportService';
import { slicesOf } from '../../src/report/spenderSlices';
import { ReportWindowStore, windowObjectName } from '../../src/storage/reportWindowStore';
import { WindowBlobs } from '../../src/storage/windowBlobs';
import { WindowFiles } from '../../src/storage/windowFiles';
import type { WindowObjects } from '../../src/storage/windowObjects';
import { startAzurite, type Azurite } from '../storage/azurite';
import { sourceFor } from '../helpers/graphSource';
import { peopleOf, rowsOf, totalsOf, type Sums } from '../helpers/rowSums';

const NOW = new Date('2026-11-20T10:00:00Z');
/** 72 days in Berlin (CEST): three month windows, one of them whole; short enough for one direct read. */
const RANGE: DateRange = { first: '2026-08-10', last: '2026-10-20', timeZone: 'Europe/Berlin' };
const RANGE_FROM = '2026-08-09T22:00:00.000Z';
const RANGE_TO = '2026-10-20T21:59:59.999Z';
const SEPTEMBER: DateRange = { first: '2026-09-01', last: '2026-09-30', timeZone: 'Europe/Berlin' };
const NAMESPACE = 'demo';

const sums = (usage: { calls: number; seconds: number; chargeMicros: number }): Sums => ({ calls: usage.calls, seconds: usage.seconds, micros: usage.chargeMicros });

/** Every figure of the report against sums of the tenant's raw rows, read in one request over HTTP. */
async function expectDirectReadSums(tenant: DemoTenant, report: Report): Promise<void> {
  const rows = await rowsOf(tenant, RANGE_FROM, RANGE_TO);
  // Rows are not compared: Graph sends one row per person, location and destination per window read.
  expect(report.currencies.map((c) => c.currency).sort()).toEqual([...new Set(rows.map((row) => row.currency))].sort());
  for (const currency of report.currencies) {
    const expected = totalsOf(rows, currency.currency);
    expect([sums(currency.total), sums(currency.domestic), sums(currency.international)]).toEqual([expected.total, expected.domestic, expected.international]);
    const people = peopleOf(rows, currency.currency);
    expect(currency.spenders).toHaveLength(people.size);
    for (const spender of currency.spenders) {
      const person = people.get(spender.userId);
      expect({ upn: spender.userPrincipalName, ...sums(spender) }).toEqual({ upn: person?.upn, calls: person?.calls, seconds: person?.seconds, micros: person?.micros });
      const slices = new Map(slicesOf(spender).map((slice) => [`${slice.country}|${slice.destination}`, sums(slice)]));
      expect(slices).toEqual(person?.slices);
    }
  }
}

interface Storage {
  objects(): WindowObjects;
  damage(name: string): Promise<void>;
}

describe.each([
  ['files', 'files'],
  ['Azure Blob on azurite', 'blob'],
] as const)('reports from month windows kept in %s', (_name, kind) => {
  let tenant: DemoTenant;
  let azurite: Azurite | undefined;
  let directory: string;
  let storage: Storage;

  beforeAll(async () => {
    // Throttling off: the file's tests read more than Graph's 50 requests a minute, and throttling is tested elsewhere.
    tenant = await startDemoTenant({ users: 300, pageSize: 100, now: () => NOW, throttling: 'off' });
    directory = await mkdtemp(join(tmpdir(), 'dialout-report-store-'));
    if (kind === 'files') {
      storage = {
        objects: () => new WindowFiles(join(directory, 'reports')),
        damage: async (name) => {
          const path = new WindowFiles(join(directory, 'reports')).pathOf(name);
          await writeFile(path, (await readFile(path)).subarray(0, 40));
        },
      };
    } else {
      const started = await startAzurite();
      azurite = started;
      storage = {
        objects: () => new WindowBlobs(started.connectionString, 'state', 'reports/'),
        damage: async (name) => {
          const blob = new ContainerClient(started.connectionString, 'state').getBlockBlobClient(`reports/${name}`);
          const bytes = await blob.downloadToBuffer();
          bytes[Math.floor(bytes.length / 2)] ^= 0xff;
          await blob.uploadData(bytes);
        },
      };
    }
  });
  afterAll(async () => {
    await tenant.close();
    await azurite?.stop();
    await rm(directory, { recursive: true, force: true });
  });

  /** A service as a new instance (or a restarted one) has it: an empty cache over the shared storage. */
  function instance(clock: () => Date = () => NOW): ReportService {
    const windows = new ReportWindowStore(storage.objects(), { namespace: NAMESPACE, maxBytes: 64 * 1024 * 1024, clock: () => clock().getTime() });
    return new ReportService(sourceFor(tenant), { cacheTtlMinutes: 60, cacheEntries: 10, store: { windows, closedAfterHours: 72 }, clock });
  }

  /** Removes the kept merge of a range, so that its windows are read again. */
  const dropMerged = (range: DateRange): Promise<void> => storage.objects().remove(windowObjectName(NAMESPACE, range, 'merged'));

  it('merges the month windows into exactly the sums of one direct read', async () => {
    const report = await instance().report(RANGE);
    await expectDirectReadSums(tenant, report);
  });

  it('answers a closed period on a restarted instance with no Graph report request, and the same figures', async () => {
    const first = await instance().report(RANGE);
    const requests = tenant.stats.reportRequests;
    const second = await instance().report(RANGE);
    expect(tenant.stats.reportRequests).toBe(requests);
    expect(second.currencies).toEqual(first.currencies);
    expect([second.rowCount, second.pageCount]).toEqual([first.rowCount, first.pageCount]);
    await expectDirectReadSums(tenant, second);
  });

  it('recomputes a damaged window from Graph, never a wrong total, and keeps it again', async () => {
    await instance().report(RANGE);
    await dropMerged(RANGE);
    await storage.damage(windowObjectName(NAMESPACE, SEPTEMBER));
    const requests = tenant.stats.reportRequests;
    const report = await instance().report(RANGE);
    expect(tenant.stats.reportRequests).toBeGreaterThan(requests);
    await expectDirectReadSums(tenant, report);
    const again = tenant.stats.reportRequests;
    await dropMerged(RANGE);
    await instance().report(RANGE);
    expect(tenant.stats.reportRequests).toBe(again);
  });

  it('reads a window from Graph again when its object is missing', async () => {
    await instance().report(RANGE);
    await dropMerged(RANGE);
    await storage.objects().remove(windowObjectName(NAMESPACE, SEPTEMBER));
    const requests = tenant.stats.reportRequests;
    await expectDirectReadSums(tenant, await instance().report(RANGE));
    expect(tenant.stats.reportRequests).toBeGreaterThan(requests);
  });

  it('keeps no open window: it is read again by another instance, and by the same one once the cache time has passed', async () => {
    // On Nov 2, October ended (Berlin) 35 hours ago: still open, like November.
    let now = new Date('2026-11-02T10:00:00Z');
    const clock = (): Date => now;
    const open: DateRange = { first: '2026-10-25', last: '2026-11-01', timeZone: 'Europe/Berlin' };
    const service = instance(clock);
    await service.report(open);
    let requests = tenant.stats.reportRequests;
    await service.report(open);
    expect(tenant.stats.reportRequests).toBe(requests); // within the cache time: from memory
    await instance(clock).report(open);
    expect(tenant.stats.reportRequests).toBeGreaterThan(requests);
    requests = tenant.stats.reportRequests;
    now = new Date(now.getTime() + 61 * 60_000);
    await service.report(open);
    expect(tenant.stats.reportRequests).toBeGreaterThan(requests);
    expect(await storage.objects().read(windowObjectName(NAMESPACE, { first: '2026-10-25', last: '2026-10-31', timeZone: 'Europe/Berlin' }))).toBeUndefined();
  });

  it('shares an open window between the ranges that end in it while reports are cached', async () => {
    const now = new Date('2026-11-02T10:00:00Z');
    const service = instance(() => now);
    await service.report({ first: '2026-10-25', last: '2026-11-01', timeZone: 'Europe/Berlin' });
    const requests = tenant.stats.reportRequests;
    // Another range, whose only window (1 November, open) the first one read.
    const day = await service.report({ first: '2026-11-01', last: '2026-11-01', timeZone: 'Europe/Berlin' });
    expect(tenant.stats.reportRequests).toBe(requests);
    const expected = tenant.expectedUsage(new Date('2026-10-31T23:00:00.000Z'), new Date('2026-11-01T22:59:59.999Z'));
    expect(day.currencies.map((c) => [c.currency, c.total.chargeMicros]).sort()).toEqual(Object.entries(expected.byCurrency).map(([c, t]) => [c, t.chargeMicros]).sort());
  });

  it('reads each closed window once when two instances are asked for it at the same moment', async () => {
    const range: DateRange = { first: '2026-05-01', last: '2026-06-30', timeZone: 'Europe/Berlin' };
    const pages = monthWindows(range)
      .flatMap(reportWindows)
      .reduce((sum, w) => sum + Math.max(1, Math.ceil(tenant.expectedUsage(new Date(w.fromDateTime), new Date(w.toDateTime)).rowCount / 100)), 0);
    const requests = tenant.stats.reportRequests;
    const [first, second] = await Promise.all([instance().report(range), instance().report(range)]);
    expect(tenant.stats.reportRequests - requests).toBe(pages);
    expect(second.currencies).toEqual(first.currencies);
  });

  it('answers a closed range asked again from its kept merge alone: exactly the report its windows merge into', async () => {
    await dropMerged(RANGE);
    const first = await instance().report(RANGE);
    for (const window of monthWindows(RANGE)) await storage.objects().remove(windowObjectName(NAMESPACE, window));
    const requests = tenant.stats.reportRequests;
    const again = await instance().report(RANGE);
    expect(tenant.stats.reportRequests).toBe(requests);
    expect(again).toEqual(first);
    await expectDirectReadSums(tenant, again);
  });

  it('recomputes a damaged merge from its windows, never a wrong total, and keeps it again', async () => {
    await dropMerged(RANGE);
    const first = await instance().report(RANGE); // its windows and its merge kept

    await storage.damage(windowObjectName(NAMESPACE, RANGE, 'merged'));
    const requests = tenant.stats.reportRequests;
    const report = await instance().report(RANGE);
    expect(tenant.stats.reportRequests).toBe(requests); // its windows are still kept
    expect(report).toEqual(first);
    await expectDirectReadSums(tenant, report);
    for (const window of monthWindows(RANGE)) await storage.objects().remove(windowObjectName(NAMESPACE, window));
    const checked = tenant.stats.reportRequests;
    expect(await instance().report(RANGE)).toEqual(first); // from the merge kept again
    expect(tenant.stats.reportRequests).toBe(checked);
  });

  it('dates a report by its windows\' reads: a stored period by when it was read, an open month by its read now', async () => {
    const readAt = new Date('2026-11-19T08:00:00Z');
    const later = new Date('2026-11-22T10:00:00Z');
    const autumn: DateRange = { first: '2026-09-01', last: '2026-10-31', timeZone: 'Europe/Berlin' };
    for (const window of [...monthWindows(autumn), autumn]) await storage.objects().remove(windowObjectName(NAMESPACE, window, window === autumn ? 'merged' : 'window'));
    await instance(() => readAt).report(autumn);
    // Three days later, on another instance: the stored months keep their read time…
    expect((await instance(() => later).report(autumn)).fetchedAt).toBe(readAt.toISOString());
    await dropMerged(autumn);
    expect((await instance(() => later).report(autumn)).fetchedAt).toBe(readAt.toISOString());
    // …and a range with the open month is as recent as that month's read, so its latency note names the days Graph had not finished then.
    const toYesterday: DateRange = { first: '2026-10-01', last: '2026-11-21', timeZone: 'Europe/Berlin' };
    const report = await instance(() => later).report(toYesterday);
    expect(report.fetchedAt).toBe(later.toISOString());
    expect(latencyNote(report.range, report.fetchedAt, 'en-US')).toBe('Microsoft Graph reports dial-out usage 24–48 hours late, so the figures for Nov 21, 2026 are probably incomplete.');
  });

  it('stops waiting for a window that another instance has claimed when shutting down', async () => {
    const august: DateRange = { first: '2026-08-01', last: '2026-08-31', timeZone: 'Europe/Berlin' };
    await storage.objects().remove(windowObjectName(NAMESPACE, august));
    const other = new ReportWindowStore(storage.objects(), { namespace: NAMESPACE, maxBytes: 64 * 1024 * 1024, clock: () => NOW.getTime() });
    const release = await other.claim(august);
    expect(release).toBeDefined();
    const shutdown = new AbortController();
    const windows = new ReportWindowStore(storage.objects(), { namespace: NAMESPACE, maxBytes: 64 * 1024 * 1024, clock: () => NOW.getTime() });
    const service = new ReportService(sourceFor(tenant), { cacheTtlMinutes: 60, cacheEntries: 10, store: { windows, closedAfterHours: 72 }, clock: () => NOW, stopping: shutdown.signal });
    const requests = tenant.stats.reportRequests;
    const asked = service.report(august);
    setTimeout(() => shutdown.abort(), 600);
    await expect(asked).rejects.toThrow(/abort/i);
    expect(tenant.stats.reportRequests).toBe(requests);
    await release?.();
  });
});

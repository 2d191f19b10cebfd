/** The report window store over files in STATE_DIR/reports and over blobs under reports/ on the azurite emulator. */
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { openReportStore } from '../../src/storage/openReportStore';
import { ReportWindowStore, windowObjectName } from '../../src/storage/reportWindowStore';
import { WindowBlobs } from '../../src/storage/windowBlobs';
import { WindowFiles } from '../../src/storage/windowFiles';
import { startAzurite, type Azurite } from './azurite';
import { windowOf, windowStoreContract, type WindowObjectsUnderTest } from './windowStoreContract';

describe('report window store over files', () => {
  let directory: string;
  let count = 0;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'dialout-windows-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  windowStoreContract((): WindowObjectsUnderTest => {
    count += 1;
    const objects = new WindowFiles(join(directory, `state-${count}`, 'reports'));
    return { objects, damage: async (name, bytes) => writeFile(objects.pathOf(name), bytes(await readFile(objects.pathOf(name)))) };
  });

  it('keeps its files in STATE_DIR/reports', async () => {
    expect((await openReportStore({ kind: 'file', stateDir: directory }, { namespace: 'demo', maxBytes: 1 })).location).toBe(join(directory, 'reports'));
  });

  it('removes at start-up the temporary files a crash left, and leaves a write under way and the windows alone', async () => {
    const stateDir = join(directory, 'crashed');
    const started = Date.parse('2026-11-20T10:00:00Z');
    const files = new WindowFiles(join(stateDir, 'reports'));
    const kept = windowOf('2026-10-01', '2026-10-31');
    await new ReportWindowStore(files, { namespace: 'demo', maxBytes: 1024 * 1024, clock: () => started - 3_600_000 }).put(kept);
    const window = files.pathOf(windowObjectName('demo', kept.range));
    const left = `${window}.4242.0a1b2c3d.tmp`;
    const underWay = `${window}.4343.1a2b3c4d.tmp`;
    await writeFile(left, 'half a window');
    await utimes(left, new Date(started - 3_600_000), new Date(started - 3_600_000));
    await writeFile(underWay, 'a window being written');
    await utimes(underWay, new Date(started - 5_000), new Date(started - 5_000));
    const store = await openReportStore({ kind: 'file', stateDir }, { namespace: 'demo', maxBytes: 1024 * 1024, clock: () => started });
    expect((await readdir(dirname(window))).sort()).toEqual([basename(window), basename(underWay)].sort());
    expect(await store.get(kept.range)).toEqual(kept);
  });
});

describe('report window store over Azure Blob (azurite)', () => {
  let azurite: Azurite;
  let count = 0;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(() => azurite.stop());

  windowStoreContract((): WindowObjectsUnderTest => {
    count += 1;
    const prefix = `reports-${count}/`;
    const container = new ContainerClient(azurite.connectionString, 'state');
    return {
      objects: new WindowBlobs(azurite.connectionString, 'state', prefix),
      damage: async (name, bytes) => {
        const blob = container.getBlockBlobClient(`${prefix}${name}`);
        await blob.uploadData(bytes(await blob.downloadToBuffer()));
      },
    };
  });

  it('keeps its blobs under reports/ in the state container', async () => {
    expect((await openReportStore({ kind: 'blob', connectionString: azurite.connectionString, container: 'state' }, { namespace: 'demo', maxBytes: 1 })).location).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/dialouttest\/state\/reports\/$/,
    );
  });
});

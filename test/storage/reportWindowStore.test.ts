/** The report window store over files in STATE_DIR/reports and over blobs under reports/ on the azurite emulator. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { openReportStore } from '../../src/storage/openReportStore';
import { WindowBlobs } from '../../src/storage/windowBlobs';
import { WindowFiles } from '../../src/storage/windowFiles';
import { startAzurite, type Azurite } from './azurite';
import { windowStoreContract, type WindowObjectsUnderTest } from './windowStoreContract';

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

  it('keeps its files in STATE_DIR/reports', () => {
    expect(openReportStore({ kind: 'file', stateDir: directory }, { namespace: 'demo', maxBytes: 1 }).location).toBe(join(directory, 'reports'));
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

  it('keeps its blobs under reports/ in the state container', () => {
    expect(openReportStore({ kind: 'blob', connectionString: azurite.connectionString, container: 'state' }, { namespace: 'demo', maxBytes: 1 }).location).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/dialouttest\/state\/reports\/$/,
    );
  });
});

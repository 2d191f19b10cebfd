/** The waiting exports' store over files in STATE_DIR/exports: its size limit, expiry and damaged objects. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportStore, openExportStore } from '../../src/storage/exportStore';
import { WindowFiles } from '../../src/storage/windowFiles';

const TTL_MS = 15 * 60_000;
const OWNER = '00000000-0000-0000-0000-0000000000a1';

describe('export store over files', () => {
  let directory: string;
  let objects: WindowFiles;
  let now: number;
  const store = (maxBytes: number): ExportStore => new ExportStore(objects, { ttlMs: TTL_MS, maxBytes, clock: () => now });
  const stored = async (): Promise<string[]> => (await readdir(objects.location).catch(() => [])).sort();
  /** Random bytes do not compress: the stored object is a little larger than the file. */
  const file = (bytes: number) => ({ name: 'dial-out.csv', bytes: randomBytes(bytes), owner: OWNER });

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'dialout-exports-'));
    objects = new WindowFiles(join(directory, 'exports'));
    now = Date.parse('2027-01-15T10:00:00Z');
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('keeps its files in STATE_DIR/exports', () => {
    expect(openExportStore({ kind: 'file', stateDir: directory }, { ttlMs: TTL_MS, maxBytes: 1 }).location).toBe(join(directory, 'exports'));
  });

  it('gives back the bytes to their owner only, and nothing once dropped', async () => {
    const exports = store(1024 * 1024);
    const prepared = { name: 'dial-out 2026-10-01 to 2026-10-31.csv', bytes: Buffer.from('\uFEFFuserId,currency\r\n"a, b",USD\r\n', 'utf8'), owner: OWNER };
    const kept = await exports.put(prepared);
    if (!kept.kept) throw new Error('not kept');
    expect(await exports.get(kept.id, OWNER)).toEqual({ kind: 'ready', file: prepared });
    expect(await exports.get(kept.id, '00000000-0000-0000-0000-0000000000b2')).toEqual({ kind: 'missing' });
    await exports.drop(kept.id);
    expect(await exports.get(kept.id, OWNER)).toEqual({ kind: 'missing' });
    expect(await stored()).toEqual([]);
  });

  it('keeps no file past its size limit, until the waiting ones expire', async () => {
    const exports = store(150_000);
    const first = await exports.put(file(100_000));
    expect(first.kept).toBe(true);
    expect(await exports.put(file(100_000))).toEqual({ kept: false, reason: 'full' });
    expect(await stored()).toHaveLength(1);

    now += TTL_MS;
    const second = await exports.put(file(100_000));
    if (!second.kept) throw new Error('not kept once the first expired');
    expect(await stored()).toEqual([`${second.id}.csv.gz`]);
  });

  it('says an expired file expired (to its owner) and removes it; the sweep removes the others', async () => {
    const exports = store(1024 * 1024);
    const [asked, swept] = [await exports.put(file(10)), await exports.put(file(10))];
    if (!asked.kept || !swept.kept) throw new Error('not kept');
    now += TTL_MS - 1;
    expect((await exports.get(asked.id, OWNER)).kind).toBe('ready');
    now += 1;
    expect(await exports.get(asked.id, OWNER)).toEqual({ kind: 'expired' });
    expect(await stored()).toEqual([`${swept.id}.csv.gz`]);
    await exports.sweep();
    expect(await stored()).toEqual([]);
  });

  it('treats a damaged object as missing and removes it', async () => {
    const exports = store(1024 * 1024);
    const kept = await exports.put(file(10));
    if (!kept.kept) throw new Error('not kept');
    await writeFile(objects.pathOf(`${kept.id}.csv.gz`), 'not gzip');
    expect(await exports.get(kept.id, OWNER)).toEqual({ kind: 'missing' });
    expect(await stored()).toEqual([]);
  });
});

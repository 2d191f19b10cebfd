/** FileStorage in a temporary directory: the shared contract, a writer killed mid-write, corrupt files, abandoned locks. */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FileStorage } from '../../src/storage/fileStorage';
import { isStorageError } from '../../src/storage/storageErrors';
import { storageContract, type StoragePair } from './storageContract';

async function failureOf(operation: Promise<unknown>): Promise<unknown> {
  try {
    await operation;
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail');
}

/** A child process that loads the real FileStorage source and rewrites one large item until it is killed. */
const WRITER = `
const fs = require('node:fs');
const ts = require(process.env.TYPESCRIPT);
require.extensions['.ts'] = (module, filename) => {
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  module._compile(ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions: options, fileName: filename }).outputText, filename);
};
const { FileStorage } = require(process.env.FILE_STORAGE);
const storage = new FileStorage(process.env.STATE_DIR);
const size = 4 * 1024 * 1024;
(async () => {
  process.stdout.write('writing\\n');
  for (let version = 1; ; version += 1) await storage.write({ item: { version, length: size, payload: String(version % 10).repeat(size) } });
})();
`;

describe('FileStorage', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'state-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  describe('the storage contract', () => {
    let handles: StoragePair;
    beforeEach(() => {
      // Two handles on one directory: two instances of the bot on one machine.
      handles = { first: new FileStorage(directory), second: new FileStorage(directory) };
    });
    storageContract(() => handles);
  });

  it('keeps the previous state readable when a writer is killed in the middle of a write', async () => {
    const storage = new FileStorage(directory);
    await storage.write({ item: { version: 0, length: 1, payload: '0' } });
    let cutMidWrite = false;
    for (let attempt = 0; attempt < 5 && !cutMidWrite; attempt += 1) {
      const child = spawn(process.execPath, ['-e', WRITER], {
        env: { ...process.env, TYPESCRIPT: require.resolve('typescript'), FILE_STORAGE: resolve(__dirname, '../../src/storage/fileStorage.ts'), STATE_DIR: directory },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((done) => child.once('exit', done));
      await new Promise((started) => child.stdout.once('data', started));
      // Kill it the moment a temporary file exists: a write is under way.
      while (!(await readdir(directory)).some((name) => name.endsWith('.tmp'))) await new Promise((tick) => setImmediate(tick));
      child.kill('SIGKILL');
      await exited;
      cutMidWrite = (await readdir(directory)).some((name) => name.endsWith('.tmp'));
    }
    expect(cutMidWrite).toBe(true);
    const reopened = new FileStorage(directory);
    expect(await reopened.check()).toEqual([]);
    const item = (await reopened.read(['item'])).item as { version: number; length: number; payload: string };
    expect(item.payload).toHaveLength(item.length);
    expect(item.payload).toBe(String(item.version % 10).repeat(item.length));
    expect(await reopened.keys('')).toEqual(['item']);
    // The killed writer's lock does not block the next write: its process is gone.
    await reopened.write({ item: { version: -1, length: 0, payload: '' } });
    expect((await reopened.read(['item'])).item).toMatchObject({ version: -1 });
  });

  it('reports a corrupt state file with its path, and never overwrites or deletes it', async () => {
    const storage = new FileStorage(directory);
    await storage.write({ good: { n: 1 }, bad: { n: 1 } });
    const badPath = storage.pathOf('bad');
    await writeFile(badPath, '{"key":"bad","eTag":"1","value":{"n":');

    const problems = await new FileStorage(directory).check();
    expect(problems).toEqual([{ location: badPath, reason: expect.stringContaining(badPath) }]);

    expect(isStorageError(await failureOf(storage.read(['bad'])), 'corrupt')).toBe(true);
    expect(isStorageError(await failureOf(storage.write({ bad: { n: 2 } })), 'corrupt')).toBe(true);
    expect(isStorageError(await failureOf(storage.write({ bad: { n: 2, eTag: '*' } })), 'corrupt')).toBe(true);
    expect(isStorageError(await failureOf(storage.delete(['bad'])), 'corrupt')).toBe(true);
    expect(await readFile(badPath, 'utf8')).toBe('{"key":"bad","eTag":"1","value":{"n":');
    expect(await storage.keys('')).toEqual(['good']);
    expect((await storage.read(['good'])).good).toMatchObject({ n: 1 });
  });

  it('breaks a lock left behind by a process that died holding it', async () => {
    const storage = new FileStorage(directory);
    await storage.write({ item: { n: 1 } });
    const lock = `${storage.pathOf('item')}.lock`;
    await writeFile(lock, '12345 long ago\n');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(lock, anHourAgo, anHourAgo);
    await storage.write({ item: { n: 2 } });
    expect((await storage.read(['item'])).item).toMatchObject({ n: 2 });
    expect(await readdir(directory)).toEqual([storage.pathOf('item').slice(directory.length + 1)]);
  });
});

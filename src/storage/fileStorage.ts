/** File-backed state (the default): one JSON file per item in STATE_DIR, atomic replaces, eTags checked under a lock. */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { StoreItems } from 'botbuilder';
import { isAbandoned, withFileLock } from './fileLock';
import { readEnvelope, removeFile, replaceFile, STATE_FILE_SUFFIX, stateFileName, TEMP_FILE_SUFFIX } from './stateFiles';
import { ItemByItemStorage } from './itemByItemStorage';
import type { StateProblem } from './stateStorage';
import { conflictError, isStorageError, StorageError } from './storageErrors';

/** Leftover temporary and lock files older than this belong to a process that died; newer ones may be in use. */
const LEFTOVER_AGE_MS = 10 * 60_000;
const LOCK_SUFFIX = '.lock';

/**
 * State in a directory, shared safely by several processes on one machine. A file that cannot be
 * read is reported by `check()` and by every operation on its key, and is never overwritten or deleted.
 * @example const storage = new FileStorage('.data'); await storage.write({ 'a/b': { n: 1 } });
 */
export class FileStorage extends ItemByItemStorage {
  readonly location: string;

  constructor(directory: string) {
    super();
    this.location = resolve(directory);
  }

  /** The file that holds `key` (for reports and tests). */
  pathOf(key: string): string {
    return join(this.location, stateFileName(key));
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const envelope = await readEnvelope(this.pathOf(key), key);
      if (envelope) items[key] = { ...envelope.value, eTag: envelope.eTag };
    }
    return items;
  }

  async delete(keys: string[]): Promise<void> {
    await this.ready();
    for (const key of keys) {
      const path = this.pathOf(key);
      await withFileLock(path, async () => {
        // Reading first refuses to delete a corrupt file: it stays for a person to look at.
        if (await readEnvelope(path, key)) await removeFile(path);
      });
    }
  }

  async keys(prefix: string): Promise<string[]> {
    const found: string[] = [];
    for (const name of await this.stateFiles()) {
      try {
        const envelope = await readEnvelope(join(this.location, name));
        if (envelope?.key.startsWith(prefix)) found.push(envelope.key);
      } catch (error) {
        // Reported by check() at start-up; listing the readable rest keeps the bot working.
        if (!isStorageError(error, 'corrupt')) throw error;
      }
    }
    return found.sort();
  }

  /** Creates the directory, removes leftovers of dead processes, and lists every unreadable state file. */
  async check(): Promise<StateProblem[]> {
    await this.ready();
    await this.removeLeftovers();
    const problems: StateProblem[] = [];
    for (const name of await this.stateFiles()) {
      const path = join(this.location, name);
      try {
        await readEnvelope(path);
      } catch (error) {
        if (!isStorageError(error, 'corrupt')) throw error;
        problems.push({ location: path, reason: error.message });
      }
    }
    return problems;
  }

  protected async writeItem(key: string, value: Record<string, unknown>, ifMatch: string | undefined): Promise<void> {
    const path = this.pathOf(key);
    await withFileLock(path, async () => {
      const current = await readEnvelope(path, key); // throws for a corrupt file: never overwritten
      if (ifMatch !== undefined && current?.eTag !== ifMatch) throw conflictError(key);
      const envelope = { key, eTag: randomUUID(), value: JSON.parse(JSON.stringify(value)) as unknown };
      await replaceFile(path, `${JSON.stringify(envelope)}\n`);
    });
  }

  protected async ready(): Promise<void> {
    try {
      await mkdir(this.location, { recursive: true });
    } catch (error) {
      throw new StorageError('unavailable', `cannot create the state directory ${this.location}`, { cause: error });
    }
  }

  private async stateFiles(): Promise<string[]> {
    try {
      return (await readdir(this.location)).filter((name) => name.endsWith(STATE_FILE_SUFFIX));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new StorageError('unavailable', `cannot list the state directory ${this.location}`, { cause: error });
    }
  }

  /** Temporary files of writes that never finished, and locks whose holder died; files still in use stay. */
  private async removeLeftovers(): Promise<void> {
    for (const name of await readdir(this.location)) {
      const path = join(this.location, name);
      if (name.endsWith(LOCK_SUFFIX) && (await isAbandoned(path, LEFTOVER_AGE_MS))) await rm(path, { force: true });
      if (name.endsWith(TEMP_FILE_SUFFIX)) {
        const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
        if (Date.now() - mtimeMs > LEFTOVER_AGE_MS) await rm(path, { force: true });
      }
    }
  }
}

/** Report window objects as files under STATE_DIR/reports: atomic replaces, the file's mtime as its last use. */
import { mkdir, open, readdir, readFile, stat, utimes } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { removeFile, replaceFile, TEMP_FILE_SUFFIX } from './stateFiles';
import { StorageError } from './storageErrors';
import type { StoredObject, WindowObjects } from './windowObjects';

function hasCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

/**
 * One file per window, below `directory`.
 * @example const objects = new WindowFiles(join(stateDir, 'reports'));
 */
export class WindowFiles implements WindowObjects {
  readonly location: string;

  constructor(directory: string) {
    this.location = resolve(directory);
  }

  /** The file that holds `name` (for tests). */
  pathOf(name: string): string {
    return join(this.location, ...name.split('/'));
  }

  async read(name: string): Promise<{ bytes: Buffer; lastUsed: number } | undefined> {
    const path = this.pathOf(name);
    try {
      const [bytes, { mtimeMs }] = await Promise.all([readFile(path), stat(path)]);
      return { bytes, lastUsed: mtimeMs };
    } catch (error) {
      if (hasCode(error, 'ENOENT')) return undefined;
      throw new StorageError('unavailable', `cannot read ${path}`, { cause: error });
    }
  }

  async write(name: string, bytes: Buffer, usedAt: number): Promise<void> {
    const path = await this.directoryFor(name);
    await replaceFile(path, bytes);
    await this.touch(name, usedAt);
  }

  async create(name: string, bytes: Buffer, usedAt: number): Promise<boolean> {
    const path = await this.directoryFor(name);
    try {
      const handle = await open(path, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (hasCode(error, 'EEXIST')) return false;
      throw new StorageError('unavailable', `cannot create ${path}`, { cause: error });
    }
    await this.touch(name, usedAt);
    return true;
  }

  /** The path of `name`, its directory made. */
  private async directoryFor(name: string): Promise<string> {
    const path = this.pathOf(name);
    try {
      await mkdir(dirname(path), { recursive: true });
    } catch (error) {
      throw new StorageError('unavailable', `cannot create ${dirname(path)}`, { cause: error });
    }
    return path;
  }

  async touch(name: string, usedAt: number): Promise<void> {
    const time = new Date(usedAt);
    try {
      await utimes(this.pathOf(name), time, time);
    } catch (error) {
      if (!hasCode(error, 'ENOENT')) throw new StorageError('unavailable', `cannot touch ${this.pathOf(name)}`, { cause: error });
    }
  }

  /** The paths below the directory (relative), none when it does not exist yet. */
  private async names(): Promise<string[]> {
    try {
      return await readdir(this.location, { recursive: true });
    } catch (error) {
      if (hasCode(error, 'ENOENT')) return [];
      throw new StorageError('unavailable', `cannot list ${this.location}`, { cause: error });
    }
  }

  /**
   * Removes the temporary files of writes that a crash interrupted: those last written more than
   * `olderThanMs` before `now` (a write under way in another process takes seconds). The number removed.
   */
  async removeLeftovers(now: number, olderThanMs: number): Promise<number> {
    let removed = 0;
    for (const name of (await this.names()).filter((found) => found.endsWith(TEMP_FILE_SUFFIX))) {
      const path = join(this.location, name);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile() && now - info.mtimeMs > olderThanMs) {
        await removeFile(path);
        removed += 1;
      }
    }
    return removed;
  }

  async list(): Promise<StoredObject[]> {
    const names = (await this.names()).filter((name) => !name.endsWith(TEMP_FILE_SUFFIX));
    const found: StoredObject[] = [];
    for (const name of names) {
      const path = join(this.location, name);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) found.push({ name: relative(this.location, path).split(sep).join('/'), bytes: info.size, lastUsed: info.mtimeMs });
    }
    return found;
  }

  remove(name: string): Promise<void> {
    return removeFile(this.pathOf(name));
  }
}

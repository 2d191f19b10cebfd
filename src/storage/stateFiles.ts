/** The on-disk form of one stored item: its file name, its JSON envelope, and the atomic replace. */
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StorageError } from './storageErrors';

/** What a state file holds: the item's key (file names are hashed), its eTag and its value. */
export interface StateEnvelope {
  key: string;
  eTag: string;
  value: Record<string, unknown>;
}

export const STATE_FILE_SUFFIX = '.json';
/** Temporary files are `<state file>.<pid>.<random>.tmp`; a crash can leave one behind, never a half state file. */
export const TEMP_FILE_SUFFIX = '.tmp';

/**
 * The file name of a key: a readable slug plus a hash, so any key (colons, slashes, any length)
 * maps to one safe name on every file system.
 * @example stateFileName('subscriptions/t1/19%3Aabc') // 'subscriptions_t1_19_3Aabc.1f0c…e2.json'
 */
export function stateFileName(key: string): string {
  const slug = key.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80);
  const hash = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 20);
  return `${slug}.${hash}${STATE_FILE_SUFFIX}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

/**
 * Reads a state file: undefined when it does not exist; StorageError `corrupt` when it cannot be
 * read or is not a valid envelope (for `expectedKey`, when given).
 */
export async function readEnvelope(path: string, expectedKey?: string): Promise<StateEnvelope | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined;
    throw new StorageError('corrupt', `state file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StorageError('corrupt', `state file ${path} is not valid JSON`, { cause: error });
  }
  if (!isPlainObject(parsed) || typeof parsed.key !== 'string' || typeof parsed.eTag !== 'string' || !isPlainObject(parsed.value)) {
    throw new StorageError('corrupt', `state file ${path} does not hold a stored item`);
  }
  if (expectedKey !== undefined && parsed.key !== expectedKey) {
    throw new StorageError('corrupt', `state file ${path} holds another key than expected`);
  }
  return { key: parsed.key, eTag: parsed.eTag, value: parsed.value };
}

/** fsync of the directory makes the rename itself durable; not every platform allows it. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open or fsync a directory; the rename is still atomic there.
  }
}

/**
 * Replaces `path` atomically: write a temporary file, fsync it, rename it over the old one.
 * A crash at any point leaves either the old file or the new one, complete.
 */
export async function replaceFile(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_FILE_SUFFIX}`;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new StorageError('unavailable', `cannot write state file ${path}`, { cause: error });
  }
  await syncDirectory(dirname(path));
}

/** Deletes a state file (a missing one is fine) and makes the deletion durable. */
export async function removeFile(path: string): Promise<void> {
  try {
    await rm(path, { force: true });
  } catch (error) {
    throw new StorageError('unavailable', `cannot delete state file ${path}`, { cause: error });
  }
  await syncDirectory(dirname(path));
}

/** A per-file lock between processes (and within one): a `.lock` file created exclusively, removed when done. */
import { hostname } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { StorageError } from './storageErrors';

export interface FileLockOptions {
  /** Give up waiting after this long. */
  timeoutMs: number;
  /** A lock older than this was left by a process that died holding it (locks are held for milliseconds). */
  staleMs: number;
}

const DEFAULTS: FileLockOptions = { timeoutMs: 10_000, staleMs: 30_000 };

function hasCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

/** True when `pid` is no process on this machine. */
function isDead(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return hasCode(error, 'ESRCH');
  }
}

/**
 * True when the lock's holder is known to be gone: it ran on this machine and its process no
 * longer exists, or the lock is older than `staleMs` (a holder on another machine sharing the directory).
 */
export async function isAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const [text, { mtimeMs }] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    const [host, pid] = text.split(' ');
    if (host === hostname() && /^\d+$/.test(pid ?? '') && isDead(Number(pid))) return true;
    return Date.now() - mtimeMs > staleMs;
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return false;
    throw error;
  }
}

async function tryAcquire(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, 'wx', 0o600);
    try {
      await handle.writeFile(`${hostname()} ${process.pid} ${new Date().toISOString()}\n`);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    throw new StorageError('unavailable', `cannot create the lock file ${lockPath}`, { cause: error });
  }
}

/**
 * Runs `work` while holding `${path}.lock`; waits (with jitter) while another holder has it, and
 * breaks a lock whose holder died.
 * @example await withFileLock('/state/a.json', async () => compareAndReplace());
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>, options: Partial<FileLockOptions> = {}): Promise<T> {
  const { timeoutMs, staleMs } = { ...DEFAULTS, ...options };
  const lockPath = `${path}.lock`;
  const deadline = Date.now() + timeoutMs;
  let wait = 2;
  while (!(await tryAcquire(lockPath))) {
    if (Date.now() > deadline) throw new StorageError('unavailable', `the lock ${lockPath} stayed held for over ${timeoutMs} ms`);
    if (await isAbandoned(lockPath, staleMs)) {
      await rm(lockPath, { force: true });
      continue;
    }
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}

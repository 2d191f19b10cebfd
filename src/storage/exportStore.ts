/**
 * Prepared CSV exports waiting for the user's consent (the bot's CsvExports): one gzip object per file,
 * blobs under `exports/` in the state container or files in STATE_DIR/exports, so every instance and
 * every restart can upload it. A file waits `ttlMs`; an expired one is removed when asked for and by the
 * sweeps (at start-up, then periodically). The waiting files take at most `maxBytes` (compressed).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gunzip, gzip } from 'node:zlib';
import type { CsvExports, NotKeptReason, PreparedExport, WaitingExport } from '../bot/csvExports';
import type { StorageSettings } from '../config';
import { isGuid } from '../domain/ids';
import { log } from '../log';
import { WindowBlobs } from './windowBlobs';
import { WindowFiles } from './windowFiles';
import type { StoredObject, WindowObjects } from './windowObjects';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** The blob name prefix, and the directory below STATE_DIR, that hold the waiting exports. */
export const EXPORTS_PREFIX = 'exports';

export interface ExportStoreOptions {
  /** How long a file waits for the user's answer. */
  ttlMs: number;
  /** The waiting files' compressed bytes at most: past it, a new file is not kept (the user is told). */
  maxBytes: number;
  /** Milliseconds since the epoch (tests move it). */
  clock?: () => number;
}

/** What the object holds before the file's bytes: who may accept it and the file's name. */
interface ExportHeader {
  owner: string;
  name: string;
}

/** Measured on a 15 MB CSV of 100,000 rows of the export's columns: the fastest level gzips it in about 50 ms to a fifth of its size; the default level takes 6 times longer for 10% less. */
const GZIP_LEVEL = constants.Z_BEST_SPEED;
const NEWLINE = 0x0a;

function objectName(id: string): string {
  return `${id}.csv.gz`;
}

async function encode(prepared: PreparedExport): Promise<Buffer> {
  const header: ExportHeader = { owner: prepared.owner, name: prepared.name };
  return gzipped(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), prepared.bytes]), { level: GZIP_LEVEL });
}

/** The file an object holds; undefined when it is damaged. */
async function decode(bytes: Buffer): Promise<PreparedExport | undefined> {
  try {
    const plain = await gunzipped(bytes);
    const end = plain.indexOf(NEWLINE);
    if (end < 0) return undefined;
    const header = JSON.parse(plain.subarray(0, end).toString('utf8')) as Partial<ExportHeader>;
    if (typeof header.owner !== 'string' || typeof header.name !== 'string') return undefined;
    return { owner: header.owner, name: header.name, bytes: plain.subarray(end + 1) };
  } catch {
    return undefined;
  }
}

/** Waiting exports in files or blobs (see WindowObjects); each object's last use is when it was kept. */
export class ExportStore implements CsvExports {
  private readonly clock: () => number;

  constructor(
    private readonly objects: WindowObjects,
    private readonly options: ExportStoreOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  get location(): string {
    return this.objects.location;
  }

  async put(prepared: PreparedExport): Promise<{ kept: true; id: string } | { kept: false; reason: NotKeptReason }> {
    const id = randomUUID();
    const bytes = await encode(prepared);
    try {
      const waiting = await this.unexpired();
      const total = waiting.reduce((sum, object) => sum + object.bytes, 0);
      if (total + bytes.length > this.options.maxBytes) {
        log.warn('export not kept: the waiting exports reached their size limit', { location: this.location, waiting: waiting.length, bytes: bytes.length, maxBytes: this.options.maxBytes });
        return { kept: false, reason: 'full' };
      }
      await this.objects.write(objectName(id), bytes, this.clock());
      return { kept: true, id };
    } catch (error) {
      log.warn('export not kept: the storage failed', { location: this.location, error });
      return { kept: false, reason: 'unavailable' };
    }
  }

  async get(id: string, owner: string): Promise<WaitingExport> {
    if (!isGuid(id)) return { kind: 'missing' };
    const name = objectName(id);
    try {
      const found = await this.objects.read(name);
      if (found === undefined) return { kind: 'missing' };
      const file = await decode(found.bytes);
      if (file === undefined) {
        log.warn('waiting export is damaged: removed', { location: this.location, name });
        await this.objects.remove(name);
        return { kind: 'missing' };
      }
      if (file.owner !== owner) return { kind: 'missing' };
      if (this.expired(found.lastUsed)) {
        await this.objects.remove(name);
        return { kind: 'expired' };
      }
      return { kind: 'ready', file };
    } catch (error) {
      log.warn('waiting export could not be read', { location: this.location, name, error });
      return { kind: 'unavailable' };
    }
  }

  async drop(id: string): Promise<void> {
    if (!isGuid(id)) return;
    try {
      await this.objects.remove(objectName(id));
    } catch (error) {
      log.warn('waiting export could not be removed: it goes when it expires', { location: this.location, name: objectName(id), error });
    }
  }

  /** Removes the expired files; a storage failure is logged (the next sweep tries again). */
  async sweep(): Promise<void> {
    try {
      await this.unexpired();
    } catch (error) {
      log.warn('expired exports could not be swept', { location: this.location, error });
    }
  }

  /**
   * Sweeps now and every `intervalMs`; `stop` ends the sweeps and waits for one under way.
   * @example const sweeps = store.startSweeps(15 * 60_000); … await sweeps.stop();
   */
  startSweeps(intervalMs: number): { stop: () => Promise<void> } {
    let running = this.sweep();
    const timer = setInterval(() => {
      running = running.then(() => this.sweep());
    }, intervalMs);
    timer.unref();
    return {
      stop: () => {
        clearInterval(timer);
        return running;
      },
    };
  }

  private expired(keptAt: number): boolean {
    return this.clock() - keptAt >= this.options.ttlMs;
  }

  /** The waiting objects, the expired ones removed on the way. */
  private async unexpired(): Promise<StoredObject[]> {
    const waiting: StoredObject[] = [];
    for (const object of await this.objects.list()) {
      if (this.expired(object.lastUsed)) await this.objects.remove(object.name);
      else waiting.push(object);
    }
    return waiting;
  }
}

/**
 * The export store for `settings`: blobs under `exports/` in the state container, or files in STATE_DIR/exports.
 * @example const exports = openExportStore(config.storage, { ttlMs: 15 * 60_000, maxBytes: 256 * 1024 * 1024 });
 */
export function openExportStore(settings: StorageSettings, options: ExportStoreOptions): ExportStore {
  const objects =
    settings.kind === 'blob' ? new WindowBlobs(settings.connectionString, settings.container, `${EXPORTS_PREFIX}/`) : new WindowFiles(join(settings.stateDir, EXPORTS_PREFIX));
  return new ExportStore(objects, options);
}

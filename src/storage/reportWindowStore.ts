/**
 * The store of closed report windows (the report service's WindowStore): one compressed object per
 * window, and per closed range of several windows asked (their merge), at most REPORT_STORE_MAX_MB, the least recently used evicted first. A window that cannot be
 * read is absent (the report service reads it from Graph again); a damaged one is also removed.
 */
import { createHash } from 'node:crypto';
import { rangeKey, type DateRange } from '../domain/dateRange';
import { log } from '../log';
import type { StoredKind, WindowStore } from '../report/reportService';
import type { WindowSlices } from '../report/windowSlices';
import { isStorageError } from './storageErrors';
import { decodeWindow, encodeWindow } from './windowCodec';
import type { WindowObjects } from './windowObjects';

export interface ReportWindowStoreOptions {
  /** Whose report the windows hold (the Graph tenant, or the demo tenant): another tenant's windows are never read. */
  namespace: string;
  /** REPORT_STORE_MAX_MB in bytes: past it, the least recently used windows go. */
  maxBytes: number;
  /** Milliseconds since the epoch, for last-use times (tests move it). */
  clock?: () => number;
}

/** A read notes the object's use only when the last note is older than this: one write per window per interval at most. */
const TOUCH_AFTER_MS = 10 * 60_000;
/** A claim not renewed for this long belongs to an instance that died; its holder renews it every CLAIM_RENEW_MS. */
const CLAIM_EXPIRY_MS = 90_000;
const CLAIM_RENEW_MS = 20_000;
const CLAIM_BODY = Buffer.from('claimed\n');

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/**
 * The object name of a window: `<namespace>/<first>_<last>_<zone>-<hash>.json.gz`, readable and unique
 * (the hash is of the window's key, so zones that slug alike stay apart); a range's merge is in `<namespace>/merged/`.
 * @example windowObjectName('demo', { first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' }) // 'demo/2026-10-01_2026-10-31_Europe-Berlin-3f2a….json.gz'
 */
export function windowObjectName(namespace: string, window: DateRange, kind: StoredKind = 'window'): string {
  const key = rangeKey(window);
  const hash = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 12);
  return `${slug(namespace)}/${kind === 'merged' ? 'merged/' : ''}${window.first}_${window.last}_${slug(window.timeZone)}-${hash}.json.gz`;
}

/** Closed windows in files or blobs (see WindowObjects), shared by every instance and every restart. */
export class ReportWindowStore implements WindowStore {
  private readonly clock: () => number;

  constructor(
    private readonly objects: WindowObjects,
    private readonly options: ReportWindowStoreOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  get location(): string {
    return this.objects.location;
  }

  async get(window: DateRange, kind: StoredKind = 'window'): Promise<WindowSlices | undefined> {
    const name = windowObjectName(this.options.namespace, window, kind);
    try {
      const found = await this.objects.read(name);
      if (found === undefined) return undefined;
      const slices = await decodeWindow(found.bytes, window);
      const now = this.clock();
      if (now - found.lastUsed > TOUCH_AFTER_MS) await this.objects.touch(name, now);
      return slices;
    } catch (error) {
      if (isStorageError(error, 'corrupt')) {
        log.warn('stored report window is damaged: reading it from Graph again', { location: this.objects.location, name, reason: error.message });
        await this.objects.remove(name).catch(() => undefined);
      } else {
        log.warn('stored report window could not be read: reading it from Graph', { location: this.objects.location, name, error });
      }
      return undefined;
    }
  }

  /**
   * Claims the window's Graph read for this instance with an exclusive create: the release, or
   * undefined while another live instance holds the claim. A claim its holder stopped renewing is
   * taken over. When the storage fails, the read goes ahead unclaimed (a read twice, never a wait for ever).
   */
  async claim(window: DateRange): Promise<(() => Promise<void>) | undefined> {
    const name = `${windowObjectName(this.options.namespace, window)}.claim`;
    try {
      const now = this.clock();
      if (!(await this.objects.create(name, CLAIM_BODY, now))) {
        const held = await this.objects.read(name);
        if (held !== undefined && now - held.lastUsed <= CLAIM_EXPIRY_MS) return undefined;
        await this.objects.remove(name);
        if (!(await this.objects.create(name, CLAIM_BODY, now))) return undefined;
      }
    } catch (error) {
      log.warn('report window could not be claimed: reading it without a claim', { location: this.objects.location, name, error });
      return () => Promise.resolve();
    }
    const renew = setInterval(() => void this.objects.touch(name, this.clock()).catch(() => undefined), CLAIM_RENEW_MS);
    renew.unref();
    return async () => {
      clearInterval(renew);
      await this.objects.remove(name).catch(() => undefined);
    };
  }

  async put(window: WindowSlices, kind: StoredKind = 'window'): Promise<void> {
    const name = windowObjectName(this.options.namespace, window.range, kind);
    try {
      await this.objects.write(name, await encodeWindow(window), this.clock());
      await this.evict();
    } catch (error) {
      log.warn('report window could not be stored: it will be read from Graph again when asked', { location: this.objects.location, name, error });
    }
  }

  /** Removes the least recently used windows until the store is within its limit. */
  private async evict(): Promise<void> {
    const objects = await this.objects.list();
    let total = objects.reduce((sum, object) => sum + object.bytes, 0);
    if (total <= this.options.maxBytes) return;
    objects.sort((a, b) => a.lastUsed - b.lastUsed);
    for (const object of objects) {
      if (total <= this.options.maxBytes) break;
      await this.objects.remove(object.name);
      total -= object.bytes;
    }
  }
}

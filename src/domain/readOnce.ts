/** A value per key, kept for a while: from the cache, joined to a read already under way, or read now. */
import { TimedCache } from './timedCache';

export interface ReadOnceOptions {
  /** How long a value read stays fresh. */
  ttlMs: number;
  /** Values kept at most (the least recently used go first). */
  maxEntries: number;
  clock: () => Date;
}

/** Wraps a new read's promise: what it resolves to is kept, and the read is no longer "under way" once it settles. */
export type Keep<T> = (value: Promise<T>) => Promise<T>;

/**
 * Reads each key at most once at a time and keeps what was read for `ttlMs`; a failed read is not
 * kept, so the next ask reads again. `R` is what a caller gets for a read: the value's promise, or
 * that promise with what it shows meanwhile (progress).
 * @example const groups = new ReadOnce<boolean, Promise<boolean>>(options);
 *   await groups.read(userId, (member) => Promise.resolve(member), (keep) => keep(graph.isMember(userId, groupId)));
 */
export class ReadOnce<T, R> {
  private readonly cache: TimedCache<T>;
  private readonly inFlight = new Map<string, R>();

  constructor(private readonly options: ReadOnceOptions) {
    this.cache = new TimedCache(options.ttlMs, options.maxEntries);
  }

  /**
   * `hit` wraps a fresh cached value; `start` begins a new read, passing its promise through `keep`
   * (and may throw to refuse the read: nothing is read).
   */
  read(key: string, hit: (value: T) => R, start: (keep: Keep<T>) => R): R {
    const ready = this.ready(key, hit);
    if (ready !== undefined) return ready;
    const read = start((value) =>
      value
        .then((kept) => {
          this.cache.set(key, kept, this.now());
          return kept;
        })
        .finally(() => this.inFlight.delete(key)),
    );
    this.inFlight.set(key, read);
    return read;
  }

  /** What `read` would answer without starting a read: the fresh cached value (through `hit`) or the read under way; else undefined. */
  ready(key: string, hit: (value: T) => R): R | undefined {
    const cached = this.cache.get(key, this.now());
    if (cached !== undefined) return hit(cached);
    return this.inFlight.get(key);
  }

  private now(): number {
    return this.options.clock().getTime();
  }
}

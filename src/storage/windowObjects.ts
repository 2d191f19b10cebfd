/** Where the report window store and the waiting exports keep their objects: bytes by name, with their size and when they were last used. */

/** An object as listed: its name, size in bytes and last use (ms since the epoch). */
export interface StoredObject {
  name: string;
  bytes: number;
  lastUsed: number;
}

/**
 * Files in a directory or blobs under a prefix. Names are relative (`<namespace>/<window>.json.gz`).
 * Each object carries its own last-use time (a file's mtime, a blob's metadata), so instances never
 * contend for a shared index and nothing can disagree with the objects after a crash.
 */
export interface WindowObjects {
  /** A directory or container URL with the prefix, for logs (never credentials). */
  readonly location: string;
  /** The object and its last use; undefined when there is none. */
  read(name: string): Promise<{ bytes: Buffer; lastUsed: number } | undefined>;
  /** Writes the whole object at once (readers see the old one or the new one), last used at `usedAt` (ms). */
  write(name: string, bytes: Buffer, usedAt: number): Promise<void>;
  /** Creates the object only when there is none (exclusive create, If-None-Match: *); false when one exists. */
  create(name: string, bytes: Buffer, usedAt: number): Promise<boolean>;
  /** Notes that the object was used at `usedAt` (ms). */
  touch(name: string, usedAt: number): Promise<void>;
  /** Every object, for eviction. */
  list(): Promise<StoredObject[]>;
  /** Removes the object; a missing one is fine. */
  remove(name: string): Promise<void>;
}

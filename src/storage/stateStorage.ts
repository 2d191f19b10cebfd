/** The one storage interface for everything the bot keeps: botbuilder's Storage, plus listing and a start-up check. */
import type { Storage } from 'botbuilder';

/** Something found at start-up that needs a person: where it is and what is wrong. */
export interface StateProblem {
  /** A file path or a container URL (never with credentials). */
  location: string;
  reason: string;
}

/**
 * botbuilder's `Storage` (read/write/delete with eTags) as every implementation here honours it:
 * - a written item without `eTag`, or with `"*"`, replaces whatever is stored;
 * - with any other `eTag`, the write succeeds only if the stored item still has that eTag; a changed
 *   or deleted item fails with StorageError `conflict` (like Azure Blob's If-Match, stricter than
 *   MemoryStorage, which would recreate a deleted item);
 * - read items carry their current `eTag`; `eTag` is never stored as data.
 */
export interface StateStorage extends Storage {
  /** Keys of the stored items that start with `prefix`, sorted. */
  keys(prefix: string): Promise<string[]>;
  /** Start-up check: problems found, each with where it is. Repairs nothing and overwrites nothing. */
  check(): Promise<StateProblem[]>;
  /** Where the state lives, for logs: a directory, or a container URL without credentials. */
  readonly location: string;
}

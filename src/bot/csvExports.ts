/**
 * CSV files waiting for the user's consent, kept in the bot's storage by a random id (the file never
 * travels in a card), so that any instance, before or after a restart, can upload the one it is asked for.
 */

/** A file prepared for one user. */
export interface PreparedExport {
  name: string;
  bytes: Buffer;
  /** Who asked for it: only they may accept it. */
  owner: string;
}

/** Why a prepared file was not kept: the store's size limit is reached, or the storage did not answer. */
export type NotKeptReason = 'full' | 'unavailable';

/** What an accept or decline finds under an id (`missing`: never kept, already accepted or declined, or someone else's). */
export type WaitingExport = { kind: 'ready'; file: PreparedExport } | { kind: 'expired' } | { kind: 'missing' } | { kind: 'unavailable' };

/** The files offered through file consent cards, kept in shared storage (implemented in storage/). */
export interface CsvExports {
  /** Keeps the file and returns its id (a random UUID), or why it could not be kept. */
  put(prepared: PreparedExport): Promise<{ kept: true; id: string } | { kept: false; reason: NotKeptReason }>;
  /** The file with this id when `owner` asked for it; an expired one is removed. */
  get(id: string, owner: string): Promise<WaitingExport>;
  /** Removes the file (uploaded or declined); a failure is logged, and the file goes when it expires. */
  drop(id: string): Promise<void>;
}

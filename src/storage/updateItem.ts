/** Read-modify-write of one stored item under optimistic concurrency: re-read and retry when someone else wrote first. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Storage, StoreItem } from 'botbuilder';
import { withoutETag } from './readItem';
import { isStorageError, StorageError } from './storageErrors';

/** The new value for an item given its current one (undefined: absent); undefined leaves it unchanged. */
export type ItemChange<T> = (current: T | undefined) => T | undefined;

export interface ItemUpdate<T> {
  /** The value now stored (after the write, or as found when nothing was written). */
  value: T | undefined;
  written: boolean;
}

/**
 * Applies `change` to the item at `key`. An existing item is written back only if unchanged since
 * it was read (its eTag); on a conflict `change` runs again on a fresh read, so it must be a pure
 * function of the current value. An absent item is created unconditionally.
 * @example await updateItem<Counter>(storage, 'counter', (c) => ({ n: (c?.n ?? 0) + 1 }));
 */
export async function updateItem<T extends object>(storage: Storage, key: string, change: ItemChange<T>, attempts = 10): Promise<ItemUpdate<T>> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = (await storage.read([key]))[key] as StoreItem | undefined;
    const current = withoutETag<T>(stored);
    const next = change(current);
    if (next === undefined) return { value: current, written: false };
    try {
      await storage.write({ [key]: { ...next, eTag: stored?.eTag ?? '*' } });
      return { value: next, written: true };
    } catch (error) {
      if (!isStorageError(error, 'conflict')) throw error;
      if (attempt >= attempts) throw new StorageError('conflict', `"${key}" kept changing; gave up after ${attempts} attempts`, { cause: error });
      // Random spacing keeps competing writers from colliding again in lockstep.
      await sleep(Math.random() * 5 * attempt);
    }
  }
}

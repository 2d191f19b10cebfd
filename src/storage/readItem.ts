/** One stored item as its data: what was written, without the eTag the storage adds. */
import type { Storage, StoreItem } from 'botbuilder';

/** The item's data without its `eTag`; undefined for an absent item. */
export function withoutETag<T>(item: StoreItem | undefined): T | undefined {
  if (item === undefined) return undefined;
  const { eTag: _eTag, ...value } = item;
  return value as T;
}

/**
 * The data stored at `key`, or undefined when there is none.
 * @example const record = await readItem<ConversationRecord>(storage, conversationKey(address));
 */
export async function readItem<T>(storage: Storage, key: string): Promise<T | undefined> {
  return withoutETag<T>((await storage.read([key]))[key] as StoreItem | undefined);
}

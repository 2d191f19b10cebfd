/** What the file and Blob storages share: writes go item by item, each conditional on its eTag as StateStorage says. */
import type { StoreItem, StoreItems } from 'botbuilder';
import type { StateProblem, StateStorage } from './stateStorage';

/**
 * A StateStorage that writes one item at a time. A write carries the eTag the stored item must still
 * have, or none (no eTag, "" or "*"): then it replaces whatever is stored.
 */
export abstract class ItemByItemStorage implements StateStorage {
  abstract readonly location: string;

  async write(changes: StoreItems): Promise<void> {
    await this.ready();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = item as StoreItem;
      const ifMatch = typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? eTag : undefined;
      await this.writeItem(key, value, ifMatch);
    }
  }

  abstract read(keys: string[]): Promise<StoreItems>;
  abstract delete(keys: string[]): Promise<void>;
  abstract keys(prefix: string): Promise<string[]>;
  abstract check(): Promise<StateProblem[]>;

  /** Makes the place ready for writing (creates the directory or container when missing). */
  protected abstract ready(): Promise<unknown>;
  /** Writes one item's data; with `ifMatch`, only while the stored item still has that eTag (else StorageError `conflict`). */
  protected abstract writeItem(key: string, value: Record<string, unknown>, ifMatch: string | undefined): Promise<void>;
}

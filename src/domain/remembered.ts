/** Get-or-work-out for a Map or a WeakMap: the value kept under a key, else worked out once and kept there. */

/** What a Map and a WeakMap both offer. */
export interface Keeper<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `kept` holds under `key`; when there is none, `work()`'s, kept under `key` from now on.
 * @example remembered(sorted, report, () => [...report.spenders].sort(byCalls))
 */
export function remembered<K, V>(kept: Keeper<K, V>, key: K, work: () => V): V {
  let value = kept.get(key);
  if (value === undefined) {
    value = work();
    kept.set(key, value);
  }
  return value;
}

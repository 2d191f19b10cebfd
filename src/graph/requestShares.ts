/** Whose share of Graph's requests the work in progress spends: carried along the async path of a read, so the pacer can take turns between people. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { COMMON_SHARE } from './requestPacer';

const shares = new AsyncLocalStorage<string>();

/**
 * Runs `work` with every Graph request it makes, however deep, counted in `share`.
 * @example await inRequestShare(personKey, () => source.read(range, sink));
 */
export function inRequestShare<T>(share: string, work: () => Promise<T>): Promise<T> {
  return shares.run(share, work);
}

/** The share of the work in progress: the one inRequestShare set, else the common share. */
export function currentRequestShare(): string {
  return shares.getStore() ?? COMMON_SHARE;
}

/** Whose share of Graph's requests the work in progress spends: carried along the async path of a read, so the pacer can take turns between people. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { COMMON_SHARE } from './requestPacer';

/** A share, and the signal that abandons its requests still waiting for a slot (at shutdown). */
export interface RequestShare {
  share: string;
  abandon?: AbortSignal;
}

const shares = new AsyncLocalStorage<RequestShare>();

/**
 * Runs `work` with every Graph request it makes, however deep, counted in `share`; once `abandon`
 * fires, its requests still waiting for the pacer fail instead of waiting.
 * @example await inRequestShare(personKey, () => source.read(range, sink), shutdown.signal);
 */
export function inRequestShare<T>(share: string, work: () => Promise<T>, abandon?: AbortSignal): Promise<T> {
  return shares.run({ share, abandon }, work);
}

/** The share of the work in progress: the one inRequestShare set, else the common share. */
export function currentRequestShare(): RequestShare {
  return shares.getStore() ?? { share: COMMON_SHARE };
}

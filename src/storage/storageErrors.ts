/** Storage failures: one error type for the family, saying what went wrong (conflict, corrupt, unavailable). */

/**
 * - `conflict`: the item changed (or was deleted) since it was read; read again and retry.
 * - `corrupt`: a stored item cannot be read (bad JSON, wrong shape, no permission); it is left untouched.
 * - `unavailable`: the store did not answer (disk error, lock held too long, Azure unreachable).
 */
export type StorageFailure = 'conflict' | 'corrupt' | 'unavailable';

/** A storage operation that failed; `message` names the item's key or file, never a secret. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly failure: StorageFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * True when `error` is a StorageError (of the given failure, when one is named).
 * @example if (isStorageError(error, 'conflict')) retry();
 */
export function isStorageError(error: unknown, failure?: StorageFailure): error is StorageError {
  return error instanceof StorageError && (failure === undefined || error.failure === failure);
}

/** The error botbuilder storages throw for an eTag mismatch, with the key. */
export function conflictError(key: string): StorageError {
  return new StorageError('conflict', `Storage: error writing "${key}" due to eTag conflict.`);
}

/** A Blob container as the storages here reach it: bounded retries, created on first use, failures as StorageError naming it. */
import { ContainerClient, RestError } from '@azure/storage-blob';
import { StorageError } from './storageErrors';

/** The HTTP status of an Azure SDK failure, when it has one. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

/**
 * One container, created when missing on first use; its location never holds a credential.
 * @example const state = new BlobContainer(connectionString, 'dialout-state', 10_000); await state.ready();
 */
export class BlobContainer {
  readonly client: ContainerClient;
  /** Origin and path of the container: a SAS connection string puts the signature into the URL's query, which is left out. */
  readonly location: string;
  private created: Promise<unknown> | undefined;

  /** `tryTimeoutInMs` bounds each try; retries are short, so a question never waits minutes on an unreachable account. */
  constructor(connectionString: string, name: string, tryTimeoutInMs: number) {
    this.client = new ContainerClient(connectionString, name, { retryOptions: { maxTries: 3, tryTimeoutInMs, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 } });
    const url = new URL(this.client.url);
    this.location = `${url.origin}${url.pathname}`;
  }

  /** Reaches the account and creates the container when missing (once; again after a failure). */
  ready(): Promise<unknown> {
    this.created ??= this.client.createIfNotExists().catch((error: unknown) => {
      this.created = undefined;
      throw this.failure('cannot reach or create the container', error);
    });
    return this.created;
  }

  /** The error for a failed operation: what failed, where, and the HTTP status. */
  failure(what: string, error: unknown, where = this.location): StorageError {
    const status = statusOf(error);
    return new StorageError('unavailable', `Azure Blob storage ${where}: ${what}${status ? ` (HTTP ${status})` : ''}`, { cause: error });
  }
}

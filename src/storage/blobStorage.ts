/** Azure Blob state, for several instances: one JSON blob per item, the blob's ETag as the item's eTag (If-Match). */
import { text as streamText } from 'node:stream/consumers';
import type { StoreItems } from 'botbuilder';
import { BlobContainer, statusOf } from './blobContainer';
import { ItemByItemStorage } from './itemByItemStorage';
import type { StateProblem } from './stateStorage';
import { conflictError, StorageError } from './storageErrors';

const BLOB_SUFFIX = '.json';

/** Each try of a state read or write: state items are small. */
const TRY_TIMEOUT_MS = 10_000;

/**
 * State in one Blob container (created when missing). Reads and writes are single HTTP calls, so
 * instances behind a load balancer see one another's writes at once.
 * @example const storage = new BlobStorage(process.env.AZURE_STORAGE_CONNECTION_STRING!, 'dialout-state');
 */
export class BlobStorage extends ItemByItemStorage {
  readonly location: string;
  private readonly blobs: BlobContainer;
  private readonly container: BlobContainer['client'];

  constructor(connectionString: string, containerName: string) {
    super();
    this.blobs = new BlobContainer(connectionString, containerName, TRY_TIMEOUT_MS);
    this.container = this.blobs.client;
    this.location = this.blobs.location;
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.ready();
    const items: StoreItems = {};
    for (const key of keys) {
      let text: string;
      let eTag: string | undefined;
      try {
        // One download gives the content and the ETag of that very version.
        const response = await this.container.getBlobClient(`${key}${BLOB_SUFFIX}`).download();
        eTag = response.etag;
        text = response.readableStreamBody ? await streamText(response.readableStreamBody) : '';
      } catch (error) {
        if (statusOf(error) === 404) continue;
        throw this.failure(`cannot read "${key}"`, error);
      }
      items[key] = { ...this.parse(key, text), eTag };
    }
    return items;
  }

  async delete(keys: string[]): Promise<void> {
    await this.ready();
    for (const key of keys) {
      try {
        await this.container.deleteBlob(`${key}${BLOB_SUFFIX}`);
      } catch (error) {
        if (statusOf(error) !== 404) throw this.failure(`cannot delete "${key}"`, error);
      }
    }
  }

  async keys(prefix: string): Promise<string[]> {
    await this.ready();
    const found: string[] = [];
    try {
      for await (const blob of this.container.listBlobsFlat({ prefix })) {
        if (blob.name.endsWith(BLOB_SUFFIX)) found.push(blob.name.slice(0, -BLOB_SUFFIX.length));
      }
    } catch (error) {
      throw this.failure(`cannot list "${prefix}"`, error);
    }
    return found.sort();
  }

  /** Reaches the account and creates the container when missing; an unreachable account is a problem, not a crash. */
  async check(): Promise<StateProblem[]> {
    try {
      await this.ready();
      return [];
    } catch (error) {
      return [{ location: this.location, reason: error instanceof Error ? error.message : 'unreachable' }];
    }
  }

  protected async writeItem(key: string, value: Record<string, unknown>, ifMatch: string | undefined): Promise<void> {
    const body = JSON.stringify(value);
    try {
      await this.container.getBlockBlobClient(`${key}${BLOB_SUFFIX}`).upload(body, Buffer.byteLength(body, 'utf8'), {
        conditions: ifMatch === undefined ? {} : { ifMatch },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (error) {
      // If-Match on a changed blob is 412; on a deleted one Azure answers 412 or 404.
      if (ifMatch !== undefined && (statusOf(error) === 412 || statusOf(error) === 404)) throw conflictError(key);
      throw this.failure(`cannot write "${key}"`, error);
    }
  }

  private parse(key: string, text: string): Record<string, unknown> {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw new StorageError('corrupt', `blob "${key}${BLOB_SUFFIX}" in ${this.location} does not hold a JSON object`);
  }

  private failure(what: string, error: unknown): StorageError {
    return this.blobs.failure(what, error);
  }

  protected ready(): Promise<unknown> {
    return this.blobs.ready();
  }
}

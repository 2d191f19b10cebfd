/** Report window objects as blobs under a prefix of the state container, with their last use in the blob's metadata. */
import { buffer as streamBuffer } from 'node:stream/consumers';
import { BlobContainer, statusOf } from './blobContainer';
import type { StorageError } from './storageErrors';
import type { StoredObject, WindowObjects } from './windowObjects';

/** Each try of a window's read or write: a window of 100,000 people is a few megabytes. */
const TRY_TIMEOUT_MS = 30_000;
const LAST_USED = 'lastused';

function lastUsedOf(metadata: Record<string, string> | undefined, lastModified: Date | undefined): number {
  const noted = Number(metadata?.[LAST_USED]);
  return Number.isSafeInteger(noted) && noted > 0 ? noted : (lastModified?.getTime() ?? 0);
}

/**
 * One block blob per window, named `<prefix><name>`; an upload replaces a blob whole.
 * @example const objects = new WindowBlobs(connectionString, 'dialout-state', 'reports/');
 */
export class WindowBlobs implements WindowObjects {
  readonly location: string;
  private readonly blobs: BlobContainer;
  private readonly container: BlobContainer['client'];

  constructor(
    connectionString: string,
    containerName: string,
    private readonly prefix: string,
  ) {
    this.blobs = new BlobContainer(connectionString, containerName, TRY_TIMEOUT_MS);
    this.container = this.blobs.client;
    this.location = `${this.blobs.location}/${prefix}`;
  }

  async read(name: string): Promise<{ bytes: Buffer; lastUsed: number } | undefined> {
    await this.ready();
    try {
      const response = await this.container.getBlobClient(`${this.prefix}${name}`).download();
      const bytes = response.readableStreamBody ? await streamBuffer(response.readableStreamBody) : Buffer.alloc(0);
      return { bytes, lastUsed: lastUsedOf(response.metadata, response.lastModified) };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw this.failure(`cannot read "${name}"`, error);
    }
  }

  async write(name: string, bytes: Buffer, usedAt: number): Promise<void> {
    await this.ready();
    try {
      await this.container.getBlockBlobClient(`${this.prefix}${name}`).uploadData(bytes, {
        metadata: { [LAST_USED]: String(usedAt) },
        blobHTTPHeaders: { blobContentType: 'application/gzip' },
      });
    } catch (error) {
      throw this.failure(`cannot write "${name}"`, error);
    }
  }

  async create(name: string, bytes: Buffer, usedAt: number): Promise<boolean> {
    await this.ready();
    try {
      await this.container.getBlockBlobClient(`${this.prefix}${name}`).uploadData(bytes, { metadata: { [LAST_USED]: String(usedAt) }, conditions: { ifNoneMatch: '*' } });
      return true;
    } catch (error) {
      // An existing blob: 409 (BlobAlreadyExists) or 412 (condition not met).
      if (statusOf(error) === 409 || statusOf(error) === 412) return false;
      throw this.failure(`cannot create "${name}"`, error);
    }
  }

  async touch(name: string, usedAt: number): Promise<void> {
    try {
      await this.container.getBlobClient(`${this.prefix}${name}`).setMetadata({ [LAST_USED]: String(usedAt) });
    } catch (error) {
      if (statusOf(error) !== 404) throw this.failure(`cannot note the use of "${name}"`, error);
    }
  }

  async list(): Promise<StoredObject[]> {
    await this.ready();
    const found: StoredObject[] = [];
    try {
      for await (const blob of this.container.listBlobsFlat({ prefix: this.prefix, includeMetadata: true })) {
        found.push({
          name: blob.name.slice(this.prefix.length),
          bytes: blob.properties.contentLength ?? 0,
          lastUsed: lastUsedOf(blob.metadata, blob.properties.lastModified),
        });
      }
    } catch (error) {
      throw this.failure('cannot list the stored windows', error);
    }
    return found;
  }

  async remove(name: string): Promise<void> {
    try {
      await this.container.deleteBlob(`${this.prefix}${name}`);
    } catch (error) {
      if (statusOf(error) !== 404) throw this.failure(`cannot delete "${name}"`, error);
    }
  }

  private failure(what: string, error: unknown): StorageError {
    return this.blobs.failure(what, error, this.location);
  }

  private ready(): Promise<unknown> {
    return this.blobs.ready();
  }
}

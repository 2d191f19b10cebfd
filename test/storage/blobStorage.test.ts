/** BlobStorage against the azurite emulator: the shared storage contract, its location and an unreachable account. */
import { ConfigurationError } from '../../src/config';
import { BlobStorage } from '../../src/storage/blobStorage';
import { openStorage } from '../../src/storage/openStorage';
import { startAzurite, type Azurite } from './azurite';
import { storageContract, type StoragePair } from './storageContract';

describe('BlobStorage on the azurite emulator', () => {
  let azurite: Azurite;
  let handles: StoragePair;

  beforeAll(async () => {
    azurite = await startAzurite();
    handles = { first: new BlobStorage(azurite.connectionString, 'contract'), second: new BlobStorage(azurite.connectionString, 'contract') };
  });
  afterAll(() => azurite.stop());

  describe('the storage contract', () => storageContract(() => handles));

  it('names the container, never the account key, as its location', () => {
    expect(handles.first.location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dialouttest\/contract$/);
  });

  it('reports an unreachable account as a problem instead of failing', async () => {
    const unreachable = new BlobStorage(azurite.connectionString.replace(/BlobEndpoint=[^;]+/, 'BlobEndpoint=http://127.0.0.1:9/dialouttest'), 'contract');
    const problems = await unreachable.check();
    expect(problems).toEqual([{ location: 'http://127.0.0.1:9/dialouttest/contract', reason: expect.stringContaining('cannot reach') }]);
  });
});

describe('openStorage with a connection string the Azure SDK cannot use', () => {
  it('fails start-up with a configuration error naming the variable, without the value', async () => {
    const connectionString = 'AccountName=dialout;AccountKey=bm90LWEtcmVhbC1rZXk=';
    const error = await openStorage({ kind: 'blob', connectionString, container: 'state' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).variable).toBe('AZURE_STORAGE_CONNECTION_STRING');
    expect((error as Error).message).not.toContain('bm90LWEtcmVhbC1rZXk=');
  });
});

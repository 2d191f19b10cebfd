/** Builds the configured state storage and reports, at start-up, anything in it that needs a person. */
import { ConfigurationError, type StorageSettings } from '../config';
import { log } from '../log';
import { BlobStorage } from './blobStorage';
import { FileStorage } from './fileStorage';
import type { StateStorage } from './stateStorage';

/**
 * The secret values in the storage settings (the connection string, its account key or SAS), for
 * the logger's redaction.
 * @example registerSecrets(...storageSecrets(config.storage));
 */
export function storageSecrets(settings: StorageSettings): string[] {
  if (settings.kind !== 'blob') return [];
  const parts = settings.connectionString.split(';').map((part) => part.split(/=(.*)/s) as [string, string | undefined]);
  const secretParts = parts.filter(([name]) => name === 'AccountKey' || name === 'SharedAccessSignature').map(([, value]) => value ?? '');
  return [settings.connectionString, ...secretParts].filter((value) => value !== '');
}

/** The Azure SDK reads the connection string; one it cannot use is a configuration error, reported as such. */
function blobStorage(connectionString: string, container: string): BlobStorage {
  try {
    return new BlobStorage(connectionString, container);
  } catch {
    throw new ConfigurationError(
      'AZURE_STORAGE_CONNECTION_STRING',
      'a connection string the Azure SDK accepts (DefaultEndpointsProtocol, AccountName, AccountKey and EndpointSuffix; or BlobEndpoint and SharedAccessSignature)',
      undefined,
    );
  }
}

/**
 * The state storage for `settings`: Azure Blob when configured, else files in STATE_DIR.
 * Problems (an unreadable state file, an unreachable account) are logged with where they are;
 * start-up goes on, so the bot keeps answering questions, and nothing is repaired or overwritten.
 * @example const storage = await openStorage({ kind: 'file', stateDir: '.data' });
 */
export async function openStorage(settings: StorageSettings): Promise<StateStorage> {
  const storage = settings.kind === 'blob' ? blobStorage(settings.connectionString, settings.container) : new FileStorage(settings.stateDir);
  try {
    for (const problem of await storage.check()) {
      log.error('state storage problem: left as it is; repair or move it, then restart', { location: problem.location, reason: problem.reason });
    }
  } catch (error) {
    log.error('state storage could not be checked', { location: storage.location, error });
  }
  log.info('state storage', { kind: settings.kind, location: storage.location });
  return storage;
}

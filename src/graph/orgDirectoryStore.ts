/** The directory's organisation attributes, kept for a day in the bot's state storage (shared by instances) and read from Graph when stale. */
import type { StateStorage } from '../storage/stateStorage';
import { ORG_DIMENSIONS, type OrgAttributes, type OrgDirectory } from '../domain/organisation';
import { ReadOnce } from '../domain/readOnce';
import { log } from '../log';
import { isGraphRequestError } from './graphErrors';
import { readItem } from '../storage/readItem';

/** The storage key of the one stored copy. */
export const ORG_DIRECTORY_KEY = 'organisation/directory';
/** How long attributes read from Graph are used: departments and cost centers change rarely. */
export const ORG_DIRECTORY_TTL_MS = 24 * 60 * 60_000;

/** As stored: one array per person, [id, department, office, company, costCenter, division]. */
interface StoredDirectory {
  fetchedAt: string;
  people: string[][];
}

/** Where the attributes come from when the stored copy is stale. */
export interface OrgDirectorySource {
  read(): Promise<{ people: Map<string, OrgAttributes> }>;
}

function stored(directory: OrgDirectory): StoredDirectory {
  return { fetchedAt: directory.fetchedAt, people: [...directory.people].map(([id, attributes]) => [id, ...ORG_DIMENSIONS.map((dimension) => attributes[dimension])]) };
}

function restored(item: StoredDirectory): OrgDirectory | undefined {
  if (typeof item.fetchedAt !== 'string' || !Array.isArray(item.people)) return undefined;
  const people = new Map<string, OrgAttributes>();
  for (const row of item.people) {
    if (!Array.isArray(row) || row.length !== ORG_DIMENSIONS.length + 1 || !row.every((value) => typeof value === 'string')) return undefined;
    const [id, ...values] = row as string[];
    people.set(id as string, Object.fromEntries(ORG_DIMENSIONS.map((dimension, index) => [dimension, values[index] as string])) as OrgAttributes);
  }
  return { fetchedAt: item.fetchedAt, people };
}

/**
 * The attributes of every person: from this instance's memory, else the stored copy when under a day
 * old, else one read of Graph (stored for every instance). A storage that cannot be read or written
 * only costs a Graph read; it never fails the answer.
 * @example await new OrgDirectoryStore(reader, storage).directory(admit)
 */
export class OrgDirectoryStore {
  private readonly reads: ReadOnce<OrgDirectory, Promise<OrgDirectory>>;

  constructor(
    private readonly source: OrgDirectorySource,
    private readonly storage: StateStorage,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.reads = new ReadOnce({ ttlMs: ORG_DIRECTORY_TTL_MS, maxEntries: 1, clock });
  }

  /** The directory; `admit` is asked only before reading Graph (the asker's question limit). */
  directory(admit?: () => void): Promise<OrgDirectory> {
    return this.reads.read(ORG_DIRECTORY_KEY, (directory) => Promise.resolve(directory), (keep) => keep(this.load(admit)));
  }

  /**
   * The directory, or undefined when Graph refuses it (403: the app lacks User.Read.All), logged here;
   * any other failure is thrown (a later read may work).
   */
  async directoryIfAllowed(admit?: () => void): Promise<OrgDirectory | undefined> {
    try {
      return await this.directory(admit);
    } catch (error) {
      if (!isGraphRequestError(error) || error.failure !== 'directoryForbidden') throw error;
      log.warn('Graph refused /users: the app registration lacks User.Read.All', { requestId: error.requestId });
      return undefined;
    }
  }

  private async load(admit: (() => void) | undefined): Promise<OrgDirectory> {
    const kept = await this.readStored();
    if (kept !== undefined && this.clock().getTime() - Date.parse(kept.fetchedAt) < ORG_DIRECTORY_TTL_MS) return kept;
    admit?.();
    const fetchedAt = this.clock().toISOString();
    const directory: OrgDirectory = { fetchedAt, people: (await this.source.read()).people };
    try {
      await this.storage.write({ [ORG_DIRECTORY_KEY]: stored(directory) });
    } catch (error) {
      log.warn('could not store the organisation attributes; they will be read from Graph again', { error });
    }
    return directory;
  }

  private async readStored(): Promise<OrgDirectory | undefined> {
    try {
      const item = await readItem<StoredDirectory>(this.storage, ORG_DIRECTORY_KEY);
      return item === undefined ? undefined : restored(item);
    } catch (error) {
      log.warn('could not read the stored organisation attributes; reading them from Graph', { error });
      return undefined;
    }
  }
}

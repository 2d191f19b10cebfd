/** Builds the store of closed report windows next to the state: blobs under `reports/` in its container, or files in STATE_DIR/reports. */
import { join } from 'node:path';
import type { StorageSettings } from '../config';
import { log } from '../log';
import { ReportWindowStore, type ReportWindowStoreOptions } from './reportWindowStore';
import { WindowBlobs } from './windowBlobs';
import { WindowFiles } from './windowFiles';

/** The blob name prefix, and the directory below STATE_DIR, that hold the report windows. */
export const REPORTS_PREFIX = 'reports';

/** A temporary file this much older than start-up was left by a crash, not by a write under way. */
const LEFTOVER_AFTER_MS = 10 * 60_000;

/**
 * The window store for `settings` (the connection string was already checked by openStorage). Over
 * files, the temporary files of writes a crash interrupted are removed first (nothing else would remove them).
 * @example const store = await openReportStore(config.storage, { namespace: 'demo', maxBytes: 512 * 1024 * 1024 });
 */
export async function openReportStore(settings: StorageSettings, options: ReportWindowStoreOptions): Promise<ReportWindowStore> {
  let objects: WindowBlobs | WindowFiles;
  if (settings.kind === 'blob') objects = new WindowBlobs(settings.connectionString, settings.container, `${REPORTS_PREFIX}/`);
  else {
    const files = new WindowFiles(join(settings.stateDir, REPORTS_PREFIX));
    const removed = await files.removeLeftovers((options.clock ?? Date.now)(), LEFTOVER_AFTER_MS).catch((error: unknown) => {
      log.warn('temporary files of the report window store could not be removed', { location: files.location, error });
      return 0;
    });
    if (removed > 0) log.info('removed temporary files left by an interrupted write', { location: files.location, removed });
    objects = files;
  }
  const store = new ReportWindowStore(objects, options);
  log.info('report window store', { kind: settings.kind, location: store.location, maxBytes: options.maxBytes });
  return store;
}

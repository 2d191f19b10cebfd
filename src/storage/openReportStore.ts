/** Builds the store of closed report windows next to the state: blobs under `reports/` in its container, or files in STATE_DIR/reports. */
import { join } from 'node:path';
import type { StorageSettings } from '../config';
import { log } from '../log';
import { ReportWindowStore, type ReportWindowStoreOptions } from './reportWindowStore';
import { WindowBlobs } from './windowBlobs';
import { WindowFiles } from './windowFiles';

/** The blob name prefix, and the directory below STATE_DIR, that hold the report windows. */
export const REPORTS_PREFIX = 'reports';

/**
 * The window store for `settings` (the connection string was already checked by openStorage).
 * @example const store = openReportStore(config.storage, { namespace: 'demo', maxBytes: 512 * 1024 * 1024 });
 */
export function openReportStore(settings: StorageSettings, options: ReportWindowStoreOptions): ReportWindowStore {
  const objects =
    settings.kind === 'blob' ? new WindowBlobs(settings.connectionString, settings.container, `${REPORTS_PREFIX}/`) : new WindowFiles(join(settings.stateDir, REPORTS_PREFIX));
  const store = new ReportWindowStore(objects, options);
  log.info('report window store', { kind: settings.kind, location: store.location, maxBytes: options.maxBytes });
  return store;
}

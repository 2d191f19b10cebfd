/** Production entry point: reads the environment, starts the app, stops cleanly on SIGINT/SIGTERM. */
import { startApp } from './app';
import { ConfigurationError, loadConfig } from './config';
import { log } from './log';

/**
 * How long answers in preparation may still finish after SIGTERM. Under Docker's default 10 s
 * stop timeout, so the users of abandoned answers are still told to ask again before SIGKILL.
 */
const SHUTDOWN_GRACE_MS = 7_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await startApp(config);
  log.info('bot ready', { url: `${app.url}/api/messages`, health: `${app.url}/healthz` });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      log.warn('second stop signal: exiting without waiting', { signal });
      process.exit(1);
    }
    stopping = true;
    log.info('stopping', { signal, graceMs: SHUTDOWN_GRACE_MS });
    app.close({ graceMs: SHUTDOWN_GRACE_MS }).then(
      () => {
        log.info('stopped', { signal });
        process.exit(0);
      },
      (error: unknown) => {
        log.error('stop failed', { signal, error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    log.error('configuration error', { variable: error.variable, message: error.message });
  } else {
    log.error('start-up failed', { error });
  }
  process.exit(1);
});

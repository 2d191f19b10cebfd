/** Production entry point: reads the environment, starts the app, stops cleanly on SIGINT/SIGTERM. */
import { startApp } from './app';
import { ConfigurationError, loadConfig } from './config';
import { log } from './log';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await startApp(config);
  log.info('bot ready', { url: `${app.url}/api/messages`, health: `${app.url}/healthz` });
  const stop = (signal: string): void => {
    log.info('stopping', { signal });
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    log.error('configuration error', { variable: error.variable, message: error.message });
  } else {
    log.error('start-up failed', { error });
  }
  process.exit(1);
});

/** Configuration for a bot under test: any free port, its own empty state directory, and a question limit tests won't hit. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config';

/** `env` adds to or overrides the defaults (pass QUESTIONS_PER_MINUTE to test the limit itself). */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    PORT: '0',
    STATE_DIR: mkdtempSync(join(tmpdir(), 'dialout-state-')),
    QUESTIONS_PER_MINUTE: '1000',
    ...env,
  });
}

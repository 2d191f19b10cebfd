/** Launches Debian's Chromium headless through playwright-core, with a new empty profile, for the end-to-end tests. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, INSTALL_COMMAND } from './browserTests.cjs';

/** A browser context and how to close it (and remove its profile). */
export interface HeadlessBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile folder; fails with a clear message when it is not installed.
 * @example const { context, close } = await launchChromium({ timezoneId: 'UTC' })
 */
export async function launchChromium(options: { timezoneId: string; locale: string }): Promise<HeadlessBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: install it with "${INSTALL_COMMAND}" (.ci/run does this before npm test)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    // Tall enough for a whole report card in one screenshot.
    viewport: { width: 1400, height: 1800 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

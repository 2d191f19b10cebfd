// Whether `npm test` runs the browser tests (test/e2e, the Agents Playground in headless Chromium).
// Read by jest.config.js, browserTestsNotice.cjs (the line saying they were left out) and headlessChromium.ts.
'use strict';
const { existsSync } = require('node:fs');

/** Debian's Chromium, where .ci/run installs it (never a downloaded browser build); CHROMIUM_PATH names another one. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The one command that makes the browser tests run. */
const INSTALL_COMMAND = `${process.getuid && process.getuid() === 0 ? '' : 'sudo '}apt-get install -y chromium`;

/**
 * Without Chromium the browser tests are left out of the run, unless REQUIRE_BROWSER_TESTS=1 (as in
 * .ci/run): then they run and fail saying Chromium is missing, so CI cannot pass without them.
 */
function browserTestsLeftOut() {
  return process.env.REQUIRE_BROWSER_TESTS !== '1' && !existsSync(CHROMIUM_PATH);
}

module.exports = { CHROMIUM_PATH, INSTALL_COMMAND, browserTestsLeftOut };

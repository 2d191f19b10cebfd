// Jest's globalTeardown when the browser tests were left out (jest.config.js adds it then): it runs after
// the summary, so the run's last line says what was not run and the command that makes it run.
'use strict';
const { CHROMIUM_PATH, INSTALL_COMMAND } = require('./browserTests.cjs');

module.exports = function sayBrowserTestsWereLeftOut(globalConfig) {
  const patterns = globalConfig.testPathPatterns.patterns;
  // Said on a whole run, or when the paths asked for include the browser tests (not for `jest test/storage`).
  if (patterns.length === 0 || patterns.some((pattern) => new RegExp(pattern, 'i').test('test/e2e/'))) {
    process.stderr.write(
      `Browser tests NOT run (test/e2e, the Agents Playground in headless Chromium): no Chromium at ${CHROMIUM_PATH}. To run them: ${INSTALL_COMMAND}\n`,
    );
  }
};

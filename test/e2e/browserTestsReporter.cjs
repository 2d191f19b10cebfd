// A jest reporter, added by jest.config.js only when the browser tests were left out: it ends the run's
// output with one line saying what was not run and the command that makes it run.
'use strict';
const { CHROMIUM_PATH, INSTALL_COMMAND } = require('./browserTests.cjs');

class BrowserTestsReporter {
  constructor(globalConfig) {
    const patterns = globalConfig.testPathPatterns ? globalConfig.testPathPatterns.patterns : [];
    // Said on a whole run, or when the paths asked for include the browser tests (not for `jest test/storage`).
    this.asked = patterns.length === 0 || patterns.some((pattern) => new RegExp(pattern, 'i').test('test/e2e/'));
  }

  onRunComplete() {
    if (this.asked) {
      process.stderr.write(
        `Browser tests NOT run (test/e2e, the Agents Playground in headless Chromium): no Chromium at ${CHROMIUM_PATH}. To run them: ${INSTALL_COMMAND}\n`,
      );
    }
  }
}

module.exports = BrowserTestsReporter;

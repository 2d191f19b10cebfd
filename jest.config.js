/** Jest runs the TypeScript tests directly through ts-jest. */
const { browserTestsLeftOut } = require('./test/e2e/browserTests.cjs');

/** Without Chromium the browser tests are left out and the run ends saying so (REQUIRE_BROWSER_TESTS=1 keeps them in). */
const leftOut = browserTestsLeftOut();

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: leftOut ? ['/node_modules/', '<rootDir>/test/e2e/'] : ['/node_modules/'],
  ...(leftOut ? { globalTeardown: '<rootDir>/test/e2e/browserTestsNotice.cjs' } : {}),
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
};

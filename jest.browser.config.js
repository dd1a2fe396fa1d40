// Browser tests: real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against the
// production build, and the *.app.test.ts files (HTTP against `next start`). Run `next build` first;
// then `npx jest -c jest.browser.config.js`.
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

module.exports = createJestConfig({
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/browser/**/*.test.ts', '<rootDir>/__tests__/**/*.app.test.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testTimeout: 120000,
  maxWorkers: 1,
});

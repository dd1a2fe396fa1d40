const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

module.exports = createJestConfig({
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/lib/**/*.test.ts'],
  // *.app.test.ts run against the production build, with the browser tests (jest.browser.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/browser/', '\\.app\\.test\\.ts$'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testTimeout: 60000,
});

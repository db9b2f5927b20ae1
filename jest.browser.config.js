/**
 * Browser tests (npm run test:browser): headless Chromium (playwright-core, Debian's /usr/bin/chromium)
 * against a Strapi serving the built admin (`npx strapi build` first) on a free port, with the demo on a
 * fresh database. Kept out of `npm test`: they need the admin build and a browser. One file at a time —
 * each boots its own Strapi and Chromium. Screenshots land in artifacts/screenshots/.
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };

module.exports = {
  displayName: 'browser',
  testEnvironment: 'node',
  transform,
  testMatch: ['<rootDir>/tests/browser/**/*.e2e.ts'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  testTimeout: 300000,
  maxWorkers: 1,
  slowTestThreshold: 60,
};

/**
 * Two projects: `unit` (pure domain code, tests beside it) and `api` (a booted Strapi per test file,
 * over HTTP with supertest, on a throwaway SQLite file — or a throwaway PostgreSQL database when
 * TEST_DB=postgres, see tests/helpers/strapi.ts).
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/plugins/*/server/src/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 120000,
  maxWorkers: 2,
};

/**
 * Two projects: `unit` (pure domain code, tests beside it) and `api` (a booted Strapi per test file,
 * over HTTP with supertest, on a throwaway SQLite file — or a throwaway PostgreSQL database when
 * TEST_DB=postgres, see tests/helpers/strapi.ts).
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
/** The kit from its TypeScript source: tests never run against a stale packages/kit/dist. */
const moduleNameMapper = { '^@content-assurance/kit/(server|shared)$': '<rootDir>/packages/kit/src/$1/index.ts' };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/packages/*/src/**/*.test.ts', '<rootDir>/plugins/*/server/src/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 120000,
  maxWorkers: 2,
};

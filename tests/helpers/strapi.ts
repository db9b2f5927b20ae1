import fs from 'fs';
import path from 'path';
import { randomBytes } from 'crypto';

import { createStrapi, type Core } from '@strapi/strapi';
import { Client } from 'pg';
import request from 'supertest';

const appDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

export const usePostgres = process.env.TEST_DB === 'postgres';
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestApp {
  strapi: Core.Strapi;
  /** supertest bound to the app's HTTP server. */
  http: () => ReturnType<typeof request>;
  /** Stop Strapi and drop the throwaway database. */
  close: () => Promise<void>;
}

/** A throwaway database for one test file: a SQLite file under .tmp/, or a PostgreSQL database. */
export const createDatabase = async (): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> => {
  const name = `ca_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (usePostgres) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      drop: async () => {
        const client = new Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const filename = path.join(appDir, '.tmp', 'tests', `${name}.db`);
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${filename}${suffix}`, { force: true });
    },
  };
};

export interface StartOptions {
  /** Load the demo data from the real table on start (default true). */
  seed?: boolean;
  /** Extra environment for this app (e.g. ADMIN_EMAIL). */
  env?: Record<string, string>;
}

/** Boots Strapi in-process on its own database, mounted for supertest. Call `close()` in afterAll. */
export const startApp = async ({ seed = true, env = {} }: StartOptions = {}): Promise<TestApp> => {
  const database = await createDatabase();
  const variables: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DATABASE_URL: '',
    SEED_DEMO: seed ? 'true' : 'false',
    OVERDUE_CRON_ENABLED: 'false',
    // Flood limits off unless a test turns them on (tests/security-throttle.test.ts).
    THROTTLE_ENABLED: 'false',
    ...database.env,
    ...env,
  };
  Object.assign(process.env, variables);

  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  return {
    strapi,
    http: () => request(strapi.server.httpServer),
    close: async () => {
      await strapi.destroy();
      await database.drop();
    },
  };
};

import fs from 'fs';
import type { AddressInfo } from 'net';
import path from 'path';

import { createStrapi, type Core } from '@strapi/strapi';

import { startSmtp, type TestSmtp } from '../../helpers/smtp';
import { createDatabase } from '../../helpers/strapi';

const appDir = path.resolve(__dirname, '..', '..', '..');
const distDir = path.join(appDir, 'dist');

export interface BrowserServer {
  strapi: Core.Strapi;
  /** http://127.0.0.1:<port> — the admin is at `${origin}/admin`. */
  origin: string;
  /** The SMTP server the app sends its mails to (review notices, digests). */
  smtp: TestSmtp;
  close: () => Promise<void>;
}

/** The built admin (`npx strapi build`) the server hands to the browser. */
export const adminBuildIndex = path.join(distDir, 'build', 'index.html');

/**
 * A real HTTP server for the browser: Strapi on a free loopback port, serving the built admin, on a
 * fresh database (SQLite, or PostgreSQL when TEST_DB=postgres) with the demo loaded, mails going to a
 * local SMTP server, the cron off. Call `close()` in afterAll.
 */
export const startBrowserServer = async (env: Record<string, string> = {}): Promise<BrowserServer> => {
  if (!fs.existsSync(adminBuildIndex)) {
    throw new Error(`No admin build at ${adminBuildIndex}: run \`npx strapi build\` first (npm run test:browser does).`);
  }
  const database = await createDatabase();
  const smtp = await startSmtp();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DATABASE_URL: '',
    SEED_DEMO: 'true',
    OVERDUE_CRON_ENABLED: 'false',
    THROTTLE_ENABLED: 'false',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    ...database.env,
    ...env,
  });

  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: true }).load();
  strapi.server.mount();
  const httpServer = strapi.server.httpServer;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    strapi,
    origin: `http://127.0.0.1:${port}`,
    smtp,
    close: async () => {
      await strapi.destroy();
      await smtp.close();
      await database.drop();
    },
  };
};

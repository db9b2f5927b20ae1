import type { Core } from '@strapi/strapi';

/** Key of the PostgreSQL advisory lock that lets one instance scan at a time (any 64-bit number of our own). */
const SCAN_LOCK = 734_201_906;

interface PgConnection {
  query(sql: string, values: unknown[]): Promise<{ rows: { locked?: boolean }[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/** Scans running in this process, per Strapi instance (tests run two instances in one process). */
const running = new WeakSet<object>();

export interface ScanLock {
  release(): Promise<void>;
}

/**
 * Take the scan lock unless a scan is already running: in this process (a flag) or, on PostgreSQL, in
 * any instance sharing the database (a session-level advisory lock held on a dedicated connection
 * until `release`; PostgreSQL drops it if the process dies). SQLite has one instance by construction:
 * the flag is the lock. Null when taken.
 */
export const acquireScanLock = async (strapi: Core.Strapi): Promise<ScanLock | null> => {
  if (running.has(strapi)) return null;
  running.add(strapi);
  const free = () => {
    running.delete(strapi);
  };
  try {
    if (strapi.db.dialect.client !== 'postgres') return { release: async () => free() };
    const client = (strapi.db.connection as unknown as { client: KnexClient }).client;
    const connection = await client.acquireConnection();
    try {
      const { rows } = await connection.query('select pg_try_advisory_lock($1) as locked', [SCAN_LOCK]);
      if (!rows[0]?.locked) {
        await client.releaseConnection(connection);
        free();
        return null;
      }
    } catch (error) {
      await client.releaseConnection(connection);
      throw error;
    }
    return {
      release: async () => {
        try {
          await connection.query('select pg_advisory_unlock($1)', [SCAN_LOCK]);
        } finally {
          await client.releaseConnection(connection);
          free();
        }
      },
    };
  } catch (error) {
    free();
    throw error;
  }
};

/** Run `fn` holding the scan lock; { ran: false } when another scan holds it. */
export const withScanLock = async <T>(strapi: Core.Strapi, fn: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> => {
  const lock = await acquireScanLock(strapi);
  if (!lock) return { ran: false };
  try {
    return { ran: true, result: await fn() };
  } finally {
    await lock.release();
  }
};

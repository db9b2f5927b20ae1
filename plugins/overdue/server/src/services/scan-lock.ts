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

/**
 * Run `fn` unless a scan is already running: in this process (a flag) or, on PostgreSQL, in any
 * instance sharing the database (a session-level advisory lock held on a dedicated connection for
 * the whole scan; released when it ends, or by PostgreSQL if the process dies). SQLite has one
 * instance by construction: the flag is the lock.
 */
export const withScanLock = async <T>(strapi: Core.Strapi, fn: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> => {
  if (running.has(strapi)) return { ran: false };
  running.add(strapi);
  try {
    if (strapi.db.dialect.client !== 'postgres') return { ran: true, result: await fn() };
    const client = (strapi.db.connection as unknown as { client: KnexClient }).client;
    const connection = await client.acquireConnection();
    try {
      const { rows } = await connection.query('select pg_try_advisory_lock($1) as locked', [SCAN_LOCK]);
      if (!rows[0]?.locked) return { ran: false };
      try {
        return { ran: true, result: await fn() };
      } finally {
        await connection.query('select pg_advisory_unlock($1)', [SCAN_LOCK]);
      }
    } finally {
      await client.releaseConnection(connection);
    }
  } finally {
    running.delete(strapi);
  }
};

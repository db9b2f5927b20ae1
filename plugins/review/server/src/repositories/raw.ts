import { createHash } from 'crypto';

import type { Core } from '@strapi/strapi';

/** Statement names by SQL text (a handful of texts: one per query shape). */
const names = new Map<string, string>();

const statementName = (sql: string): string => {
  let name = names.get(sql);
  if (name === undefined) {
    name = `review_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size >= 1000) names.clear();
    names.set(sql, name);
  }
  return name;
};

/**
 * Run one of the transitions' raw queries and return its rows: inside the current transaction if
 * there is one (SQLite has a single connection; on PostgreSQL a query outside would not see its
 * writes), and on PostgreSQL as a named prepared statement — node-postgres prepares it once per
 * connection, then only binds and executes, and PostgreSQL may keep a generic plan. These queries
 * are few and fixed, run hundreds of times a second under load, and cost more to plan than to
 * execute. The name is the SQL's digest, so one text always has one name.
 */
export const runRaw = async <Row>(strapi: Core.Strapi, sql: string, bindings: readonly unknown[]): Promise<Row[]> => {
  let query = strapi.db.connection.raw(sql, bindings as never[]);
  if (strapi.db.dialect.client === 'postgres') query = query.options({ name: statementName(sql) });
  const result = (await (strapi.db.inTransaction() ? strapi.db.transaction(({ trx }) => query.transacting(trx)) : query)) as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
};

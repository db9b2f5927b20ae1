import { createHash } from 'crypto';

import type { Core } from '@strapi/strapi';

type Raw = ReturnType<Core.Strapi['db']['connection']['raw']>;

/** Statement names by SQL text (a handful of texts: one per query shape). */
const names = new Map<string, string>();

/**
 * On PostgreSQL, run a raw query as a named prepared statement (node-postgres prepares it once per
 * connection, then only binds and executes; PostgreSQL may keep a generic plan). The transitions'
 * queries are few and fixed, run hundreds of times a second under load, and cost more to plan than to
 * execute. The name is the SQL's digest, so one text always has one name. Elsewhere the query as is.
 */
export const prepared = (strapi: Core.Strapi, query: Raw, sql: string): Raw => {
  if (strapi.db.dialect.client !== 'postgres') return query;
  let name = names.get(sql);
  if (name === undefined) {
    name = `review_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size >= 1000) names.clear();
    names.set(sql, name);
  }
  return query.options({ name });
};


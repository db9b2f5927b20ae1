import type { Core } from '@strapi/strapi';

import { joinTableOf } from '@content-assurance/kit/server';

/** Published items per column, read with one set-based aggregate (never a query per column). */
const publicationsRepository = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The latest publication time of each column that has a published article. */
  async lastPublishedByColumn(): Promise<Map<number, Date>> {
    const article = strapi.db.metadata.get('api::article.article');
    const join = joinTableOf(strapi, 'api::article.article', 'column');
    const knex = strapi.db.connection;
    const rows: { column_id: number; last_published: string | number | Date }[] = await knex(join.name)
      .join(article.tableName, `${article.tableName}.id`, `${join.name}.${join.joinColumn.name}`)
      .whereNotNull(`${article.tableName}.published_at`)
      .groupBy(`${join.name}.${join.inverseJoinColumn.name}`)
      .select({ column_id: `${join.name}.${join.inverseJoinColumn.name}` })
      .max({ last_published: `${article.tableName}.published_at` });
    return new Map(rows.map((row) => [Number(row.column_id), new Date(typeof row.last_published === 'number' ? row.last_published : String(row.last_published))]));
  },
});

export default publicationsRepository;
export type PublicationsRepository = ReturnType<typeof publicationsRepository>;

import type { Core } from '@strapi/strapi';

import { repositories } from '../repositories';
import type { ColumnActivity } from '../repositories/scan-source';

/**
 * The per-column activity table the scan reads (latest publication and published items per column):
 * kept right on every article publication by a Document Service middleware, rebuilt here from the
 * items — at start when empty, and on demand after writes that bypass the Document Service (SQL
 * imports, restores of the article tables alone).
 */
const activity = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => repositories(strapi).activity;
  return {
    /** Replace the table with the full aggregate over the items; returns the columns written and the time taken. */
    async rebuild(): Promise<{ columns: number; ms: number }> {
      const started = Date.now();
      const columns = await repo().rebuild();
      return { columns, ms: Date.now() - started };
    },

    /** What the scan reads. */
    read(): Promise<ColumnActivity[]> {
      return repo().read();
    },

    /** The full aggregate over the items, computed now (what a rebuild would write). */
    aggregate(): Promise<ColumnActivity[]> {
      return repo().aggregate();
    },
  };
};

export default activity;
export type ActivityService = ReturnType<typeof activity>;

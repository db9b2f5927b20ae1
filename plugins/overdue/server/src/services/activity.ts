import type { Core } from '@strapi/strapi';

import { repositories } from '../repositories';
import type { UnitMonthActivity } from '../repositories/activity';
import type { ColumnActivity } from '../repositories/scan-source';

/**
 * The activity tables the scan reads (per column: latest publication and published items; per
 * submitting unit and month: published items): kept right on every article publication by a Document
 * Service middleware, rebuilt here from the items — at start when empty, and on demand after writes
 * that bypass the Document Service (SQL imports, restores of the article tables alone).
 */
const activity = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => repositories(strapi).activity;
  return {
    /** Replace the tables with the full aggregates over the items; returns the rows written and the time taken. */
    async rebuild(): Promise<{ columns: number; unitMonths: number; ms: number }> {
      const started = Date.now();
      const rows = await repo().rebuild();
      return { ...rows, ms: Date.now() - started };
    },

    /** What the scan reads. */
    read(): Promise<ColumnActivity[]> {
      return repo().read();
    },

    /** The full aggregate per column over the items, computed now (what a rebuild would write). */
    aggregate(): Promise<ColumnActivity[]> {
      return repo().aggregate();
    },

    /** Items published per submitting unit and Beijing month (YYYY-MM), as the scan reads them. */
    unitMonths(months: string[]): Promise<UnitMonthActivity[]> {
      return repo().unitMonths(months);
    },

    /** The full aggregate per unit and month over the items, computed now (what a rebuild would write). */
    unitAggregate(): Promise<UnitMonthActivity[]> {
      return repo().unitAggregateRows();
    },
  };
};

export default activity;
export type ActivityService = ReturnType<typeof activity>;

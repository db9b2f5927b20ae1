import type { Core } from '@strapi/strapi';

/**
 * What the app (the demo seed) may ask the overdue plugin. Its `services` object is checked against
 * {@link OverdueServices}; callers go through {@link overdueApi}.
 */
export interface OverdueApi {
  activity: {
    /** Rebuild the activity tables from the items (after writes that bypass the Document Service). */
    rebuild(): Promise<{ columns: number; unitMonths: number; ms: number }>;
  };
}

export type OverdueServices = { [K in keyof OverdueApi]: (deps: { strapi: Core.Strapi }) => OverdueApi[K] };

/** The overdue plugin's services as its contract types them. */
export const overdueApi = (strapi: Core.Strapi): OverdueApi => ({
  get activity() {
    // The one place the contract meets Strapi's untyped registry; `OverdueServices` checks the other side.
    return strapi.plugin('overdue').service('activity') as OverdueApi['activity'];
  },
});

import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from './plugin-id';
import type services from './services';

type Services = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/** A typed handle on one of this plugin's services (kebab-case names, as Strapi's own plugins do). */
export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[K];

/** Run `fn` once the current transaction commits (at once outside a transaction). */
export const afterCommit = async (strapi: Core.Strapi, fn: () => void): Promise<void> => {
  if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(fn));
  else fn();
};

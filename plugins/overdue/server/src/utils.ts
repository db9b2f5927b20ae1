import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from './plugin-id';
import type services from './services';

type Services = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/** A typed handle on one of this plugin's services. */
export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[K];

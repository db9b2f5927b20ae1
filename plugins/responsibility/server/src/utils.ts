import { serviceGetter, type ServiceGetter } from '@content-assurance/kit/server';

import { PLUGIN_ID } from './plugin-id';
import type services from './services';

/** A typed handle on one of this plugin's services (kebab-case names, as Strapi's own plugins do). */
export const getService: ServiceGetter<typeof services> = serviceGetter(PLUGIN_ID);

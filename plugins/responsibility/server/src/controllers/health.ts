import type { Core } from '@strapi/strapi';

import { PLUGIN_ID } from '../plugin-id';

/** GET /api/responsibility/health — answers only when the plugin's compiled server entry was loaded. */
const health = (_: { strapi: Core.Strapi }) => ({
  check(ctx: { body: unknown }) {
    ctx.body = { plugin: PLUGIN_ID, status: 'ok' };
  },
});

export default health;

import type { Core } from '@strapi/strapi';

/**
 * global::graphql-url (config/middlewares.ts, before strapi::body): Strapi's body parser leaves only the
 * exact GraphQL URL to the GraphQL plugin's own parser (and its GRAPHQL_MAX_BODY limit), so `POST
 * /graphql?x=1` would be read with the general limit instead. A GraphQL POST carries everything in its
 * body: its query string is dropped, and the plugin's parser reads it like any other.
 */
const graphqlUrl: Core.MiddlewareFactory = (_config, { strapi }) => {
  const endpoint = strapi.plugin('graphql') ? String(strapi.plugin('graphql').config('endpoint') ?? '/graphql') : null;
  return async (ctx, next) => {
    if (endpoint && ctx.method === 'POST' && ctx.path === endpoint && ctx.url !== endpoint) ctx.url = endpoint;
    await next();
  };
};

export default graphqlUrl;

import type { Core } from '@strapi/strapi';

import { LOGIN_PATHS, throttleOf, throttlesOf, tooManyRequests } from '../security/throttle';

/**
 * global::throttle (config/middlewares.ts, after strapi::cors and before the body is read): per-address
 * limits on logins and password resets, the public's inquiry posting (REST) and GraphQL. A refused
 * request gets 429, a bilingual message and Retry-After. GraphQL's createInquiry takes from the same
 * inquiry allowance per call, in its resolver (src/index.ts).
 */
const throttle: Core.MiddlewareFactory = (_config, { strapi }) => {
  const throttles = throttlesOf(strapi);
  const graphqlPath = strapi.plugin('graphql') ? String(strapi.plugin('graphql').config('endpoint') ?? '/graphql') : '/graphql';
  return async (ctx, next) => {
    if (!throttles.enabled) return next();
    const name = throttleOf(ctx.method, ctx.path, graphqlPath);
    if (!name) return next();
    const verdict = await throttles.take(name, ctx.ip);
    if (!verdict.allowed) {
      ctx.set('Retry-After', String(verdict.retryAfter));
      throw tooManyRequests(name, verdict.retryAfter);
    }
    await next();
    if (name === 'auth' && LOGIN_PATHS.has(ctx.path) && ctx.status >= 200 && ctx.status < 300) {
      await throttles.giveBack(name, ctx.ip);
    }
  };
};

export default throttle;

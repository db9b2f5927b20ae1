import { errors } from '@strapi/utils';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

import { bilingual } from '@content-assurance/kit/shared';

/**
 * Flood limits per client address (in memory, per instance): logins and password resets, the public's
 * inquiries (留言, REST and GraphQL alike) and GraphQL as a whole. Past the limit: 429 with a bilingual
 * message and Retry-After. The address is the socket's, or the proxy's X-Forwarded-For entry when
 * SERVER_PROXY=true (config/server.ts). Used by src/middlewares/throttle.ts and the GraphQL
 * createInquiry resolver middleware (src/index.ts).
 */

export type ThrottleName = 'auth' | 'inquiry' | 'graphql';

export interface Limit {
  points: number;
  /** seconds */
  duration: number;
}

export interface ThrottleSettings {
  enabled: boolean;
  limits: Record<ThrottleName, Limit>;
}

type Env = Record<string, string | undefined>;

const positiveInt = (env: Env, key: string, fallback: number): number => {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${key} must be a positive whole number (got "${raw}")`);
  return value;
};

/**
 * THROTTLE_ENABLED (default true); per limit THROTTLE_<NAME>_POINTS requests per THROTTLE_<NAME>_SECONDS:
 * AUTH 20 per 600 (admin and content-API login, registration, forgot/reset password; a successful
 * login gives its point back), INQUIRY 5 per 600, GRAPHQL 120 per 60.
 */
export const throttleSettings = (env: Env = process.env): ThrottleSettings => ({
  enabled: (env.THROTTLE_ENABLED ?? 'true').toLowerCase() !== 'false',
  limits: {
    auth: { points: positiveInt(env, 'THROTTLE_AUTH_POINTS', 20), duration: positiveInt(env, 'THROTTLE_AUTH_SECONDS', 600) },
    inquiry: { points: positiveInt(env, 'THROTTLE_INQUIRY_POINTS', 5), duration: positiveInt(env, 'THROTTLE_INQUIRY_SECONDS', 600) },
    graphql: { points: positiveInt(env, 'THROTTLE_GRAPHQL_POINTS', 120), duration: positiveInt(env, 'THROTTLE_GRAPHQL_SECONDS', 60) },
  },
});

const WHAT: Record<ThrottleName, [string, string]> = {
  auth: ['登录或找回密码的尝试过于频繁', 'too many login or password attempts from your address'],
  inquiry: ['留言提交过于频繁', 'too many inquiries posted from your address'],
  graphql: ['GraphQL 请求过于频繁', 'too many GraphQL requests from your address'],
};

/** The 429 error: the message in both languages, the retry delay (seconds) in `details`. */
export const tooManyRequests = (name: ThrottleName, retryAfterSeconds: number) => {
  const [zh, en] = WHAT[name];
  const messages = bilingual(`${zh}，请 ${retryAfterSeconds} 秒后再试`, `${en[0].toUpperCase()}${en.slice(1)}; try again in ${retryAfterSeconds} s`);
  // The error middleware answers in the caller's language (packages/kit/src/shared/language.ts).
  return new errors.RateLimitError(messages['zh-Hans'], { retryAfter: retryAfterSeconds, limit: name, messages });
};

export type Verdict = { allowed: true } | { allowed: false; retryAfter: number };

export interface Throttles {
  readonly enabled: boolean;
  /** Take one point from `name` for this address; refused when none is left. */
  take(name: ThrottleName, address: string): Promise<Verdict>;
  /** Give a point back (a login that succeeded). */
  giveBack(name: ThrottleName, address: string): Promise<void>;
}

export const createThrottles = (settings: ThrottleSettings): Throttles => {
  const limiters = Object.fromEntries(
    (Object.keys(settings.limits) as ThrottleName[]).map((name) => [name, new RateLimiterMemory({ keyPrefix: name, ...settings.limits[name] })]),
  ) as Record<ThrottleName, RateLimiterMemory>;
  return {
    enabled: settings.enabled,
    async take(name, address) {
      if (!settings.enabled) return { allowed: true };
      try {
        await limiters[name].consume(address, 1);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfter: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        throw rejection;
      }
    },
    async giveBack(name, address) {
      if (settings.enabled) await limiters[name].reward(address, 1);
    },
  };
};

/** One set of limiters per Strapi instance (the HTTP middleware and the GraphQL resolver share them). */
const byInstance = new WeakMap<object, Throttles>();
export const throttlesOf = (strapi: object): Throttles => {
  let throttles = byInstance.get(strapi);
  if (!throttles) {
    throttles = createThrottles(throttleSettings());
    byInstance.set(strapi, throttles);
  }
  return throttles;
};

/** Which limit a request falls under, by method and path (GraphQL's createInquiry is counted per call, in its resolver). */
export const AUTH_PATHS = new Set([
  '/admin/login',
  '/admin/register-admin',
  '/admin/forgot-password',
  '/admin/reset-password',
  '/api/auth/local',
  '/api/auth/local/register',
  '/api/auth/forgot-password',
  '/api/auth/reset-password',
  '/api/auth/send-email-confirmation',
]);
/** Logins whose success gives the point back: only failed attempts use up the allowance. */
export const LOGIN_PATHS = new Set(['/admin/login', '/api/auth/local']);

export const throttleOf = (method: string, path: string, graphqlPath = '/graphql'): ThrottleName | null => {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (clean === graphqlPath) return 'graphql';
  if (method !== 'POST') return null;
  if (AUTH_PATHS.has(clean)) return 'auth';
  if (clean === '/api/inquiries') return 'inquiry';
  return null;
};

interface GraphqlContext {
  koaContext?: { ip: string };
}
type ResolverNext = (parent: unknown, args: unknown, context: GraphqlContext, info: unknown) => unknown;

/**
 * A GraphQL extension (strapi.plugin('graphql').service('extension').use) that takes one point of the
 * inquiry allowance for each createInquiry call, aliases included — the same allowance as
 * POST /api/inquiries. A refused call answers HTTP 429 with Retry-After (Apollo applies `extensions.http`).
 */
export const inquiryThrottleExtension = (strapi: object) => () => ({
  resolversConfig: {
    'Mutation.createInquiry': {
      middlewares: [
        async (next: ResolverNext, parent: unknown, args: unknown, context: GraphqlContext, info: unknown) => {
          const throttles = throttlesOf(strapi);
          const address = context.koaContext?.ip;
          if (throttles.enabled && address) {
            const verdict = await throttles.take('inquiry', address);
            if (!verdict.allowed) {
              const error = tooManyRequests('inquiry', verdict.retryAfter);
              throw Object.assign(error, {
                extensions: { http: { status: 429, headers: new Map([['retry-after', String(verdict.retryAfter)]]) } },
              });
            }
          }
          return next(parent, args, context, info);
        },
      ],
    },
  },
});

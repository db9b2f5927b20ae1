import type { EnvFn } from '../src/utils/env';
import { secret } from '../src/utils/env';

export default ({ env }: { env: EnvFn }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy: trust X-Forwarded-For for the client's address (flood limits, logs), taking the
  // entry added by the last SERVER_PROXY_HOPS proxies (default 1), so a client cannot choose its own address.
  proxy: { koa: env.bool('SERVER_PROXY', false), maxIpsCount: env.int('SERVER_PROXY_HOPS', 1) },
  app: {
    keys: secret(env, 'APP_KEYS', 'devKeyA-change-me,devKeyB-change-me').split(','),
  },
  // Strapi's own cron runs on every instance without a lock: the overdue plugin schedules
  // its scan with node-cron and a PostgreSQL advisory lock instead.
  cron: { enabled: false },
});

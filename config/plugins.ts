import type { EnvFn } from '../src/utils/env';
import { secret } from '../src/utils/env';

export default ({ env }: { env: EnvFn }) => ({
  'users-permissions': {
    config: {
      jwtSecret: secret(env, 'JWT_SECRET', 'dev-users-permissions-jwt-secret-change-me'),
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: env('NODE_ENV', 'development') !== 'production',
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 25),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
        auth: env('SMTP_USERNAME', '') ? { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } : undefined,
        pool: true,
        maxConnections: env.int('SMTP_MAX_CONNECTIONS', 3),
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'content-assurance@example.gov.cn'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'content-assurance@example.gov.cn'),
      },
    },
  },
  // Our own plugins (npm workspaces under plugins/): their compiled server entry must exist
  // (npm run build:plugins) or Strapi silently skips them — tests/plugins.api.test.ts guards that.
  responsibility: { enabled: true, resolve: './plugins/responsibility' },
  review: { enabled: true, resolve: './plugins/review' },
  overdue: { enabled: true, resolve: './plugins/overdue' },
});

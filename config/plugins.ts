import type { EnvFn } from '../src/utils/env';
import { secret } from '../src/utils/env';
import { isStrongPassword } from '../src/utils/password';
import { costLimitPlugin, createFormatError } from '../src/security/graphql';

/** Rows a GraphQL list returns by default and at most (also the cost limit's row counts). */
const GRAPHQL_DEFAULT_LIMIT = 25;
const GRAPHQL_MAX_LIMIT = 100;

export default ({ env }: { env: EnvFn }) => ({
  'users-permissions': {
    config: {
      jwtSecret: secret(env, 'JWT_SECRET', 'dev-users-permissions-jwt-secret-change-me'),
      // Self-registration is off unless USERS_ALLOW_REGISTER=true (src/bootstrap/users.ts applies it on start);
      // when on, passwords follow the notices' rule: 8 characters or more, letters and digits.
      allowRegister: env.bool('USERS_ALLOW_REGISTER', false),
      validatePassword: (password: string) => isStrongPassword(password),
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 10,
      defaultLimit: GRAPHQL_DEFAULT_LIMIT,
      maxLimit: GRAPHQL_MAX_LIMIT,
      landingPage: env('NODE_ENV', 'development') !== 'production',
      // src/security/graphql.ts: malformed input → BAD_USER_INPUT without SQL or stack; a cost limit;
      // CORS is strapi::cors's (the plugin's own would answer every origin); a body limit.
      apolloServer: {
        formatError: createFormatError(),
        includeStacktraceInErrorResponses: false,
        plugins: [costLimitPlugin({ maxCost: env.int('GRAPHQL_MAX_COST', 5000), defaultLimit: GRAPHQL_DEFAULT_LIMIT, maxLimit: GRAPHQL_MAX_LIMIT })],
        cors: false,
        bodyParserConfig: { jsonLimit: env('GRAPHQL_MAX_BODY', '32kb'), enableTypes: ['json'] },
      },
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
  responsibility: {
    enabled: true,
    resolve: './plugins/responsibility',
    config: {
      // The city portal's column settings (used when the table import creates columns).
      columns: {
        openedAt: '2021-01-01T00:00:00+08:00',
        homepageChannels: ['主页栏目'],
        categoryByChannel: {
          走进双鸭山: 'profile',
          主页栏目: 'news',
          政务公开: 'other',
          部门专题专栏: 'topic',
          互动交流: 'interaction',
        },
        categoryByName: {
          通知公告: 'notice',
          政府文件: 'policy',
          政策法规: 'policy',
          政策解读: 'policy',
          政府公报: 'policy',
          信息公开制度: 'policy',
          规划计划: 'personnel-plan',
          领导信息: 'personnel-plan',
          市政府大事记: 'news',
          政务信息: 'news',
          图片双鸭山: 'profile',
          影像双鸭山: 'profile',
          统计信息: 'other',
        },
      },
      // 市政府 in the table means the 市政府办, which does the city government's website work.
      unitAliases: { 市政府: '市政府办' },
      // What the content API (the public, users-permissions accounts, API tokens) may write: the
      // public's inquiries, with these fields only (status, unit and receipt time are the portal's).
      contentApi: {
        submissions: { 'api::inquiry.inquiry': ['channel', 'subject', 'content', 'askerName', 'askerContact', 'column'] },
      },
      // Admin passwords (000 二(四), 002 art. 8): changed every 3 months, a warning 14 days before; a password
      // the system sets (ADMIN_PASSWORD, demo accounts) is changed at first login when the variable says so
      // (default: in production). One an administrator sets for someone else always is.
      passwords: {
        maxAgeDays: 90,
        warnDays: 14,
        seededMustChange: (env('SEEDED_ACCOUNTS_MUST_CHANGE_PASSWORD', '') || String(env('NODE_ENV', 'development') === 'production')) === 'true',
      },
      // Bounds of the table import (导入上限), checked before the file is parsed (400/413 with a message);
      // the others (columns, merged ranges and cells, unpacked size) keep their defaults unless set here.
      importLimits: {
        maxFileBytes: env.int('IMPORT_MAX_FILE_BYTES', 2 * 1024 * 1024),
        maxRows: env.int('IMPORT_MAX_ROWS', 5000),
      },
    },
  },
  review: { enabled: true, resolve: './plugins/review' },
  overdue: {
    enabled: true,
    resolve: './plugins/overdue',
    config: {
      cron: {
        enabled: env.bool('OVERDUE_CRON_ENABLED', true),
        expression: env('OVERDUE_CRON', '30 8 * * *'),
        timezone: 'Asia/Shanghai',
      },
      adminUrl: env('PUBLIC_URL', '') || null,
    },
  },
});

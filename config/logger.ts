import { formats, winston } from '@strapi/logger';

/** LOG_LEVEL (default http: every request) — the test helper turns it down to warn. */
const level = process.env.LOG_LEVEL ?? 'http';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};

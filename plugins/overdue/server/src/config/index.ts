import { validate as validateCron } from 'node-cron';

import { validateConfig } from '../domain/config';

/** The overdue plugin's settings (config/plugins.ts → overdue.config). */
export interface OverduePluginConfig {
  cron: {
    /** Run the scan on this schedule (default every morning at 08:30 Beijing time). */
    enabled: boolean;
    expression: string;
    timezone: string;
  };
  /** The rules' settings (due-soon lead, national limits, reply deadlines, quotas, escalation …); defaults in domain/config.ts. */
  rules: Record<string, unknown>;
  /** SMTP delivery: retry with backoff on connection errors and 4xx, starting at this many minutes, at most this many hours. */
  retry: { baseMinutes: number; maxHours: number; staleSendingMinutes: number };
  /** Where the admin is, for the links in the emails (default: server.url, else http://localhost:1337). */
  adminUrl: string | null;
}

const defaults: OverduePluginConfig = {
  cron: { enabled: true, expression: '30 8 * * *', timezone: 'Asia/Shanghai' },
  rules: {},
  retry: { baseMinutes: 10, maxHours: 6, staleSendingMinutes: 30 },
  adminUrl: null,
};

export default {
  default: defaults,
  validator(config: OverduePluginConfig) {
    if (!validateCron(config.cron.expression)) throw new Error(`overdue.cron.expression is not a valid cron expression: "${config.cron.expression}"`);
    validateConfig(config.rules);
    const { baseMinutes, maxHours, staleSendingMinutes } = config.retry;
    if (!(baseMinutes > 0) || !(maxHours > 0) || !(staleSendingMinutes > 0)) throw new Error('overdue.retry values must be positive numbers');
  },
};

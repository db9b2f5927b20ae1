import { ageRuleProblem, DEFAULT_DUE_SOON_DAYS, type PasswordAgeRule } from '@content-assurance/kit/server';

import type { ColumnSettings } from '../domain/table';
import type { ColumnCategory } from '../repositories/columns';
import type { ContentApiSubmissions } from '../middlewares/content-api-boundary';
import { DEFAULT_IMPORT_LIMITS, resolveImportLimits, type ImportLimits } from '../domain/import-limits';

export interface ResponsibilityConfig {
  /** How columns created from the table are classified (the national indicators judge by category). */
  columns: ColumnSettings<ColumnCategory> & {
    /** openedAt of columns created by an import (ISO instant), or null for "unknown". */
    openedAt: string | null;
  };
  /** Other spellings of unit names in tables, e.g. 市政府 → 市政府办. */
  unitAliases: Record<string, string>;
  /** A column is "due soon" this many days before its deadline: the one setting for the table page, the overdue dashboard and the overdue scan. */
  dueSoonDays: number;
  /** The content API's writes: per content type, the fields the public may set on create (e.g. inquiries). */
  contentApi: { submissions: ContentApiSubmissions };
  /**
   * Admin passwords (000 二(四), 002 art. 8): changed every maxAgeDays (三个月 → 90), with a warning
   * warnDays before; `seededMustChange`: whether a password the system sets (ADMIN_PASSWORD, demo
   * accounts) must be changed at first login like one an administrator sets.
   */
  passwords: PasswordAgeRule & { seededMustChange: boolean };
  /** Bounds of the table import (file size, rows, columns, merged ranges…); any of them may be set. */
  importLimits: Partial<ImportLimits>;
}

const CATEGORIES: ColumnCategory[] = ['news', 'notice', 'policy', 'personnel-plan', 'interaction', 'topic', 'profile', 'other'];

const defaults: ResponsibilityConfig = {
  columns: {
    homepageChannels: [],
    categoryByChannel: {},
    categoryByName: {},
    openedAt: null,
  },
  unitAliases: {},
  dueSoonDays: DEFAULT_DUE_SOON_DAYS,
  contentApi: { submissions: {} },
  passwords: { maxAgeDays: 90, warnDays: 14, seededMustChange: true },
  importLimits: { ...DEFAULT_IMPORT_LIMITS },
};

const isStringRecord = (value: unknown): value is Record<string, string> =>
  !!value && typeof value === 'object' && Object.values(value).every((v) => typeof v === 'string');

export default {
  default: defaults,
  validator(config: ResponsibilityConfig) {
    const { columns, unitAliases, dueSoonDays, contentApi, passwords, importLimits } = config;
    const passwordProblem = ageRuleProblem(passwords ?? {});
    if (passwordProblem) throw new Error(`responsibility.${passwordProblem}`);
    if (typeof passwords.seededMustChange !== 'boolean') throw new Error('responsibility.passwords.seededMustChange must be true or false');
    resolveImportLimits(importLimits);
    const submissions = contentApi?.submissions;
    if (!submissions || typeof submissions !== 'object' || !Object.values(submissions).every((fields) => Array.isArray(fields) && fields.every((f) => typeof f === 'string'))) {
      throw new Error('responsibility.contentApi.submissions must map content types to the field names the public may set');
    }
    if (!Number.isFinite(dueSoonDays) || dueSoonDays < 0) throw new Error('responsibility.dueSoonDays must be a number of days ≥ 0');
    if (!isStringRecord(unitAliases)) throw new Error('responsibility.unitAliases must map names to names');
    for (const map of [columns.categoryByChannel, columns.categoryByName]) {
      if (!isStringRecord(map)) throw new Error('responsibility.columns category maps must map names to categories');
      const wrong = Object.values(map).filter((c) => !CATEGORIES.includes(c));
      if (wrong.length) throw new Error(`responsibility.columns: unknown categories ${wrong.join(', ')} (use ${CATEGORIES.join(', ')})`);
    }
    if (!Array.isArray(columns.homepageChannels)) throw new Error('responsibility.columns.homepageChannels must be a list of channel names');
    if (columns.openedAt !== null && Number.isNaN(Date.parse(columns.openedAt))) throw new Error('responsibility.columns.openedAt must be an ISO date');
  },
};

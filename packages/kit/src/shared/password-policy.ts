/**
 * The account rules of the notices (账号密码管理):
 * - 000 二(四): 初始密码要在第一次登录使用时通过后台自行修改，每三个月更换一次，密码设置至少8位，由数字和英文字母组成;
 * - 002 art. 8: 一人一账号，实名登记 … 账号密码每3个月更换一次.
 * Pure: no Strapi, no clock (`now` is passed in), no environment.
 */

import { DAY_MS } from './beijing-time';
import type { Messages } from './messages';

/** What a password must hold. */
export interface PasswordRule {
  /** Characters (Unicode code points), at least. */
  minLength: number;
  /** UTF-8 bytes, at most: bcrypt reads only the first 72 bytes, so a longer password would be cut silently. */
  maxBytes: number;
  /** At least one lowercase and one uppercase letter (Strapi's own admin rule), on top of letters and digits. */
  mixedCase: boolean;
}

/** The notices' rule: 8 characters or more, letters and digits (content-API accounts, users-permissions). */
export const NOTICE_PASSWORD_RULE: PasswordRule = { minLength: 8, maxBytes: 72, mixedCase: false };

/** Admin accounts: the notices' rule and Strapi's admin rule (a lowercase letter, an uppercase letter, a digit). */
export const ADMIN_PASSWORD_RULE: PasswordRule = { ...NOTICE_PASSWORD_RULE, mixedCase: true };

export type PasswordProblemCode = 'not-text' | 'too-short' | 'too-long' | 'no-letter' | 'no-digit' | 'no-lowercase' | 'no-uppercase';

export interface PasswordProblem {
  code: PasswordProblemCode;
  zh: string;
  en: string;
}

const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
};

/** Every way `password` breaks `rule`; empty when it is allowed. */
export const passwordProblems = (password: unknown, rule: PasswordRule = ADMIN_PASSWORD_RULE): PasswordProblem[] => {
  if (typeof password !== 'string') return [{ code: 'not-text', zh: '不是文本', en: 'it is not text' }];
  const problems: PasswordProblem[] = [];
  if ([...password].length < rule.minLength) {
    problems.push({ code: 'too-short', zh: `少于 ${rule.minLength} 个字符`, en: `it is shorter than ${rule.minLength} characters` });
  }
  if (utf8Bytes(password) > rule.maxBytes) {
    problems.push({ code: 'too-long', zh: `超过 ${rule.maxBytes} 个字节`, en: `it is longer than ${rule.maxBytes} bytes` });
  }
  const hasLower = /[a-z]/.test(password);
  const hasUpper = /[A-Z]/.test(password);
  if (!hasLower && !hasUpper) problems.push({ code: 'no-letter', zh: '没有英文字母', en: 'it has no letter' });
  if (!/[0-9]/.test(password)) problems.push({ code: 'no-digit', zh: '没有数字', en: 'it has no digit' });
  if (rule.mixedCase && (hasLower || hasUpper)) {
    if (!hasLower) problems.push({ code: 'no-lowercase', zh: '没有小写字母', en: 'it has no lowercase letter' });
    if (!hasUpper) problems.push({ code: 'no-uppercase', zh: '没有大写字母', en: 'it has no uppercase letter' });
  }
  return problems;
};

export const isPasswordAllowed = (password: unknown, rule: PasswordRule = ADMIN_PASSWORD_RULE): boolean => passwordProblems(password, rule).length === 0;

/** The rule in words, both languages. */
export const describeRule = (rule: PasswordRule): { zh: string; en: string } => ({
  zh: `密码至少 ${rule.minLength} 位，由数字和英文字母组成${rule.mixedCase ? '（含大写和小写字母）' : ''}，不超过 ${rule.maxBytes} 个字节`,
  en: `a password has at least ${rule.minLength} characters with letters and digits${rule.mixedCase ? ' (uppercase and lowercase)' : ''}, and at most ${rule.maxBytes} bytes`,
});

/** "密码不符合要求：…" / "The password does not meet the rule: …", each language on its own. */
export const passwordMessage = (problems: PasswordProblem[], rule: PasswordRule = ADMIN_PASSWORD_RULE): Messages => {
  const { zh, en } = describeRule(rule);
  return {
    'zh-Hans': `密码不符合要求：${problems.map((p) => p.zh).join('，')}（${zh}）。`,
    en: `The password does not meet the rule: ${problems.map((p) => p.en).join('; ')} (${en}).`,
  };
};

// --- Who set a password, and must it be changed (初始密码须在第一次登录时修改) ---

/**
 * Who set a password: the person themself (their profile, the invitation link, a reset link sent to
 * them, the first admin's registration form), another administrator (an account's password set or
 * reset in the admin), or the system (ADMIN_PASSWORD on the first start, the demo accounts, the CLI).
 */
export type PasswordSetter = 'self' | 'administrator' | 'system';

/**
 * A password someone else set is an initial password: its holder changes it at first login. One the
 * system set (from configuration) follows `systemMustChange` (on in production: such passwords live
 * in environment files and scripts).
 */
export const mustChangeAfterSet = (setBy: PasswordSetter, systemMustChange: boolean): boolean =>
  setBy === 'administrator' || (setBy === 'system' && systemMustChange);

/** Who set the password of `userId`, from who is acting (null: no request, the system; no person: the holder of a link). */
export const passwordSetterOf = (userId: number, acting: { kind: 'system' } | { kind: 'anonymous' } | { kind: 'admin'; id: number }): PasswordSetter => {
  if (acting.kind === 'system') return 'system';
  if (acting.kind === 'anonymous') return 'self';
  return acting.id === userId ? 'self' : 'administrator';
};

// --- Age (每三个月更换一次) ---

export interface PasswordAgeRule {
  /** A password older than this must be changed (三个月 → 90 days). */
  maxAgeDays: number;
  /** The person is warned this many days before. */
  warnDays: number;
}

export const DEFAULT_PASSWORD_AGE_RULE: PasswordAgeRule = { maxAgeDays: 90, warnDays: 14 };

export type MustChangeReason = 'initial' | 'expired';

export interface AccountPasswordState {
  /** When the password was last set; null when unknown (no record). */
  passwordChangedAt: Date | null;
  /** An initial password (set by someone else), not changed since. */
  mustChangePassword: boolean;
}

export interface PasswordStatus {
  mustChange: boolean;
  reason: MustChangeReason | null;
  /** When the password expires (passwordChangedAt + maxAgeDays); null when unknown. */
  expiresAt: Date | null;
  /** Within the warning window (or past it) and not yet forced: tell the person to change it soon. */
  warn: boolean;
  /** Whole days left before expiry (0 on the last day, negative once expired); null when unknown. */
  daysLeft: number | null;
}


/** The password's status at `now`: an initial password must be changed; so must one older than maxAgeDays. */
export const passwordStatus = (state: AccountPasswordState, rule: PasswordAgeRule, now: Date): PasswordStatus => {
  const expiresAt = state.passwordChangedAt ? new Date(state.passwordChangedAt.getTime() + rule.maxAgeDays * DAY_MS) : null;
  const left = expiresAt ? expiresAt.getTime() - now.getTime() : null;
  const daysLeft = left === null ? null : Math.floor(left / DAY_MS);
  const expired = left !== null && left <= 0;
  const reason: MustChangeReason | null = state.mustChangePassword ? 'initial' : expired ? 'expired' : null;
  const warn = reason === null && left !== null && left <= rule.warnDays * DAY_MS;
  return { mustChange: reason !== null, reason, expiresAt, warn, daysLeft };
};

/** The 403 a person meets while their password must be changed. */
export const passwordChangeRequiredMessage = (reason: MustChangeReason): Messages =>
  reason === 'initial'
    ? {
        'zh-Hans': '请先修改初始密码：首次登录须在“个人资料”中修改由他人设置的密码，之后才能使用其他功能。',
        en: 'Change your initial password first: a password set by someone else must be changed in your profile at first login before anything else.',
      }
    : {
        'zh-Hans': '密码已超过有效期，请先在“个人资料”中修改密码（每三个月更换一次），之后才能使用其他功能。',
        en: 'Your password has expired: change it in your profile (every three months) before anything else.',
      };

/** Is this a valid age rule? (maxAgeDays > 0, 0 ≤ warnDays < maxAgeDays) — an error text or null. */
export const ageRuleProblem = (rule: { maxAgeDays?: unknown; warnDays?: unknown }): string | null => {
  const { maxAgeDays, warnDays } = rule;
  if (typeof maxAgeDays !== 'number' || !Number.isFinite(maxAgeDays) || maxAgeDays <= 0) return 'passwords.maxAgeDays must be a number of days > 0';
  if (typeof warnDays !== 'number' || !Number.isFinite(warnDays) || warnDays < 0 || warnDays >= maxAgeDays) {
    return 'passwords.warnDays must be a number of days ≥ 0 and below maxAgeDays';
  }
  return null;
};

/**
 * Shared vocabulary of the review domain: unit duties (附件3 备案表) and references to people.
 *
 * The duty names are the same strings as the responsibility plugin's `DUTIES` (a plugin cannot
 * import another plugin's sources: each compiles on its own), so a duty read from the duty table
 * can be passed here as is.
 */
export const DUTIES = [
  'information-officer', // 信息员
  'section-reviewer', // 科室审核
  'confidentiality-reviewer', // 保密审核
  'leader-in-charge', // 分管负责人
  'principal-leader', // 主要负责人
  'site-administrator', // 网站管理员 (whole site, no unit)
] as const;
export type Duty = (typeof DUTIES)[number];

export const DUTY_LABELS: Readonly<Record<Duty, { zh: string; en: string }>> = {
  'information-officer': { zh: '信息员', en: 'information officer' },
  'section-reviewer': { zh: '科室审核', en: 'section reviewer' },
  'confidentiality-reviewer': { zh: '保密审核', en: 'confidentiality reviewer' },
  'leader-in-charge': { zh: '分管负责人', en: 'leader in charge' },
  'principal-leader': { zh: '主要负责人', en: 'principal leader' },
  'site-administrator': { zh: '网站管理员', en: 'site administrator' },
};

export const isDuty = (value: unknown): value is Duty =>
  typeof value === 'string' && (DUTIES as readonly string[]).includes(value);

/** A person as recorded in decisions and the audit trail: the admin user's id and real name (一人一账号、实名). */
export interface PersonRef {
  id: number;
  name: string;
}

/** A bilingual label. */
export interface Label {
  zh: string;
  en: string;
}

/**
 * The overdue plugin's pure rules: what is late (computeFindings), how the site stands against the
 * national veto items (vetoRisk), the digest email (digestRows, renderDigest), escalation and the
 * plugin config. No Strapi, no I/O, no clock: the service passes `now` and a Deadlines built on the
 * responsibility plugin's service.
 */
export * from './types';
export * from './config';
export * from './finding';
export { computeFindings, compareFindings } from './findings';
export { prepareScan, type PreparedScan } from './prepared';
export { vetoRisk, VETO_ITEM_KEYS, type VetoItem, type VetoItemKey, type VetoRisk, type HomepageVeto } from './veto';
export { digestRows, renderDigest, escapeHtml, type DigestRow, type DigestInput, type DigestSubjectType, type RenderedDigest } from './digest';
export { shouldEscalate } from './escalation';
export { lastWorkingDayOf } from './quota-rules';
export { updateDeadlineOf, isBlankColumn, type UpdateDeadline } from './column-rules';
export { formatDate, formatDateZh, isoDateOf, shanghaiDateOf, type CalendarDate } from '@content-assurance/kit/shared';

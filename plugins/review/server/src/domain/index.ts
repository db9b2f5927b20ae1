/** The review plugin's pure domain: no Strapi, no I/O, no clock. */
export * from './types';
export * from './canonical-json';
export * from './content-hash';
export * from './workflow';
export * from './state-machine';
export * from './audit-chain';
export * from './sensitive-words';
export * from './approval-sheet';
export * from './ledger';
export { formatChineseDate, formatChineseDateTime, formatDateValue, formatIsoLikeDate, formatIsoLikeDateTime, shanghaiParts, toInstant, type ShanghaiParts } from '@content-assurance/kit/shared';
export * from './notification-mail';

import { errors, yup } from '@strapi/utils';

import type { SubjectType } from '../repositories/subjects';
import { both, recordId, validateKnown } from '@content-assurance/kit/server';
import { say } from '../errors';

/** The item types in URLs, by their short names. */
export const SUBJECT_NAMES: Record<string, SubjectType> = {
  article: 'api::article.article',
  interpretation: 'api::interpretation.interpretation',
  reply: 'api::reply.reply',
};

export const subjectRef = (params: Record<string, string>): { type: SubjectType; documentId: string } => {
  const type = SUBJECT_NAMES[params.type];
  if (!type) throw new errors.ValidationError(...say(`未知的条目类型“${params.type}”：应为 article、interpretation 或 reply`, `Unknown item type "${params.type}": article, interpretation or reply`));
  if (!/^[a-z0-9]{10,40}$/i.test(params.documentId ?? '')) throw new errors.ValidationError(...say(`无效的文档编号“${params.documentId}”`, `Invalid documentId "${params.documentId}"`));
  return { type, documentId: params.documentId };
};

/** Refuse keys the schema does not name (yup only strips them when it casts), then validate. */
const known = validateKnown;
const BODY = { strict: true };
const QUERY = { strict: false };

export const validateDecision = known(
  yup.object({
    levelKey: yup.string().required().max(64),
    decision: yup.string().oneOf(['approve', 'reject']).required(),
    opinion: yup.string().nullable().max(2000),
  }),
  BODY,
);

export const validateUrgent = known(yup.object({ reason: yup.string().required().max(500) }), BODY);

export const validateWorkflow = (partial: boolean) =>
  known(
    yup.object({
      name: partial ? yup.string().max(100) : yup.string().required().max(100),
      levels: partial ? yup.mixed() : yup.mixed().required(),
      contentTypes: yup.array().of(yup.string().required()),
      columnIds: yup.array().of(recordId().required()),
      isDefault: yup.boolean(),
    }),
    BODY,
  );

export const validateWord = (partial: boolean) =>
  known(
    yup.object({
      word: partial ? yup.string().trim().min(1).max(100) : yup.string().trim().min(1).max(100).required(),
      list: partial ? yup.string().oneOf(['banned', 'suspect']) : yup.string().oneOf(['banned', 'suspect']).required(),
      note: yup.string().nullable().max(255),
    }),
    BODY,
  );

export const validateSheetQuery = known(yup.object({ format: yup.string().oneOf(['html', 'json']).default('html') }), QUERY);

export const validateLedgerQuery = known(
  yup.object({
    from: yup.string().matches(/^\d{4}-\d{2}-\d{2}$/, both('应为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD')).required(),
    to: yup.string().matches(/^\d{4}-\d{2}-\d{2}$/, both('应为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD')).required(),
    unit: recordId(),
    format: yup.string().oneOf(['xlsx', 'csv', 'json']).default('xlsx'),
  }),
  QUERY,
);

/** An id from the path: a whole number from 1 to 2147483647 (./input.ts). */
export { parseId as positiveId } from '@content-assurance/kit/server';

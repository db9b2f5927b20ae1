import { errors, yup } from '@strapi/utils';

import { DUTIES, type Duty } from '../domain/duties';
import { GUARANTEE_METHODS, type GuaranteeMethod } from '../domain/methods';
import { DUE_STATUSES } from '../domain/column-status';
import { pageNumber, recordId, validateInput } from './input';
import { say } from '../errors';

/**
 * Input validation at the edge: every route's body and query is checked here and answered 400 with
 * the field and what is wrong, before any service runs.
 */

/** Cast query strings ("5", "true") and apply defaults (unknown keys are refused by `known` below). */
const LENIENT = { strict: false };

/**
 * Refuse keys the schema does not name — yup only strips them when it casts — then validate.
 * Bodies are JSON: checked strictly (a number must be a number). Queries are strings: cast.
 */
const known =
  (schema: ReturnType<typeof yup.object>, options: { strict: boolean }) =>
  async (input: unknown): Promise<unknown> => {
    const fields = Object.keys((schema as unknown as { fields: Record<string, unknown> }).fields);
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      const unknown = Object.keys(input).filter((key) => !fields.includes(key));
      if (unknown.length > 0) {
        throw new errors.ValidationError(...say(`未知字段：${unknown.join('、')}（可用：${fields.join('、')}）`, `Unknown fields: ${unknown.join(', ')}`));
      }
    }
    return validateInput(schema, options)(input);
  };
const BODY = { strict: true };

/** Ids: whole numbers from 1 to 2147483647 (./input.ts). */
const id = recordId;
const day = () =>
  yup
    .string()
    .nullable()
    .matches(/^\d{4}-\d{2}-\d{2}$/, '${path} must be a date YYYY-MM-DD');

export interface AssignmentInput {
  columnId?: number;
  content?: string | null;
  unitIds?: number[];
  unitGroupIds?: number[];
  methods?: GuaranteeMethod[];
  frequencyText?: string;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  note?: string | null;
}

const assignmentShape = {
  columnId: id(),
  content: yup.string().nullable().max(2000),
  unitIds: yup.array().of(id().required()).max(200),
  unitGroupIds: yup.array().of(id().required()).max(50),
  methods: yup
    .array()
    .of(yup.string().oneOf([...GUARANTEE_METHODS]).required())
    .min(1, 'choose at least one method (保障方式)'),
  frequencyText: yup.string().max(255),
  effectiveFrom: day(),
  effectiveTo: day(),
  note: yup.string().nullable().max(2000),
};

export const validateAssignmentUpdate = known(yup.object(assignmentShape), BODY);
export const validateAssignmentCreate = known(
  yup.object({ ...assignmentShape, columnId: id().required(), methods: assignmentShape.methods.required(), frequencyText: yup.string().max(255) }),
  BODY,
);

export interface AssignmentListQuery {
  channel?: number;
  unit?: number;
  method?: GuaranteeMethod;
  frequency?: string;
  due?: (typeof DUE_STATUSES)[number] | 'unassigned';
  q?: string;
}

export const validateAssignmentQuery = known(
  yup.object({
    channel: id(),
    unit: id(),
    method: yup.string().oneOf([...GUARANTEE_METHODS]),
    frequency: yup.string().oneOf(['every', 'fixed-dates', 'monthly-by-day', 'as-needed', 'unspecified', 'reply-within']),
    due: yup.string().oneOf([...DUE_STATUSES, 'unassigned']),
    q: yup.string().max(100),
  }),
  LENIENT,
);

export interface DutyInput {
  duty: Duty;
  unitId: number | null;
  userId: number;
  note?: string | null;
}

export const validateDutyCreate = known(
  yup.object({
    duty: yup.string().oneOf([...DUTIES]).required(),
    unitId: id().nullable(),
    userId: id().required(),
    note: yup.string().nullable().max(255),
  }),
  BODY,
);

export const validateDutyQuery = known(
  yup.object({ unit: id(), duty: yup.string().oneOf([...DUTIES]), user: id() }),
  LENIENT,
);

export const validatePage = known(
  yup.object({ page: pageNumber().default(1), pageSize: yup.number().integer().min(1).max(200).default(50) }),
  LENIENT,
);

export const validateImportQuery = known(
  yup.object({ dryRun: yup.boolean().default(true) }),
  LENIENT,
);

export const validateExportQuery = known(
  yup.object({ format: yup.string().oneOf(['csv', 'xlsx']).default('xlsx'), headers: yup.string().oneOf(['en', 'zh']).default('en') }),
  LENIENT,
);


import { errors, yup } from '@strapi/utils';

import { DUTIES, type Duty } from '../domain/duties';
import { GUARANTEE_METHODS, type GuaranteeMethod } from '../domain/methods';
import { DUE_STATUSES } from '../domain/column-status';
import { both, pageNumber, recordId, validateKnown } from '@content-assurance/kit/server';
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
const known = validateKnown;
const BODY = { strict: true };

/** Ids: whole numbers from 1 to 2147483647 (the kit's validation). */
const id = recordId;
const day = () =>
  yup
    .string()
    .nullable()
    .matches(/^\d{4}-\d{2}-\d{2}$/, both('应为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD'));

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
    .min(1, both('至少选择一种保障方式', 'needs at least one method')),
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
  /** The person's admin account; absent or null for a person without one (then `name`). */
  userId?: number | null;
  name?: string | null;
  title?: string | null;
  mobile?: string | null;
  email?: string | null;
  note?: string | null;
}

/** The 备案表 fields of a person (姓名、职务、手机、邮箱). */
const personFields = {
  name: yup.string().nullable().max(50),
  title: yup.string().nullable().max(100),
  mobile: yup
    .string()
    .nullable()
    .matches(/^[0-9+\- ]{5,20}$/, { message: both('手机号码格式不正确（数字、+、- 和空格，5 至 20 位）', 'is not a phone number (digits, +, - and spaces, 5 to 20)'), excludeEmptyString: true }),
  email: yup.string().nullable().max(255).email(both('邮箱格式不正确', 'is not an email address')),
  note: yup.string().nullable().max(255),
};

export const validateDutyCreate = known(
  yup.object({
    duty: yup.string().oneOf([...DUTIES]).required(),
    unitId: id().nullable(),
    userId: id().nullable(),
    ...personFields,
  }),
  BODY,
);

export type DutyUpdateInput = Omit<DutyInput, 'duty' | 'unitId'>;

export const validateDutyUpdate = known(yup.object({ userId: id().nullable(), ...personFields }), BODY);

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


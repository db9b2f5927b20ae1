import { errors, validateYupSchema, yup } from '@strapi/utils';

import { say, type Messages } from '../shared/messages';

/**
 * Ids and page numbers from a request, checked before they reach the database: an id is a whole number
 * from 1 to 2147483647 (a PostgreSQL integer; a larger one made PostgreSQL fail with 500).
 */
export const MAX_ID = 2147483647;

/**
 * A yup message in both languages: yup keeps a message function's result as the field error's message,
 * and the app's error middleware picks the person's language from it (details.errors[].message).
 */
export const both =
  (zh: string, en: string) =>
  ({ path }: { path?: string }): Messages => ({ 'zh-Hans': `${path ?? ''} ${zh}`.trim(), en: `${path ?? ''} ${en}`.trim() });

const ID_RULE = both(`应为 1 至 ${MAX_ID} 的整数`, `must be a whole number from 1 to ${MAX_ID}`);
const PAGE_RULE = both('应为正整数', 'must be a whole number from 1');

/**
 * Strapi's validateYupSchema, with the messages of {@link both}: yup puts a single field error's message
 * (both texts) as the error's own message, which must stay a string (Strapi's body middleware reads it);
 * it becomes the Chinese text, with both texts in details.messages for the error middleware.
 */
export const validateInput =
  (schema: Parameters<typeof validateYupSchema>[0], options?: Parameters<typeof validateYupSchema>[1]) =>
  async (input: unknown): Promise<unknown> => {
    try {
      return await validateYupSchema(schema, options)(input);
    } catch (error) {
      if (error instanceof errors.ValidationError && typeof error.message !== 'string') {
        const texts = error.message as unknown as Messages;
        error.message = texts['zh-Hans'];
        error.details = { ...(error.details as Record<string, unknown>), messages: texts };
      }
      throw error;
    }
  };

/**
 * Strict validation: refuse keys the schema does not name (yup only strips them when it casts), then
 * validate. Bodies are JSON: checked with `{ strict: true }` (a number must be a number); queries are
 * strings: `{ strict: false }` casts them.
 */
export const validateKnown =
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

/** A yup schema for an id in a query or a body. */
export const recordId = () => yup.number().typeError(ID_RULE).integer(ID_RULE).min(1, ID_RULE).max(MAX_ID, ID_RULE);

/** A page number (page=1, 2, …). */
export const pageNumber = () =>
  yup
    .number()
    .typeError(PAGE_RULE)
    .integer(PAGE_RULE)
    .min(1, PAGE_RULE)
    .max(MAX_ID, both(`最大为 ${MAX_ID}`, `is at most ${MAX_ID}`));

/** An id from the path (`/things/:id`); `what` names it, e.g. '栏目 column'. */
export const parseId = (value: string | undefined, what: string): number => {
  const text = (value ?? '').trim();
  const id = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) {
    const name = what.trim();
    throw new errors.ValidationError(...say(`${name} 编号无效：“${value}”，应为 1 至 ${MAX_ID} 的整数`, `Invalid ${name} id "${value}": a whole number from 1 to ${MAX_ID}`));
  }
  return id;
};

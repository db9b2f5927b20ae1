import { errors, yup } from '@strapi/utils';
import { say } from '../errors';

/**
 * Ids and page numbers from a request, checked before they reach the database: an id is a whole number
 * from 1 to 2147483647 (a PostgreSQL integer; a larger one made PostgreSQL fail with 500). The same file
 * in each plugin (responsibility, review, overdue) until they share a kit package: keep them identical.
 */
export const MAX_ID = 2147483647;

const ID_RULE = `应为 1 至 ${MAX_ID} 的整数 (a whole number from 1 to ${MAX_ID})`;

/** A yup schema for an id in a query or a body. */
export const recordId = () =>
  yup
    .number()
    .typeError(`\${path} ${ID_RULE}`)
    .integer(`\${path} ${ID_RULE}`)
    .min(1, `\${path} ${ID_RULE}`)
    .max(MAX_ID, `\${path} ${ID_RULE}`);

/** A page number (page=1, 2, …). */
export const pageNumber = () =>
  yup
    .number()
    .typeError(`\${path} 应为正整数 (a whole number from 1)`)
    .integer(`\${path} 应为正整数 (a whole number from 1)`)
    .min(1, `\${path} 应为正整数 (a whole number from 1)`)
    .max(MAX_ID, `\${path} 最大为 ${MAX_ID} (at most ${MAX_ID})`);

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

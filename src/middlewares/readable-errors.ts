import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { badInput, bilingualStrapiMessage, checkContentApiQuery, classifyBadInput } from '../security/bad-input';

interface FieldError {
  path?: (string | number)[];
  message: string;
}

/**
 * Every answer to a malformed request is a 400 a person can read, in one place (inside strapi::errors):
 * - a body with several invalid fields: every field's problem spelled out ("2 errors occurred" says nothing);
 * - a body that is not JSON: 400 saying so; one too large: 413 saying so;
 * - a content-API query with bad pagination numbers or non-integer ids in filters: 400 before it runs;
 * - database and query-builder errors caused by the caller's values (src/security/bad-input.ts): 400
 *   instead of a 500, logged as one line without SQL;
 * - Strapi's English query messages ("Invalid key x") get a Chinese lead.
 */
const describe = ({ path = [], message }: FieldError): string => {
  const field = path.join('.');
  return !field || message.startsWith(String(path[path.length - 1])) ? message : `${field}: ${message}`;
};

interface HttpLikeError {
  status?: number;
  type?: string;
  limit?: number;
}

const sizeText = (bytes: number | undefined): string => {
  if (!bytes) return '';
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
};

const readableErrors: Core.MiddlewareFactory = (_config, { strapi }) => async (ctx, next) => {
  if (ctx.path.startsWith('/api/')) {
    const problem = checkContentApiQuery(ctx.query as Record<string, unknown>);
    if (problem) throw new errors.ValidationError(problem.message, { kind: problem.kind });
  }
  try {
    await next();
  } catch (error) {
    if (error instanceof SyntaxError && (error as SyntaxError & { status?: number }).status === 400) {
      throw new errors.ValidationError(`${badInput('bad-json').message.replace(/\)$/, '')}: ${error.message})`);
    }
    if ((error as HttpLikeError)?.status === 413 && (error as HttpLikeError).type === 'entity.too.large') {
      const limit = sizeText((error as HttpLikeError).limit);
      throw new errors.PayloadTooLargeError(`请求体过大${limit ? `（最大 ${limit}）` : ''} (the request body is too large${limit ? `: ${limit} at most` : ''})`);
    }
    if (error instanceof errors.ValidationError) {
      const fieldErrors = ((error.details as { errors?: FieldError[] } | undefined)?.errors ?? []).filter((e) => e?.message);
      if (fieldErrors.length > 1) {
        error.message = fieldErrors.map(describe).join('; ');
      } else {
        error.message = bilingualStrapiMessage(error.message) ?? error.message;
      }
      throw error;
    }
    if (error instanceof errors.ApplicationError) {
      error.message = bilingualStrapiMessage(error.message) ?? error.message;
      throw error;
    }
    if (error instanceof errors.HttpError) throw error;
    const bad = classifyBadInput(error);
    if (bad) {
      // One line, no SQL: the database's message carries the whole statement.
      strapi.log.warn(`bad input → 400 (${bad.kind}): ${ctx.method} ${ctx.path}`);
      throw new errors.ValidationError(bad.message, { kind: bad.kind });
    }
    throw error;
  }
};

export default readableErrors;

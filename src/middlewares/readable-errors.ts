import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface FieldError {
  path?: (string | number)[];
  message: string;
}

/**
 * Strapi answers a body with several invalid fields "2 errors occurred"; a person needs to know which.
 * This global middleware (inside strapi::errors) spells every field's problem out in the message,
 * keeping the 400 status and the `details.errors` list as they were. A body that is not JSON gets a
 * 400 that says so, instead of a logged stack trace.
 */
const describe = ({ path = [], message }: FieldError): string => {
  const field = path.join('.');
  return !field || message.startsWith(String(path[path.length - 1])) ? message : `${field}: ${message}`;
};

const readableErrors: Core.MiddlewareFactory = () => async (_ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (error instanceof SyntaxError && (error as SyntaxError & { status?: number }).status === 400) {
      throw new errors.ValidationError(`请求体不是有效的 JSON (the request body is not valid JSON: ${error.message})`);
    }
    if (error instanceof errors.ValidationError) {
      const fieldErrors = ((error.details as { errors?: FieldError[] } | undefined)?.errors ?? []).filter((e) => e?.message);
      if (fieldErrors.length > 1) {
        error.message = fieldErrors.map(describe).join('; ');
      }
    }
    throw error;
  }
};

export default readableErrors;

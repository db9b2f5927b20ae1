import createHttpError from 'http-errors';

/**
 * 409 Conflict with a message a person can act on. @strapi/utils has no ConflictError; Strapi's error
 * middleware answers an http-errors HttpError with its status, name and message.
 */
export const conflict = (message: string, details?: Record<string, unknown>) =>
  Object.assign(createHttpError(409, message), details ? { details } : {});

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { bilingual, languageOfRequest, localizeError, textIn, type Bilingual, type Language } from '@content-assurance/kit/shared';
import { yupMessage } from '../i18n/yup-messages';
import { explainForbidden } from '../content-manager/forbidden';
import { badInput, checkContentApiQuery, classifyBadInput, strapiMessage } from '../security/bad-input';

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
 * - every message in ONE language, the person's (packages/kit/src/shared/language.ts): errors that carry both texts in
 *   `details.messages` (the plugins' `say(zh, en)`), field errors with both texts, and Strapi's English query
 *   messages ("Invalid key x", given a Chinese text here) are answered in the admin user's interface
 *   language or the Accept-Language of a content-API caller (zh-Hans by default);
 * - a content-manager entry refused with Strapi's bare "Forbidden" says what was refused and what to do
 *   (src/content-manager/forbidden.ts).
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
  // Chosen when needed: an admin user is known only after the route's authentication ran.
  const language = (): Language => languageOfRequest(ctx);
  const say = (message: Bilingual) => textIn(message, language());
  if (ctx.path.startsWith('/api/')) {
    const problem = checkContentApiQuery(ctx.query as Record<string, unknown>);
    if (problem) throw new errors.ValidationError(say(problem.message), { kind: problem.kind });
  }
  try {
    await next();
    // The content-manager refuses an entry with ctx.forbidden(): an answered bare "Forbidden", no error thrown.
    const body = ctx.body as { error?: { message?: unknown } } | undefined;
    if (ctx.status === 403 && body?.error?.message === 'Forbidden') {
      const refused = explainForbidden(ctx.method, ctx.path);
      if (refused) body.error.message = say(refused);
    }
  } catch (error) {
    if (error instanceof SyntaxError && (error as SyntaxError & { status?: number }).status === 400) {
      const text = badInput('bad-json').message;
      throw new errors.ValidationError(say(bilingual(`${text['zh-Hans']}：${error.message}`, `${text.en}: ${error.message}`)));
    }
    if ((error as HttpLikeError)?.status === 413 && (error as HttpLikeError).type === 'entity.too.large') {
      const limit = sizeText((error as HttpLikeError).limit);
      throw new errors.PayloadTooLargeError(
        say(bilingual(`请求体过大${limit ? `（最大 ${limit}）` : ''}`, `The request body is too large${limit ? `: ${limit} at most` : ''}`)),
      );
    }
    if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) {
      const localized = localizeError(error as { message: string; details?: unknown }, language());
      if (!localized) {
        const known = strapiMessage(error.message);
        if (known) error.message = say(known);
      }
    }
    if (error instanceof errors.ValidationError) {
      const fieldErrors = ((error.details as { errors?: FieldError[] } | undefined)?.errors ?? []).filter((e) => e?.message);
      // yup's own English ("from is a required field") in the person's language.
      for (const fieldError of fieldErrors) {
        const translated = typeof fieldError.message === 'string' ? yupMessage(fieldError.message) : null;
        if (translated) fieldError.message = say(translated);
      }
      const own = yupMessage(error.message);
      if (own) error.message = say(own);
      if (fieldErrors.length > 1) {
        const texts = fieldErrors.map(describe);
        // Strapi's own field messages are English whatever the language: joined the English way then.
        error.message = texts.join(language() === 'zh-Hans' && texts.every((t) => /[\u4e00-\u9fff]/.test(t)) ? '；' : '; ');
      }
      throw error;
    }
    if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) throw error;
    const bad = classifyBadInput(error);
    if (bad) {
      // One line, no SQL: the database's message carries the whole statement.
      strapi.log.warn(`bad input → 400 (${bad.kind}): ${ctx.method} ${ctx.path}`);
      throw new errors.ValidationError(say(bad.message), { kind: bad.kind });
    }
    throw error;
  }
};

export default readableErrors;

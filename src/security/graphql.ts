import { errors } from '@strapi/utils';
import { GraphQLError, getNullableType, isListType, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

import { DEFAULT_LANGUAGE, bilingual, languageOfRequest, localizeError, textIn, type Language, type RequestLike } from '@content-assurance/kit/shared';
import { classifyBadInput, strapiMessage } from './bad-input';

/**
 * GraphQL's side of the input rules (config/plugins.ts, graphql.config.apolloServer):
 * - `formatError` answers malformed input (the errors src/security/bad-input.ts classifies) with
 *   BAD_USER_INPUT and the same message as REST, in the caller's language (Accept-Language, see
 *   packages/kit/src/shared/language.ts; errors carrying both texts are answered in one), and never sends SQL, a stack or an internal
 *   error's message; it replaces @strapi/plugin-graphql's own formatter and keeps its codes
 *   (FORBIDDEN, BAD_USER_INPUT, STRAPI_<NAME>).
 * - a cost limit: each field costs 1, and a list field multiplies what is under it by the number of rows
 *   it may return (its pagination limit, else the default page size), so a deep or wide query is refused
 *   with 400 before it runs.
 */

interface LogLike {
  warn(message: string): void;
  error(message: string): void;
}

/** Strapi's logger at the time of the call (the global Strapi sets on load). */
const strapiLog = (): LogLike | undefined => (globalThis as { strapi?: { log?: LogLike } }).strapi?.log;

/** The language of the request being answered (Strapi's request context), zh-Hans outside one. */
const requestLanguage = (): Language => {
  const ctx = (globalThis as { strapi?: { requestContext?: { get(): RequestLike | undefined } } }).strapi?.requestContext?.get();
  return ctx ? languageOfRequest(ctx) : DEFAULT_LANGUAGE;
};

/** The error a resolver threw, as @apollo/server's unwrapResolverError does. */
const unwrap = (error: unknown): unknown => (error instanceof GraphQLError && error.path && error.originalError ? error.originalError : error);

const upperSnake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();

/** Text of an error for the log: name and message, without the SQL knex puts before " - ". */
const logText = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cut = error.message.lastIndexOf(' - ');
  const message = cut >= 0 ? error.message.slice(cut + 3) : error.message;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8).join('\n');
  return `${error.name}: ${message}${frames ? `\n${frames}` : ''}`;
};

export const createFormatError =
  (log: () => LogLike | undefined = strapiLog, language: () => Language = requestLanguage) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const where = { locations: formatted.locations, path: formatted.path };
    const original = unwrap(error);
    const answer = (message: string, code: string, strapiError?: { name: string; message: string; details?: unknown }): GraphQLFormattedError => ({
      message,
      ...where,
      extensions: { ...(strapiError ? { error: strapiError } : {}), code },
    });

    if (original instanceof GraphQLError) {
      const messages = original.extensions?.messages;
      if (messages && typeof messages === 'object') {
        const { messages: _both, ...rest } = extensions;
        const chosen = { message: original.message, details: { messages } };
        localizeError(chosen, language());
        return { ...formatted, message: chosen.message, extensions: rest };
      }
      return { ...formatted, extensions };
    }
    /** The error's message in the caller's language (details.messages, field errors, Strapi's own English). */
    const localized = (strapiError: { message: string; details?: unknown }): string => {
      const copy = { message: strapiError.message, details: strapiError.details && typeof strapiError.details === 'object' ? structuredClone(strapiError.details) : strapiError.details };
      if (!localizeError(copy, language())) {
        const known = strapiMessage(copy.message);
        if (known) copy.message = textIn(known, language());
      }
      strapiError.details = copy.details;
      return copy.message;
    };
    if (original instanceof errors.ForbiddenError || original instanceof errors.UnauthorizedError) {
      const details = { details: original.details, message: original.message };
      const message = localized(details);
      return answer(message, 'FORBIDDEN', { name: original.name, message, details: details.details });
    }
    if (original instanceof errors.ValidationError) {
      const details = { details: original.details, message: original.message };
      const message = localized(details);
      return answer(message, 'BAD_USER_INPUT', { name: original.name, message, details: details.details });
    }
    if (original instanceof errors.ApplicationError) {
      const details = { details: original.details, message: original.message };
      const message = localized(details);
      return answer(message, `STRAPI_${upperSnake(original.name)}`, { name: original.name, message, details: details.details });
    }
    if (original instanceof errors.HttpError) {
      const details = { details: (original as { details?: unknown }).details, message: original.message };
      const message = localized(details);
      return answer(message, `STRAPI_${upperSnake(original.name)}`, { name: original.name, message });
    }
    const bad = classifyBadInput(original);
    if (bad) {
      const path = formatted.path?.join('.') ?? '';
      log()?.warn(`bad input → BAD_USER_INPUT (${bad.kind}): GraphQL ${path}`);
      const message = textIn(bad.message, language());
      return answer(message, 'BAD_USER_INPUT', { name: 'ValidationError', message, details: { kind: bad.kind } });
    }
    log()?.error(`GraphQL internal error at ${formatted.path?.join('.') ?? '(request)'}: ${logText(original)}`);
    return answer('Internal Server Error', 'INTERNAL_SERVER_ERROR');
  };

// ── query cost ──

export interface CostSettings {
  /** Refuse operations above this cost (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Rows a list returns when the query names no limit (the plugin's defaultLimit). */
  defaultLimit: number;
  /** The most rows a list returns (the plugin's maxLimit). */
  maxLimit: number;
}

const rowsAsked = (args: Record<string, unknown>, settings: CostSettings): number => {
  const pagination = (args.pagination ?? {}) as { limit?: unknown; pageSize?: unknown };
  const asked = typeof pagination.limit === 'number' ? pagination.limit : typeof pagination.pageSize === 'number' ? pagination.pageSize : settings.defaultLimit;
  if (asked < 0) return settings.maxLimit;
  return Math.max(1, Math.min(asked, settings.maxLimit));
};

/** 1 per field; a list multiplies its selection by the rows it may return. */
export const listEstimator =
  (settings: CostSettings): ComplexityEstimator =>
  ({ field, args, childComplexity }) => {
    const list = isListType(getNullableType(field.type));
    return 1 + (list ? rowsAsked(args, settings) : 1) * childComplexity;
  };

export const costOf = (schema: GraphQLSchema, document: DocumentNode, settings: CostSettings, variables?: Record<string, unknown>, operationName?: string): number =>
  getComplexity({ schema, query: document, variables, operationName, estimators: [listEstimator(settings)] });

interface RequestContextLike {
  schema: GraphQLSchema;
  document?: DocumentNode;
  request: { variables?: Record<string, unknown>; operationName?: string };
}

/** An Apollo Server plugin that refuses, with 400 and BAD_USER_INPUT, an operation that costs more than maxCost. */
export const costLimitPlugin = (settings: CostSettings) => ({
  async requestDidStart() {
    return {
      async didResolveOperation(context: RequestContextLike) {
        if (!context.document) return;
        let cost: number;
        try {
          cost = costOf(context.schema, context.document, settings, context.request.variables, context.request.operationName);
        } catch (error) {
          // Variables that do not fit the schema: GraphQL's own validation answers them.
          if (error instanceof GraphQLError) return;
          throw error;
        }
        if (cost > settings.maxCost) {
          const messages = bilingual(
            `查询过于复杂（成本 ${cost}，上限 ${settings.maxCost}）：请减少嵌套、字段或每页条数`,
            `The query is too costly: ${cost}, at most ${settings.maxCost}; ask for fewer nested lists, fields or rows per page`,
          );
          // formatError answers in the caller's language and drops `messages`.
          throw new GraphQLError(messages['zh-Hans'], { extensions: { code: 'BAD_USER_INPUT', cost, maxCost: settings.maxCost, messages, http: { status: 400 } } });
        }
      },
    };
  },
});

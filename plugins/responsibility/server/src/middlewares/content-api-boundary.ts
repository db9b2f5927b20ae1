import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { publishedOnlyFilters, type ModelInfo } from '../domain/published-filters';
import { contentApiWriteRefused, principalOfRequest } from '../principal';
import { say } from '../errors';

const READS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

/** The relation targets and draft-and-publish option of a model, as the filter rewrite needs them. */
const modelInfo =
  (strapi: Core.Strapi) =>
  (uid: string): ModelInfo | null => {
    const model = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]);
    if (!model) return null;
    return {
      draftAndPublish: !!model.options?.draftAndPublish,
      relationTarget: (attribute) => {
        const definition = model.attributes[attribute] as { type?: string; target?: string } | undefined;
        return definition?.type === 'relation' && definition.target ? definition.target : null;
      },
    };
  };

/** What the content API may write: per content type, the fields a caller may set on create. */
export type ContentApiSubmissions = Record<string, readonly string[]>;

/**
 * The content API's boundary, in the Document Service so that REST, GraphQL (queries, mutations and
 * the relations they resolve) and any plugin route pass it: a content-API caller — the public, a
 * users-permissions account, an API token — reads only published versions of the app's types
 * (`status=draft` is refused, a missing status means published). The public and users-permissions
 * accounts write nothing but the submissions configured (the public's inquiries, with the public's
 * fields only); an API token writes what its permissions grant, items excepted. The admin and code
 * outside a request are not concerned.
 */
export const contentApiBoundary =
  (strapi: Core.Strapi, submissions: () => ContentApiSubmissions): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!context.uid.startsWith('api::')) return next();
    const principal = principalOfRequest(strapi);
    if (principal.kind !== 'content-api') return next();
    const params = context.params as { status?: string; filters?: unknown; data?: Record<string, unknown> };

    if (READS.has(context.action)) {
      // A filter through a relation must not match drafts either (it would reveal their text by what it finds).
      if (params.filters !== undefined) params.filters = publishedOnlyFilters(params.filters, context.uid, modelInfo(strapi));
      if (!strapi.contentType(context.uid)?.options?.draftAndPublish) return next();
      if (params.status === 'draft') {
        throw new errors.PolicyError(...say('草稿只在管理后台可见，内容接口只提供已发布的版本', 'Drafts stay in the admin: the content API serves published versions only'));
      }
      params.status = 'published';
      return next();
    }

    // An API token writes what its permissions grant (a site administrator made it for a machine client),
    // except items, which need a person: the ownership guard refuses those.
    if (principal.via === 'api-token') return next();
    const fields = submissions()[context.uid];
    if (context.action !== 'create' || !fields) throw contentApiWriteRefused();
    const data = params.data && typeof params.data === 'object' ? params.data : {};
    params.data = Object.fromEntries(fields.filter((field) => field in data).map((field) => [field, data[field]]));
    return next();
  };

import type { Core } from '@strapi/strapi';

import type { ResponsibilityConfig } from './config';
import { decorateAdminPasswordControllers, decorateAdminUserService } from './middlewares/admin-accounts';
import { contentApiBoundary } from './middlewares/content-api-boundary';
import { ownershipGuard } from './middlewares/ownership-guard';
import { installPasswordGate } from './middlewares/password-gate';
import { PLUGIN_ID } from './plugin-id';
import { OWNERSHIP_SOURCES } from './services/ownership';
import { getService } from './utils';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // First the content API's boundary (published reads, no writes but the public's submissions), then 谁主管谁负责.
  strapi.documents.use(contentApiBoundary(strapi, () => strapi.config.get<ResponsibilityConfig>(`plugin::${PLUGIN_ID}`).contentApi.submissions));
  strapi.documents.use(ownershipGuard(strapi, () => getService(strapi, 'ownership')));
  // Ownership is read on every request of an officer: drop the cached snapshot when its sources change.
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (OWNERSHIP_SOURCES.has(context.uid) && WRITES.has(context.action)) {
      const invalidate = () => getService(strapi, 'ownership').invalidate();
      invalidate();
      // and again once the write is committed (a request in between may have cached the old state)
      if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(invalidate));
    }
    return result;
  });
  // The account rules (000 二(四), 002 art. 8): the password rule on every path that sets one, the account log, the password gate.
  const accounts = () => getService(strapi, 'accounts');
  decorateAdminUserService(strapi, accounts);
  decorateAdminPasswordControllers(strapi, accounts);
  installPasswordGate(strapi, accounts);
};

export default register;

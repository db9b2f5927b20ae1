import type { Core } from '@strapi/strapi';

import { defaultAdminLanguage } from './bootstrap/admin-language';
import { applyContentManagerLabels } from './bootstrap/content-manager-labels';
import { grantContentApiPermissionsOnFirstStart } from './bootstrap/content-api-permissions';
import { ensureSuperAdmin } from './bootstrap/super-admin';
import { applyContentApiAccountRules } from './bootstrap/users';
import { ensureOfficerRole, ensureReviewerRole, nameRolesInChinese } from './bootstrap/roles';
import { seedDemoIfEmpty } from './demo';
import { contentRules } from './middlewares/content-rules';
import { inquiryThrottleExtension } from './security/throttle';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(contentRules(strapi));
    // GraphQL's createInquiry shares the inquiry flood limit of POST /api/inquiries (src/security/throttle.ts).
    if (strapi.plugin('graphql')) strapi.plugin('graphql').service('extension').use(inquiryThrottleExtension(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await defaultAdminLanguage(strapi);
    await applyContentManagerLabels(strapi);
    await grantContentApiPermissionsOnFirstStart(strapi);
    await applyContentApiAccountRules(strapi);
    await ensureOfficerRole(strapi);
    await ensureReviewerRole(strapi);
    await nameRolesInChinese(strapi);
    await ensureSuperAdmin(strapi);
    if (process.env.SEED_DEMO !== 'false') await seedDemoIfEmpty(strapi);
  },
};

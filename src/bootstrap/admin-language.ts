import type { Core } from '@strapi/strapi';

import { DEFAULT_LANGUAGE } from '@content-assurance/kit/shared';

/**
 * Chinese is the interface language of every admin account unless the person chose another one in the
 * profile (Strapi's `preferedLanguage`; the admin switches to it at login). New accounts (the demo's, the
 * super admin, invitations, the responsibility plugin's account service) get zh-Hans when they are created
 * without a language; accounts that never chose one (null) are set to zh-Hans at start. The login page,
 * before anyone is known, defaults to zh-Hans in src/admin/app.ts.
 */
export const defaultAdminLanguage = async (strapi: Core.Strapi): Promise<void> => {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      const data = event.params.data as { preferedLanguage?: string | null } | undefined;
      if (data && !data.preferedLanguage) data.preferedLanguage = DEFAULT_LANGUAGE;
    },
  });
  await strapi.db.query('admin::user').updateMany({ where: { $or: [{ preferedLanguage: { $null: true } }, { preferedLanguage: '' }] }, data: { preferedLanguage: DEFAULT_LANGUAGE } });
};

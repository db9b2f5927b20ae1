import type { StrapiApp } from '@strapi/strapi/admin';

import { adminTranslations } from '../content-manager/labels';
import { withEnumNames } from './enum-cell';

/** Strapi keeps the interface language here; without it the login page is English (StrapiApp.render). */
const LANGUAGE_KEY = 'strapi-admin-language';
const DEFAULT_LANGUAGE = 'zh-Hans';

export default {
  config: {
    // Civil servants work in Chinese; English stays available in each user's profile (Strapi always offers 'en').
    locales: ['zh-Hans'],
    // English field labels and the names of enumeration values (src/content-manager/labels.ts); the
    // Chinese labels live in the content-manager's view configuration (src/bootstrap/content-manager-labels.ts).
    translations: adminTranslations(),
    tutorials: false,
    notifications: { releases: false },
  },
  register() {
    // Chinese before anyone logs in; after login the account's own language (preferedLanguage) applies.
    try {
      if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, DEFAULT_LANGUAGE);
    } catch {
      // storage unavailable (private mode): Strapi falls back to English
    }
  },
  bootstrap(app: StrapiApp) {
    // List cells of enumeration columns show the value's name, like the edit view's select does.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', withEnumNames);
  },
};

import type { StrapiApp } from '@strapi/strapi/admin';

// Strapi 5.54's content-manager ships its zh-Hans texts with the plugin prefix already in the ids
// ("content-manager.HeaderLayout.button.label-add-entry") and prefixes them again when it registers them,
// so none applies and the content-manager shows English ("Create new entry") in zh-Hans. We register its
// own texts under their real ids. (Not an exported path of the package: check it on a Strapi upgrade.)
import contentManagerZhHans from '../../node_modules/@strapi/content-manager/dist/admin/translations/zh-Hans.json.mjs';
import { adminTranslations } from '../content-manager/labels';
import { typeNameTranslations } from '../content-manager/type-names';
import { withEnumNames } from './enum-cell';
import { strapiZhHans } from './translations/strapi-zh-Hans';

const ours = adminTranslations();
const typeNames = typeNameTranslations();
const contentManagerTexts = Object.fromEntries(Object.entries(contentManagerZhHans).filter(([id]) => id.startsWith('content-manager.')));

/** Strapi keeps the interface language here; without it the login page is English (StrapiApp.render). */
const LANGUAGE_KEY = 'strapi-admin-language';
const DEFAULT_LANGUAGE = 'zh-Hans';

export default {
  config: {
    // Civil servants work in Chinese; English stays available in each user's profile (Strapi always offers 'en').
    locales: ['zh-Hans'],
    // Strapi's own texts its zh-Hans files lack (src/admin/translations/strapi-zh-Hans), the names of our
    // content types (src/content-manager/type-names.ts) and of enumeration values (src/content-manager/labels.ts);
    // field labels live in the content-manager's view configuration (src/bootstrap/content-manager-labels.ts).
    translations: {
      en: { ...typeNames.en, ...ours.en },
      'zh-Hans': { ...contentManagerTexts, ...strapiZhHans(), ...typeNames['zh-Hans'], ...ours['zh-Hans'] },
    },
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

/**
 * Strapi 5.54's own admin texts in Simplified Chinese that its zh-Hans files lack (or give in English):
 * one JSON file per admin package, keyed by the ids of that package's en.json, unprefixed. Strapi registers a
 * plugin's texts under `<plugin id>.<id>` (prefixPluginTranslations in each plugin's registerTrads) and the
 * admin's own unprefixed; `admin.json` also holds the unprefixed ids other packages use (their English lives only
 * in the code's defaultMessage). On a Strapi upgrade, `npx jest src/admin/translations` lists what to add.
 */
import admin from './admin.json';
import contentManager from './content-manager.json';
import contentReleases from './content-releases.json';
import contentTypeBuilder from './content-type-builder.json';
import email from './email.json';
import i18n from './i18n.json';
import reviewWorkflows from './review-workflows.json';
import upload from './upload.json';
import usersPermissions from './users-permissions.json';

export interface StrapiAdminPackage {
  /** The prefix Strapi gives the package's ids ('' for the admin itself). */
  pluginId: string;
  /** The package's folder under node_modules/@strapi. */
  packageDir: string;
  /** Its translation files, inside the package. */
  translationsDir: string;
  /** Our zh-Hans texts, unprefixed ids. */
  texts: Record<string, string>;
}

const plugin = (pluginId: string, packageDir: string, texts: Record<string, string>): StrapiAdminPackage => ({
  pluginId,
  packageDir,
  translationsDir: 'dist/admin/translations',
  texts,
});

export const STRAPI_ADMIN_PACKAGES: StrapiAdminPackage[] = [
  { pluginId: '', packageDir: 'admin', translationsDir: 'dist/admin/admin/src/translations', texts: admin },
  plugin('content-manager', 'content-manager', contentManager),
  plugin('upload', 'upload', upload),
  plugin('i18n', 'i18n', i18n),
  plugin('content-releases', 'content-releases', contentReleases),
  plugin('review-workflows', 'review-workflows', reviewWorkflows),
  plugin('email', 'email', email),
  plugin('users-permissions', 'plugin-users-permissions', usersPermissions),
  plugin('content-type-builder', 'content-type-builder', contentTypeBuilder),
];

/** The id a package's text is registered under. */
export const registeredId = (pluginId: string, id: string): string => (pluginId ? `${pluginId}.${id}` : id);

/** Our zh-Hans texts of every package, under their registered ids (for config.translations['zh-Hans']). */
export const strapiZhHans = (): Record<string, string> =>
  Object.fromEntries(STRAPI_ADMIN_PACKAGES.flatMap(({ pluginId, texts }) => Object.entries(texts).map(([id, text]) => [registeredId(pluginId, id), text])));

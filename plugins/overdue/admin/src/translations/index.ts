import { PLUGIN_ID } from '../pluginId';

import en from './en.json';
import zhHans from './zh-Hans.json';

const messages: Record<string, Record<string, string>> = { en, 'zh-Hans': zhHans };

/** Prefix every key with the plugin id, as Strapi's admin expects of a plugin's translations. */
export const loadTranslations = async ({ locales }: { locales: string[] }) =>
  locales.map((locale) => ({
    locale,
    data: Object.fromEntries(
      Object.entries(messages[locale] ?? {}).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]),
    ),
  }));

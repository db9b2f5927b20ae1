/**
 * A plugin's messages (translations/en.json, zh-Hans.json) in Strapi's admin: ids prefixed with the
 * plugin id, `useT` for the pages, `loadTranslations` for `registerTrads`. zh-Hans is the admin's
 * default; English is the fallback of every message.
 */
import * as React from 'react';

import { useIntl } from 'react-intl';

export type MessageValues = Record<string, string | number>;

/** `t(key, values)`: a message in the interface language. */
export type Translate<K extends string> = (key: K, values?: MessageValues) => string;

/** The languages the plugins speak, as Strapi's admin names them. */
export type Locale = 'en' | 'zh-Hans';

/** A label the server gives in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Whether the interface is in Chinese (zh-Hans, the default of this admin). */
export const isChinese = (locale: string): boolean => locale.toLowerCase().startsWith('zh');

/** Pick the interface language's half of a label the server gives in both languages. */
export const useBilingual = (): ((label: Bilingual | null | undefined) => string) => {
  const { locale } = useIntl();
  const zh = isChinese(locale);
  return React.useCallback((label: Bilingual | null | undefined) => (label ? (zh ? label.zh : label.en) : ''), [zh]);
};

export interface PluginMessages<K extends string> {
  /** The message id Strapi knows the key by: `<pluginId>.<key>`. */
  getTrad: (key: K) => string;
  /** `t(key, values)`: the plugin's message in the interface language (English as the fallback). */
  useT: () => Translate<K>;
  /** A message key built from data (a kind, a status), when the messages have it. */
  hasMessage: (key: string) => key is K;
}

/**
 * The message helpers of one plugin. `en` is its English messages: their keys are the plugin's
 * message keys (zh-Hans.json has the same keys, see `loadTranslations`).
 */
export const pluginMessages = <M extends Record<string, string>>(pluginId: string, en: M): PluginMessages<keyof M & string> => {
  type K = keyof M & string;
  const getTrad = (key: K): string => `${pluginId}.${key}`;
  const useT = (): Translate<K> => {
    const { formatMessage } = useIntl();
    return React.useCallback((key: K, values?: MessageValues) => formatMessage({ id: getTrad(key), defaultMessage: en[key] }, values), [formatMessage]);
  };
  const hasMessage = (key: string): key is K => Object.prototype.hasOwnProperty.call(en, key);
  return { getTrad, useT, hasMessage };
};

/**
 * `registerTrads` of a plugin: every message of each asked locale, its key prefixed with the plugin
 * id, as Strapi's admin expects of a plugin's translations. The zh-Hans messages must have the keys
 * of the English ones (the compiler checks it here).
 */
export const translationsLoader =
  <M extends Record<string, string>>(pluginId: string, messages: { en: M; 'zh-Hans': Record<keyof M, string> }) =>
  async ({ locales }: { locales: string[] }): Promise<{ locale: string; data: Record<string, string> }[]> =>
    locales.map((locale) => ({
      locale,
      data: Object.fromEntries(
        Object.entries(locale in messages ? messages[locale as Locale] : {}).map(([key, value]) => [`${pluginId}.${key}`, value]),
      ),
    }));

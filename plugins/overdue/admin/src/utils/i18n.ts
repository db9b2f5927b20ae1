import * as React from 'react';

import { useIntl } from 'react-intl';

import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';
import type { Bilingual } from '../types';

/** Every key of the plugin's messages; zh-Hans.json has the same keys. */
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;

export const getTrad = (key: MessageKey): string => `${PLUGIN_ID}.${key}`;

/** Whether the interface is in Chinese (zh-Hans, the default of this admin). */
export const isChinese = (locale: string): boolean => locale.toLowerCase().startsWith('zh');

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** `t(key, values)`: the plugin's message in the interface language (English as the fallback). */
export const useT = (): Translate => {
  const { formatMessage } = useIntl();
  return React.useCallback((key: MessageKey, values?: MessageValues) => formatMessage({ id: getTrad(key), defaultMessage: en[key] }, values), [formatMessage]);
};

/** A message key built from data (a kind, a status), when the messages have it. */
export const hasMessage = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(en, key);

/** Pick the interface language's half of a label the server gives in both languages. */
export const useBilingual = (): ((label: Bilingual | null | undefined) => string) => {
  const { locale } = useIntl();
  const zh = isChinese(locale);
  return React.useCallback((label: Bilingual | null | undefined) => (label ? (zh ? label.zh : label.en) : ''), [zh]);
};

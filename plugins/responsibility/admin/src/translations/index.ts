import { translationsLoader } from '@content-assurance/kit/admin';

import { PLUGIN_ID } from '../pluginId';

import en from './en.json';
import zhHans from './zh-Hans.json';

/** `registerTrads`: the plugin's messages, each key prefixed with the plugin id. */
export const loadTranslations = translationsLoader(PLUGIN_ID, { en, 'zh-Hans': zhHans });

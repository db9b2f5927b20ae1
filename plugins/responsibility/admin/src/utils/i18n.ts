import { pluginMessages, type Translate as KitTranslate } from '@content-assurance/kit/admin';

import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

/** Every key of the plugin's messages; zh-Hans.json has the same keys (checked by the compiler through en.json). */
export type MessageKey = keyof typeof en;
export type Translate = KitTranslate<MessageKey>;

export const { getTrad, useT } = pluginMessages(PLUGIN_ID, en);

/** 频道 › 一级 › 二级 */
export const pathText = (path: readonly string[]): string => path.join(' › ');

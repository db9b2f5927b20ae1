import { PLUGIN_ID } from './pluginId';

/** The plugin's app: /admin/plugins/responsibility (the table), …/import-export, …/duties. */
export const APP_PATH = `plugins/${PLUGIN_ID}`;

/**
 * 我的栏目 has a menu link of its own, open to every admin user (the app's link needs the table's read
 * permission). A path beside the app's, not under it, so that only one menu link shows as active.
 */
export const MY_COLUMNS_PATH = `plugins/${PLUGIN_ID}-my-columns`;

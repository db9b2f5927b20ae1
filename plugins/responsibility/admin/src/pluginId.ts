export const PLUGIN_ID = 'responsibility';

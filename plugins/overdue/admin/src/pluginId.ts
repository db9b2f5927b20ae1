export const PLUGIN_ID = 'overdue';

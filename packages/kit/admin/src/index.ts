/**
 * The admin half of the kit: what the three plugins' admin pages share. Bundled from this source by
 * Strapi's admin build (package.json `exports["./admin"]`); type-checked by src/admin/tsconfig.json.
 */
export * from './api';
export * from './ConfirmAction';
export * from './dates';
export * from './FormModal';
export * from './i18n';
export * from './LoadError';
export * from './Loading';
export * from './NavTabs';
export * from './PluginPage';
export * from './useLoader';

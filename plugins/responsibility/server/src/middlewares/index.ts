import importUpload from './import-upload';

/** Global middlewares this plugin offers (used by name in config/middlewares.ts). */
export default {
  'import-upload': importUpload,
};

export default [
  'strapi::logger',
  'strapi::errors',
  'global::readable-errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // The table import's upload bound (413 before the body parser stores a file), see plugins/responsibility.
  'plugin::responsibility.import-upload',
  'strapi::body',
  'strapi::session',
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'strapi::public',
];

import { corsOrigins } from '../src/security/cors';

export default () => [
  'strapi::logger',
  'strapi::errors',
  'global::readable-errors',
  'strapi::security',
  // Origins from CORS_ORIGINS, else the site's own PUBLIC_URL (+ localhost outside production): src/security/cors.ts.
  { name: 'strapi::cors', config: { origin: corsOrigins() } },
  // Per-address flood limits: logins, the public's inquiries, GraphQL (src/security/throttle.ts).
  'global::throttle',
  'strapi::poweredBy',
  'strapi::query',
  // The table import's upload bound (413 before the body parser stores a file), see plugins/responsibility.
  'plugin::responsibility.import-upload',
  // A GraphQL POST is read by the GraphQL plugin's parser (GRAPHQL_MAX_BODY) whatever its query string.
  'global::graphql-url',
  'strapi::body',
  'strapi::session',
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'strapi::public',
];

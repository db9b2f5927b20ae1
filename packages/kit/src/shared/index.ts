/**
 * The pure half of the kit: no Strapi, no Node-only module. Server code reads it compiled (dist), the
 * admin bundles it from this source (package.json `exports["./shared"]`).
 */
export * from './messages';

/**
 * The pure half of the kit: no Strapi, no Node-only module. Server code reads it compiled (dist), the
 * admin bundles it from this source (package.json `exports["./shared"]`).
 */
export * from './beijing-time';
export * from './column-due';
export * from './domain';
export * from './instants';
export * from './language';
export * from './messages';
export * from './password-policy';
export * from './relation-input';
export * from './wall-time';

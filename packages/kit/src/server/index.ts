/**
 * The Strapi half of the kit, for the plugins' server code and the app (src/): Node only, compiled.
 * It re-exports the pure half so server code needs one import.
 */
export * from '../shared';
export * from './actor';
export * from './clock';
export * from './database';
export * from './errors';
export * from './services';
export * from './ttl-cache';
export * from './validation';
export * from './contracts';

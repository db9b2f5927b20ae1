/**
 * The Strapi half of the kit, for the plugins' server code and the app (src/): Node only, compiled.
 * It re-exports the pure half so server code needs one import.
 */
export * from '../shared';
export * from './errors';

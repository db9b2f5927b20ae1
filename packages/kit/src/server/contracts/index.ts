/** Typed contracts between the plugins: what one may ask another, checked by the compiler on both sides. */
export * from './responsibility';

/** Typed contracts between the plugins and the app: what one may ask another, checked by the compiler on both sides. */
export * from './overdue';
export * from './responsibility';
export * from './review';

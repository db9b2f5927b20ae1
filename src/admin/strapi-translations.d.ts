/** Strapi's bundled translation files (ES modules with a default export of id → text). */
declare module '*.json.mjs' {
  const messages: Record<string, string>;
  export default messages;
}

/** The `env` helper Strapi passes to every config file (typed for our own use). */
export type EnvFn = {
  (key: string, fallback?: string): string;
  int(key: string, fallback?: number): number;
  bool(key: string, fallback?: boolean): boolean;
  array(key: string, fallback?: string[]): string[];
};

/**
 * A secret read from the environment. Outside production a fixed development value keeps
 * `npm install && npm run develop` working on a fresh clone without a .env file;
 * in production a missing secret stops the start with a message naming the variable.
 */
export const secret = (env: EnvFn, key: string, devValue: string): string => {
  const value = env(key, '');
  if (value) return value;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`${key} must be set in production (see .env.example)`);
  }
  return devValue;
};

import type { Core } from '@strapi/strapi';

/**
 * One value reused for `ttlMs` while its key stays the same (other instances' writes show within that
 * time), dropped by `clear` (on this instance's writes of its sources). A failed computation is not kept.
 * - `reuseInTransaction`: whether a transaction may read the kept value.
 * - `keepFromTransaction`: whether a value computed inside a transaction is kept (by default not: the
 *   transaction may roll back what it read).
 */
export const ttlCache = <T>(strapi: Core.Strapi, options: { ttlMs: number; reuseInTransaction: boolean; keepFromTransaction?: boolean }) => {
  let entry: { key: string; at: number; value: Promise<T> } | null = null;
  return {
    get(key: string, compute: () => Promise<T>): Promise<T> {
      const inTransaction = strapi.db.inTransaction();
      if (entry && entry.key === key && Date.now() - entry.at < options.ttlMs && (options.reuseInTransaction || !inTransaction)) return entry.value;
      const value = compute();
      if (!inTransaction || options.keepFromTransaction) {
        const kept = { key, at: Date.now(), value };
        entry = kept;
        value.catch(() => {
          if (entry === kept) entry = null;
        });
      }
      return value;
    },
    clear(): void {
      entry = null;
    },
  };
};

export type TtlCache<T> = ReturnType<typeof ttlCache<T>>;

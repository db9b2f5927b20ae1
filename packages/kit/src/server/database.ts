import type { Core } from '@strapi/strapi';

/** The link table of a relation, as Strapi's metadata describes it. */
export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** The link table of `attribute` of the content type `uid` (for set-based queries in repositories). */
export const joinTableOf = (strapi: Core.Strapi, uid: string, attribute: string): JoinTable =>
  (strapi.db.metadata.get(uid as never).attributes[attribute] as unknown as { joinTable: JoinTable }).joinTable;

/** Run `fn` once the current transaction commits (at once outside a transaction). */
export const afterCommit = async (strapi: Core.Strapi, fn: () => void): Promise<void> => {
  if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(fn));
  else fn();
};

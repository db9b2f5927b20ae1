import type { Core } from '@strapi/strapi';

import { isDuty, type Duty } from '../domain/types';

/**
 * What the review asks the responsibility plugin (who owns a column, who holds which duty), behind a
 * typed adapter: plugins compile apart, so this is the one place that knows its services' shapes.
 */
interface OwnershipService {
  actorOfRequest(): Promise<{ id: number; email: string; isSuperAdmin: boolean } | null>;
  snapshot(): Promise<{ byColumn: Map<number, { unitIds: number[] }>; unitNames: Map<number, string>; columnNames: Map<number, string> }>;
  dutiesOf(userId: number): Promise<{ duties: { duty: string; unitId: number | null }[]; siteAdministrator: boolean }>;
  dutyHolder(userId: number): Promise<{ id: number; email: string } | null>;
  assertMayViewReview(actor: { id: number; email: string; isSuperAdmin: boolean }, reviewingUnitId: number | null, columnId: number | null): Promise<void>;
}
interface DutiesService {
  holders(duty: string, unitId: number | null): Promise<{ id: number; email: string; firstname: string | null; lastname: string | null }[]>;
}

export interface Person {
  id: number;
  email: string;
  name: string;
}

export const personName = (user: { email: string; firstname?: string | null; lastname?: string | null }): string =>
  [user.lastname, user.firstname].filter(Boolean).join('') || user.email;

export const responsibility = (strapi: Core.Strapi) => {
  const plugin = () => strapi.plugin('responsibility');
  const ownership = () => plugin().service('ownership') as OwnershipService;
  const duties = () => plugin().service('duties') as DutiesService;
  return {
    /** The units answering for a column (own or inherited assignment), and names for messages. */
    async columnOwners(columnId: number | null): Promise<{ unitIds: number[]; unitNames: Map<number, string>; columnName: string | null }> {
      const snapshot = await ownership().snapshot();
      return {
        unitIds: columnId === null ? [] : snapshot.byColumn.get(columnId)?.unitIds ?? [],
        unitNames: snapshot.unitNames,
        columnName: columnId === null ? null : snapshot.columnNames.get(columnId) ?? null,
      };
    },

    /** A person's duties in one unit, and whether they are a site administrator. */
    async dutiesIn(userId: number, unitId: number | null): Promise<{ duties: Duty[]; unitIds: number[]; siteAdministrator: boolean }> {
      const held = await ownership().dutiesOf(userId);
      return {
        duties: held.duties.filter((d) => d.unitId !== null && d.unitId === unitId && isDuty(d.duty)).map((d) => d.duty as Duty),
        unitIds: [...new Set(held.duties.flatMap((d) => (d.unitId === null ? [] : [d.unitId])))],
        siteAdministrator: held.siteAdministrator,
      };
    },

    /** The person the current request acts for, with their name; null outside a request. */
    async actorOfRequest(): Promise<(Person & { isSuperAdmin: boolean }) | null> {
      const actor = await ownership().actorOfRequest();
      if (!actor) return null;
      const user = await strapi.db.query('admin::user').findOne({ where: { id: actor.id }, select: ['email', 'firstname', 'lastname'] });
      return { id: actor.id, email: actor.email, name: user ? personName(user) : actor.email, isSuperAdmin: actor.isSuperAdmin };
    },

    /** Refuse (403) a look at an item's review by someone outside its reviewing unit. */
    async assertMayViewReview(actor: { id: number; email: string; isSuperAdmin: boolean }, reviewingUnitId: number | null, columnId: number | null): Promise<void> {
      await ownership().assertMayViewReview(actor, reviewingUnitId, columnId);
    },

    /** A duty holder's address, from the cached duty roster (an author is an information officer); null if they hold no duty. */
    async emailOfDutyHolder(userId: number): Promise<string | null> {
      return (await ownership().dutyHolder(userId))?.email ?? null;
    },

    async holders(duty: Duty, unitId: number): Promise<Person[]> {
      return (await duties().holders(duty, unitId)).map((user) => ({ id: user.id, email: user.email, name: personName(user) }));
    },
  };
};

export type ResponsibilityAdapter = ReturnType<typeof responsibility>;

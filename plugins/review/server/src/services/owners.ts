import type { Core } from '@strapi/strapi';

import { personName, responsibilityApi, type ResponsibilityActor } from '@content-assurance/kit/server';

import type { Duty } from '../domain/types';

export interface Person {
  id: number;
  email: string;
  name: string;
}

/**
 * What the review asks the responsibility plugin (who owns a column, who holds which duty), put in
 * the review's terms. The calls go through the kit's typed contract (`responsibilityApi`): a change
 * there fails this compile.
 */
export const owners = (strapi: Core.Strapi) => {
  const api = responsibilityApi(strapi);
  return {
    /** The units answering for a column (own or inherited assignment), and names for messages. */
    async columnOwners(columnId: number | null): Promise<{ unitIds: readonly number[]; unitNames: ReadonlyMap<number, string>; columnName: string | null }> {
      const snapshot = await api.ownership.snapshot();
      return {
        unitIds: columnId === null ? [] : snapshot.byColumn.get(columnId)?.unitIds ?? [],
        unitNames: snapshot.unitNames,
        columnName: columnId === null ? null : snapshot.columnNames.get(columnId) ?? null,
      };
    },

    /** A person's duties in one unit, the units they hold any duty in, and whether they are a site administrator. */
    async dutiesIn(userId: number, unitId: number | null): Promise<{ duties: Duty[]; unitIds: number[]; siteAdministrator: boolean }> {
      const held = await api.ownership.dutiesOf(userId);
      return {
        duties: held.duties.filter((d) => d.unitId !== null && d.unitId === unitId).map((d) => d.duty),
        unitIds: [...new Set(held.duties.flatMap((d) => (d.unitId === null ? [] : [d.unitId])))],
        siteAdministrator: held.siteAdministrator,
      };
    },

    /** Every duty a person holds (unitId null: site-wide). */
    async allDuties(userId: number): Promise<{ duty: Duty; unitId: number | null }[]> {
      return (await api.ownership.dutiesOf(userId)).duties;
    },

    /** The person the current request acts for, with their name; null outside a request. */
    async actorOfRequest(): Promise<(Person & { isSuperAdmin: boolean }) | null> {
      const actor = await api.ownership.actorOfRequest();
      if (!actor) return null;
      const user = await strapi.db.query('admin::user').findOne({ where: { id: actor.id }, select: ['email', 'firstname', 'lastname'] });
      return { id: actor.id, email: actor.email, name: user ? personName(user) : actor.email, isSuperAdmin: actor.isSuperAdmin };
    },

    /** Refuse (403) a look at an item's review by someone outside its reviewing unit. */
    async assertMayViewReview(actor: ResponsibilityActor, reviewingUnitId: number | null, columnId: number | null): Promise<void> {
      await api.ownership.assertMayViewReview(actor, reviewingUnitId, columnId);
    },

    /** A duty holder's address, from the cached duty roster (an author is an information officer); null if they hold no duty. */
    async emailOfDutyHolder(userId: number): Promise<string | null> {
      return (await api.ownership.dutyHolder(userId))?.email ?? null;
    },

    async holders(duty: Duty, unitId: number): Promise<Person[]> {
      return (await api.duties.holders(duty, unitId)).map((user) => ({ id: user.id, email: user.email, name: personName(user) }));
    },
  };
};

export type Owners = ReturnType<typeof owners>;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ttlCache, type ResponsibilityActor } from '@content-assurance/kit/server';

import { DUTY_LABELS, type Duty } from '../domain/duties';
import { columnOwnership, columnsOfUnits, shanghaiDay, type ColumnOwnership } from '../domain/ownership';
import { mayViewReview, type Standing, type Verdict } from '../domain/access';
import { actorOfRequest } from '../principal';
import { repositories } from '../repositories';
import type { AdminUserRef } from '../repositories/duties';
import { say } from '../errors';

/** The admin user a request acts for, as far as ownership is concerned. */
/** A person acting (the contract's ResponsibilityActor). */
export type Actor = ResponsibilityActor;

export type ColumnScope = { all: true; reason: 'super-admin' | 'site-administrator' } | { all: false; unitIds: number[]; columnIds: number[] };

export interface OwnershipSnapshot {
  byColumn: Map<number, ColumnOwnership>;
  columnNames: Map<number, string>;
  unitNames: Map<number, string>;
}

/**
 * 谁主管谁负责 as a service: the effective owners of every column, and what a person may write.
 * Every other plugin asks this service (or `duty`) rather than reading assignments itself.
 */
/** How long a snapshot is reused at most: other instances' writes show within this time. */
const SNAPSHOT_TTL_MS = 10_000;

/** The types whose writes change ownership (the snapshot is dropped when one is written). */
export const OWNERSHIP_SOURCES = new Set([
  'api::column.column',
  'api::unit.unit',
  'api::unit-group.unit-group',
  'plugin::responsibility.assignment',
  'plugin::responsibility.unit-duty',
]);

/** A duty held by a person (from the duty roster). */
export interface HeldDuty {
  duty: Duty;
  unitId: number | null;
  user: AdminUserRef;
}

const ownership = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  // Every admin request of a role with the "in my columns" condition asks for the snapshot: keep the
  // last one for the day, dropped on any write of its sources in this instance and after a short TTL.
  const snapshots = ttlCache<OwnershipSnapshot>(strapi, { ttlMs: SNAPSHOT_TTL_MS, reuseInTransaction: false });
  const snapshot = async (now: Date = new Date()): Promise<OwnershipSnapshot> => snapshots.get(shanghaiDay(now), () => computeSnapshot(now));

  // The duty roster (who holds which duty where): read by every permission check of a role with the
  // "in my columns" condition and by every review decision; small, and cached like the snapshot. A
  // transaction may read the cached roster (any duty written in it dropped the cache).
  const rosters = ttlCache<HeldDuty[]>(strapi, { ttlMs: SNAPSHOT_TTL_MS, reuseInTransaction: true });
  const dutyRoster = (): Promise<HeldDuty[]> =>
    rosters.get('all', async () =>
      // The register's entries with an account; the address notifications go to is the register's, else the account's.
      (await repo.duties.findAll()).flatMap((d) =>
        d.user ? [{ duty: d.duty, unitId: d.unit?.id ?? null, user: { ...d.user, email: d.email?.trim() || d.user.email } }] : [],
      ),
    );

  const computeSnapshot = async (now: Date): Promise<OwnershipSnapshot> => {
    const [columns, assignments, groups, units] = await Promise.all([
      repo.columns.findAll(),
      repo.assignments.findAll(),
      repo.units.findAllGroups(),
      repo.units.findAll(),
    ]);
    const byColumn = columnOwnership(
      {
        columns,
        assignments: assignments.map((a) => ({
          id: a.id,
          columnId: a.column?.id ?? null,
          unitIds: a.units.map((u) => u.id),
          groupIds: a.unitGroups.map((g) => g.id),
          effectiveFrom: a.effectiveFrom,
          effectiveTo: a.effectiveTo,
        })),
        groups,
        units,
      },
      shanghaiDay(now),
    );
    return {
      byColumn,
      columnNames: new Map(columns.map((c) => [c.id, c.name])),
      unitNames: new Map(units.map((u) => [u.id, u.name])),
    };
  };

  return {
    snapshot,

    /** Drop the cached snapshot and duty roster (after a write of columns, units, groups, assignments or duties). */
    invalidate(): void {
      snapshots.clear();
      rosters.clear();
    },

    /** The holders of a duty in a unit (null: site-wide duties), from the duty roster. */
    async holders(duty: Duty, unitId: number | null): Promise<AdminUserRef[]> {
      return (await dutyRoster()).filter((d) => d.duty === duty && d.unitId === unitId).map((d) => d.user);
    },

    /** A person who holds any duty, as the duty roster knows them (their address for notifications); null if none. */
    async dutyHolder(userId: number): Promise<AdminUserRef | null> {
      return (await dutyRoster()).find((d) => d.user.id === userId)?.user ?? null;
    },

    /** The holders of a duty in each of these units, from the duty roster: unit id → admin users. */
    async holdersIn(duty: Duty, unitIds: number[]): Promise<Map<number, AdminUserRef[]>> {
      const wanted = new Set(unitIds);
      const result = new Map<number, AdminUserRef[]>();
      for (const held of await dutyRoster()) {
        if (held.duty !== duty || held.unitId === null || !wanted.has(held.unitId)) continue;
        const list = result.get(held.unitId);
        if (list) list.push(held.user);
        else result.set(held.unitId, [held.user]);
      }
      return result;
    },

    /** The person the current request acts for (admin or users-permissions login); null outside a request or for the public. */
    async actorOfRequest(): Promise<Actor | null> {
      return actorOfRequest(strapi);
    },

    /** The units in which a person holds any duty, and whether they are a site administrator. */
    async dutiesOf(userId: number): Promise<{ unitIds: number[]; duties: { duty: Duty; unitId: number | null }[]; siteAdministrator: boolean }> {
      const duties = (await dutyRoster()).filter((d) => d.user.id === userId);
      return {
        unitIds: [...new Set(duties.flatMap((d) => (d.unitId === null ? [] : [d.unitId])))],
        duties: duties.map((d) => ({ duty: d.duty, unitId: d.unitId })),
        siteAdministrator: duties.some((d) => d.duty === 'site-administrator'),
      };
    },

    /** The columns a person may work in: all of them for super admins and site administrators. */
    async scopeOf(actor: Actor, now: Date = new Date()): Promise<ColumnScope> {
      if (actor.isSuperAdmin) return { all: true, reason: 'super-admin' };
      const { unitIds, siteAdministrator } = await this.dutiesOf(actor.id);
      if (siteAdministrator) return { all: true, reason: 'site-administrator' };
      const { byColumn } = await snapshot(now);
      return { all: false, unitIds, columnIds: columnsOfUnits(byColumn, unitIds) };
    },

    /** What a person holds, as the item rules need it (domain/access). */
    async standingOf(actor: Actor): Promise<Standing> {
      if (actor.isSuperAdmin) return { isSuperAdmin: true, siteAdministrator: false, officerUnitIds: [], unitIds: [] };
      const { duties, unitIds, siteAdministrator } = await this.dutiesOf(actor.id);
      const officerUnitIds = [...new Set(duties.flatMap((d) => (d.duty === 'information-officer' && d.unitId !== null ? [d.unitId] : [])))];
      return { isSuperAdmin: false, siteAdministrator, officerUnitIds, unitIds };
    },

    /** The units answering for a column today (own or inherited assignment); [] for none. */
    async ownersOf(columnId: number | null, now: Date = new Date()): Promise<number[]> {
      if (columnId === null) return [];
      return (await snapshot(now)).byColumn.get(columnId)?.unitIds ?? [];
    },

    /** Refuse (403) a look at an item's review (panel, history, approval sheet) by someone outside its reviewing unit. */
    async assertMayViewReview(actor: Actor, reviewingUnitId: number | null, columnId: number | null, now: Date = new Date()): Promise<void> {
      const standing = await this.standingOf(actor);
      const owners = await this.ownersOf(columnId, now);
      if (mayViewReview(standing, reviewingUnitId, owners)) return;
      const { unitNames } = await snapshot(now);
      const units = (reviewingUnitId !== null ? [reviewingUnitId] : owners).map((id) => unitNames.get(id) ?? `#${id}`).join('、') || '其他单位';
      throw new errors.PolicyError(...say(`该条目由${units}审核，您不在该单位，不能查看其审核情况、记录和审批单`, `This item is reviewed by ${units}; its review, history and approval sheet are theirs`, {
        units,
      }));
    },

    /** Refuse (403) what the item rules refuse, naming the column, the units and what to do. */
    async assertAllowed(verdict: Verdict, standing: Standing, now: Date = new Date()): Promise<void> {
      if (verdict.ok) return;
      const { columnNames, unitNames } = await snapshot(now);
      const unitName = (id: number) => unitNames.get(id) ?? `#${id}`;
      const mine = standing.officerUnitIds.map(unitName).join('、');
      switch (verdict.reason) {
        case 'not-officer':
          throw new errors.PolicyError(
            ...(standing.unitIds.length > 0
              ? say(
                  `您在${standing.unitIds.map(unitName).join('、')}担任审核职责，审核人不能修改、删除或发布稿件，请由本单位${DUTY_LABELS['information-officer'].zh}操作`,
                  `You review for ${standing.unitIds.map(unitName).join(', ')}: reviewers do not edit, delete or publish items; the unit's information officer does`,
                )
              : say(
                  `您未在备案表中登记为任何单位的${DUTY_LABELS['information-officer'].zh}，不能报送或修改稿件`,
                  'You are no information officer of any unit, so you cannot write items',
                )),
          );
        case 'other-unit-item':
          throw new errors.PolicyError(
            ...say(
              `该条目由${unitName(verdict.unitId)}报送，只有该单位的信息员可以修改；您可以查看但不能修改`,
              `This item belongs to ${unitName(verdict.unitId)}: only its officers edit it; you may read it`,
              { unit: unitName(verdict.unitId) },
            ),
          );
        case 'unit-not-yours':
          throw new errors.PolicyError(
            ...say(
              `报送单位只能是您所在的单位（${mine || '无'}），不能填写${unitName(verdict.unitId)}`,
              `The submitting unit must be your own unit (${mine || 'none'}), not ${unitName(verdict.unitId)}`,
              { unit: unitName(verdict.unitId) },
            ),
          );
        case 'column-not-owned': {
          const owners = verdict.ownerUnitIds.map(unitName);
          if (verdict.columnId === null) {
            throw new errors.PolicyError(...say(`该留言已交由${owners.join('、')}办理，您不在该单位，不能答复`, `This inquiry is assigned to ${owners.join(', ')}; you are not in that unit`, {
              unit: owners.join('、'),
            }));
          }
          const column = columnNames.get(verdict.columnId) ?? `#${verdict.columnId}`;
          const ownersEn = owners.length > 0 ? `; its units: ${owners.slice(0, 5).join(', ')}${owners.length > 5 ? ' and more' : ''}` : '; no unit is assigned to it yet';
          const ownersText = owners.length > 0 ? `，该栏目由${owners.slice(0, 5).join('、')}${owners.length > 5 ? '等' : ''}负责` : '，该栏目尚未分配保障单位';
          throw new errors.PolicyError(...say(`栏目“${column}”不属于您所在单位（${mine}）${ownersText}`, `Column "${column}" is not assigned to your unit ${mine}${ownersEn}`, {
            column,
            units: standing.officerUnitIds.map(unitName),
          }));
        }
      }
    },
  };
};

export default ownership;
export type OwnershipService = ReturnType<typeof ownership>;

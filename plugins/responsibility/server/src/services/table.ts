import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { isoOf } from '@content-assurance/kit/server';

import { chineseWorkingDayCalendar } from '../domain/calendar';
import { CATEGORY_LABELS } from '../domain/categories';
import { columnDue, type ColumnDue } from '../domain/column-status';
import { DUTY_LABELS } from '../domain/duties';
import { columnOwnership, groupUnitIds, shanghaiDay, type ColumnOwnership } from '../domain/ownership';
import { describeFrequency, isFrequencyRule, type FrequencyRule } from '../domain/frequency';
import { METHOD_LABELS } from '../domain/methods';
import { columnPaths } from '../domain/table';
import type { ResponsibilityConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { repositories } from '../repositories';
import type { AssignmentRecord } from '../repositories/assignments';
import type { ScanColumnRecord } from '../repositories/scan-reads';
import type { Actor } from './ownership';
import { getService } from '../utils';
import { say } from '../errors';
import type { RegisterPersonView } from './duties';
import type { AssignmentView, ColumnRef, ColumnStatus } from '../../../shared/contracts';


/** The views the admin reads: shared/contracts.ts. */
export type { AssignmentView, ColumnRef, ColumnStatus };

/** A column as the overdue scan reads it (columnsForScan): the repository's record, filled in place. */
export type ScanColumn = ScanColumnRecord;

const iso = (date: Date | null): string | null => isoOf(date);

export const assignmentView = (record: AssignmentRecord, columns: Map<number, ColumnRef>): AssignmentView => ({
  id: record.id,
  documentId: record.documentId,
  column: record.column ? columns.get(record.column.id) ?? null : null,
  content: record.content,
  units: record.units.map(({ id, name }) => ({ id, name })),
  unitGroups: record.unitGroups.map(({ id, name }) => ({ id, name })),
  ownerText: record.ownerText,
  methods: record.methods,
  methodLabels: record.methods.map((m) => METHOD_LABELS[m]),
  frequencyText: record.frequencyText,
  frequency: record.frequency,
  frequencyLabel: record.frequency ? describeFrequency(record.frequency) : null,
  effectiveFrom: record.effectiveFrom,
  effectiveTo: record.effectiveTo,
  note: record.note,
  updatedAt: record.updatedAt,
});

/**
 * The table as the site administrator and the other plugins see it: every column with its effective
 * owners, frequency and due state; the duty of one column; the columns of one person.
 */
const table = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as ResponsibilityConfig;

  const load = async (now: Date) => {
    const [columns, assignments, lastPublished, snapshot] = await Promise.all([
      repo.columns.findAll(),
      repo.assignments.findAll(),
      repo.publications.lastPublishedByColumn(),
      getService(strapi, 'ownership').snapshot(now),
    ]);
    const byId = new Map(columns.map((c) => [c.id, c]));
    const paths = columnPaths(columns);
    const refs = new Map<number, ColumnRef>();
    for (const column of columns) refs.set(column.id, { id: column.id, documentId: column.documentId, name: column.name, path: paths.get(column.id)! });
    return { columns, byId, refs, assignments, lastPublished, snapshot };
  };

  const statusesOf = (state: Awaited<ReturnType<typeof load>>, now: Date): ColumnStatus[] => {
    const byAssignment = new Map(state.assignments.map((a) => [a.id, a]));
    const parents = new Set(state.columns.flatMap((c) => (c.parentId === null ? [] : [c.parentId])));
    const { dueSoonDays } = config();
    return state.columns.map((column) => {
      const ownership = state.snapshot.byColumn.get(column.id) ?? null;
      const rules = (ownership?.assignmentIds ?? []).flatMap((id) => {
        const rule = byAssignment.get(id)?.frequency;
        return rule ? [rule] : [];
      });
      const active = (!column.openedAt || new Date(column.openedAt) <= now) && (!column.closedAt || new Date(column.closedAt) > now);
      const due: ColumnDue = columnDue(
        {
          category: column.category,
          openedAt: column.openedAt ? new Date(column.openedAt) : null,
          closedAt: column.closedAt ? new Date(column.closedAt) : null,
          rules,
          lastPublishedAt: state.lastPublished.get(column.id) ?? null,
        },
        now,
        chineseWorkingDayCalendar,
        dueSoonDays,
      );
      return {
        ...state.refs.get(column.id)!,
        category: column.category,
        categoryLabel: CATEGORY_LABELS[column.category],
        active,
        inheritedFrom: ownership && ownership.sourceColumnId !== column.id ? state.refs.get(ownership.sourceColumnId) ?? null : null,
        unitIds: ownership?.unitIds ?? [],
        assignmentIds: ownership?.assignmentIds ?? [],
        lastPublishedAt: iso(state.lastPublished.get(column.id) ?? null),
        nextDueAt: iso(due.nextDueAt),
        blankSince: iso(due.blankSince),
        dueStatus: due.status,
        dueRule: due.rule ? { rule: due.rule, label: describeFrequency(due.rule), source: due.ruleSource ?? 'own' } : null,
        // A column someone must answer for: a leaf, or a container the table gives content of its own.
        unassigned: active && (ownership?.unitIds.length ?? 0) === 0 && (!parents.has(column.id) || ownership?.sourceColumnId === column.id),
      };
    });
  };

  return {
    /** Every column with its owners and due state, in tree order. */
    async columnStatuses(now: Date = new Date()): Promise<ColumnStatus[]> {
      return statusesOf(await load(now), now);
    },

    /** Assignments with their column's state, and the active columns nobody answers for. */
    async overview(now: Date = new Date()) {
      const state = await load(now);
      const statuses = statusesOf(state, now);
      const statusById = new Map(statuses.map((s) => [s.id, s]));
      return {
        assignments: state.assignments.map((a) => ({
          ...assignmentView(a, state.refs),
          columnStatus: a.column ? statusById.get(a.column.id) ?? null : null,
        })),
        unassignedColumns: statuses.filter((s) => s.unassigned),
        columns: statuses,
      };
    },

    /**
     * Who answers for a column: its units with their people from the unit register (附件3 备案表:
     * 责任领导, 信息员, reviewers; with or without an account), method, frequency, next due date.
     * `leader`, `officers` and `accounts` are views of the same register, kept for older callers.
     */
    async dutyOfColumn(columnId: number, now: Date = new Date()) {
      const state = await load(now);
      const column = state.byId.get(columnId);
      if (!column) throw new errors.NotFoundError(...say(`找不到栏目 #${columnId}`, `No column #${columnId}`));
      const status = statusesOf(state, now).find((s) => s.id === columnId)!;
      const assignments = state.assignments.filter((a) => status.assignmentIds.includes(a.id)).map((a) => assignmentView(a, state.refs));
      const units = await repo.units.findWithContacts(status.unitIds);
      const people = await getService(strapi, 'duties').people(status.unitIds);
      return {
        column: status,
        assignments,
        units: units.map((unit) => {
          const register = people.get(unit.id) ?? [];
          const contact = (p: RegisterPersonView) => ({ name: p.name, title: p.title ?? undefined, mobile: p.mobile ?? undefined, email: p.email ?? undefined });
          const leader = register.find((p) => p.duty === 'leader-in-charge');
          return {
            id: unit.id,
            documentId: unit.documentId,
            name: unit.name,
            kind: unit.kind,
            alertEmail: unit.alertEmail,
            people: register,
            leader: leader ? contact(leader) : null,
            officers: register.filter((p) => p.duty === 'information-officer').map(contact),
            accounts: register.flatMap((p) => (p.account ? [{ duty: p.duty, dutyLabel: p.dutyLabel, userId: p.account.id, email: p.account.email }] : [])),
          };
        }),
      };
    },

    /**
     * Every column as the overdue scan reads it: place in the tree, category, opening and closing
     * (Dates), effective owners and frequency rules (own or inherited). No due computation here: the
     * scan has its own rules. Read with a few set-based queries on the tables (repositories/scan-reads):
     * the query engine's populate costs seconds at 50,000 columns. The owners are the ownership
     * snapshot's rule (columnOwnership) over the same rows, computed for `now`. Columns that inherit
     * from one source share its rule list and unit ids (read only).
     */
    async columnsForScan(now: Date = new Date()) {
      const { columns, assignments, groups, units } = await repo.scanReads.table();
      const byColumn = columnOwnership({ columns, assignments, groups, units }, shanghaiDay(now));
      const rules = new Map<number, FrequencyRule | null>();
      // Only valid rules reach the scan (the stored JSON is checked here, once per assignment).
      for (let i = 0; i < assignments.length; i += 1) {
        const frequency = assignments[i].frequency;
        rules.set(assignments[i].id, frequency !== null && isFrequencyRule(frequency) ? frequency : null);
      }
      const rulesOf = new Map<ColumnOwnership, FrequencyRule[]>();
      const parents = new Set<number>();
      for (let i = 0; i < columns.length; i += 1) {
        const parentId = columns[i].parentId;
        if (parentId !== null) parents.add(parentId);
      }
      const paths = columnPaths(columns);
      // The records become the scan's columns: their path, children, owners and rules filled in place.
      for (let i = 0; i < columns.length; i += 1) {
        const column = columns[i];
        const owners = byColumn.get(column.id);
        column.path = paths.get(column.id)!;
        column.hasChildren = parents.has(column.id);
        if (!owners) continue;
        let own = rulesOf.get(owners);
        if (own === undefined) {
          own = [];
          for (let k = 0; k < owners.assignmentIds.length; k += 1) {
            const rule = rules.get(owners.assignmentIds[k]);
            if (rule) own.push(rule);
          }
          rulesOf.set(owners, own);
        }
        column.unitIds = owners.unitIds;
        column.rules = own;
      }
      const result: ScanColumn[] = columns;
      return result;
    },

    /** Units (id, name, kind): one query. */
    async units() {
      return (await repo.units.findAll()).map(({ id, name, kind }) => ({ id, name, kind }));
    },

    /**
     * Who a unit's overdue digest goes to, from the unit register (附件3 备案表): its 责任领导 and 信息员
     * with an email, with or without an account, and the unit's alert address.
     */
    async contacts(unitIds: number[]) {
      const [units, people] = await Promise.all([repo.units.findWithContacts(unitIds), getService(strapi, 'duties').people(unitIds)]);
      return units.map((unit) => ({
        id: unit.id,
        name: unit.name,
        kind: unit.kind,
        alertEmail: unit.alertEmail,
        people: (people.get(unit.id) ?? []).map((p) => ({ duty: p.duty, name: p.name, email: p.email, hasAccount: p.account !== null })),
      }));
    },

    /** Units, unit groups and channels: what the admin pages' filters and pickers offer. */
    async owners() {
      const [units, groups, columns] = await Promise.all([repo.units.findAll(), repo.units.findAllGroups(), repo.columns.findAll()]);
      return {
        units: units.map(({ id, name, kind }) => ({ id, name, kind })),
        groups: groups.map((group) => ({ id: group.id, name: group.name, memberKinds: group.memberKinds, memberCount: groupUnitIds(group, units).length })),
        channels: columns.filter((c) => c.parentId === null).map(({ id, name }) => ({ id, name })),
      };
    },

    /** The columns a person may work in, with their state (all columns for site administrators). */
    async columnsOf(actor: Actor, now: Date = new Date()) {
      const scope = await getService(strapi, 'ownership').scopeOf(actor, now);
      const statuses = await this.columnStatuses(now);
      return {
        scope: scope.all ? { all: true as const, reason: scope.reason } : { all: false as const, unitIds: scope.unitIds },
        columns: scope.all ? statuses : statuses.filter((s) => scope.columnIds.includes(s.id)),
      };
    },
  };
};

export default table;
export type TableService = ReturnType<typeof table>;

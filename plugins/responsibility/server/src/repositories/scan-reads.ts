import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import type { ColumnCategory } from '../domain/categories';
import type { FrequencyRule } from '../domain/frequency';
import type { OwnershipAssignment, OwnershipGroup, OwnershipUnit } from '../domain/ownership';
import type { UnitKind } from '../domain/owner-cell';
import { instantMs, joinTableOf, type JoinTable, type ScanColumn } from '@content-assurance/kit/server';


type Row = Record<string, unknown>;

/**
 * A column as the overdue scan reads it (the contract's ScanColumn): its row and its parent's id, and
 * the fields the table service fills in afterwards (path, hasChildren, unitIds, rules: empty until
 * then) — one object per column from the row to the scan.
 */
export type ScanColumnRecord = ScanColumn;

export interface ScanAssignmentRecord extends OwnershipAssignment {
  frequency: FrequencyRule | null;
}

export interface ScanTable {
  columns: ScanColumnRecord[];
  assignments: ScanAssignmentRecord[];
  groups: OwnershipGroup[];
  units: (OwnershipUnit & { name: string })[];
}

/** A JSON column: text on both drivers here (Strapi reads jsonb as text on PostgreSQL). */
const jsonOf = <T>(value: unknown): T | null => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
};

/** Placeholders of the fields the table service fills in (never written to). */
const NONE: string[] = [];
const NO_IDS: number[] = [];
const NO_RULES: FrequencyRule[] = [];

const idOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * The whole responsibility table as the overdue scan reads it, with a few set-based queries on the
 * tables (no query engine, no populate: at 50,000 columns the rows are what costs): columns with their
 * parent, assignments with their column and units, their group links, groups with their members, units.
 * The query builders are exposed so a benchmark can time the bare SQL.
 */
const scanReadsRepository = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const meta = (uid: string) => strapi.db.metadata.get(uid as never);
  const join = (uid: string, attribute: string): JoinTable => joinTableOf(strapi, uid, attribute);

  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  /**
   * A timestamp column as the scan needs it. On PostgreSQL the milliseconds of its wall time, a number
   * turned into the instant node-postgres would give by wallTimeInstant: neither the driver's date
   * parser nor a date string per row (they were a large share of reading 50,000 rows).
   */
  const instant = (column: string): Knex.Raw | string => (isPostgres() ? knex().raw('floor(extract(epoch from ??) * 1000)', [column]) : column);

  const queries = () => {
    const columns = meta('api::column.column').tableName;
    const parent = join('api::column.column', 'parent');
    const assignments = meta('plugin::responsibility.assignment').tableName;
    const assignmentColumn = join('plugin::responsibility.assignment', 'column');
    const assignmentUnits = join('plugin::responsibility.assignment', 'units');
    const assignmentGroups = join('plugin::responsibility.assignment', 'unitGroups');
    const groups = meta('api::unit-group.unit-group').tableName;
    const members = join('api::unit-group.unit-group', 'members');
    const units = meta('api::unit.unit').tableName;
    const link = (table: JoinTable, owner: string, other: string) =>
      knex()(table.name).select({ [owner]: table.joinColumn.name, [other]: table.inverseJoinColumn.name });
    return {
      columns: (): Knex.QueryBuilder =>
        knex()(columns)
          .leftJoin(parent.name, `${parent.name}.${parent.joinColumn.name}`, `${columns}.id`)
          .select({
            id: `${columns}.id`,
            document_id: `${columns}.document_id`,
            name: `${columns}.name`,
            category: `${columns}.category`,
            is_homepage: `${columns}.is_homepage`,
            opened_at: instant(`${columns}.opened_at`),
            closed_at: instant(`${columns}.closed_at`),
            parent_id: `${parent.name}.${parent.inverseJoinColumn.name}`,
          })
          .orderBy([{ column: `${columns}.sort_order` }, { column: `${columns}.id` }]),
      /** Assignments with their column and units: one row per unit (or one with unit null). */
      assignments: (): Knex.QueryBuilder =>
        knex()(assignments)
          .leftJoin(assignmentColumn.name, `${assignmentColumn.name}.${assignmentColumn.joinColumn.name}`, `${assignments}.id`)
          .leftJoin(assignmentUnits.name, `${assignmentUnits.name}.${assignmentUnits.joinColumn.name}`, `${assignments}.id`)
          .select({
            id: `${assignments}.id`,
            frequency: `${assignments}.frequency`,
            effective_from: `${assignments}.effective_from`,
            effective_to: `${assignments}.effective_to`,
            column_id: `${assignmentColumn.name}.${assignmentColumn.inverseJoinColumn.name}`,
            unit_id: `${assignmentUnits.name}.${assignmentUnits.inverseJoinColumn.name}`,
          })
          .orderBy([{ column: `${assignments}.id` }, { column: `${assignmentUnits.name}.${assignmentUnits.inverseJoinColumn.name}` }]),
      assignmentGroups: (): Knex.QueryBuilder => link(assignmentGroups, 'assignment_id', 'group_id').orderBy(assignmentGroups.inverseJoinColumn.name),
      groups: (): Knex.QueryBuilder => knex()(groups).select('id', 'member_kinds').orderBy('id'),
      members: (): Knex.QueryBuilder => link(members, 'group_id', 'unit_id'),
      units: (): Knex.QueryBuilder => knex()(units).select('id', 'name', 'kind').orderBy('id'),
    };
  };

  const grouped = (rows: Row[], key: string, value: string): Map<number, number[]> => {
    const map = new Map<number, number[]>();
    for (const row of rows) {
      const id = Number(row[key]);
      const list = map.get(id);
      if (list) list.push(Number(row[value]));
      else map.set(id, [Number(row[value])]);
    }
    return map;
  };

  /**
   * Rows ordered by assignment id, one per unit: one record per assignment with its unit ids. A site
   * has a handful of distinct frequencies: each text is parsed once and its rule shared (read only).
   */
  const assignmentsOf = (rows: Row[], groupsOf: Map<number, number[]>): ScanAssignmentRecord[] => {
    const records: ScanAssignmentRecord[] = [];
    const rules = new Map<unknown, FrequencyRule | null>();
    const ruleOf = (value: unknown): FrequencyRule | null => {
      if (typeof value !== 'string') return jsonOf<FrequencyRule>(value);
      let rule = rules.get(value);
      if (rule === undefined) rules.set(value, (rule = jsonOf<FrequencyRule>(value)));
      return rule;
    };
    let current: ScanAssignmentRecord | null = null;
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i];
      const id = Number(row.id);
      if (current === null || current.id !== id) {
        current = {
          id,
          columnId: idOrNull(row.column_id),
          unitIds: [],
          groupIds: groupsOf.get(id) ?? [],
          effectiveFrom: row.effective_from === null || row.effective_from === undefined ? null : String(row.effective_from),
          effectiveTo: row.effective_to === null || row.effective_to === undefined ? null : String(row.effective_to),
          frequency: ruleOf(row.frequency),
        };
        records.push(current);
      }
      if (row.unit_id !== null && row.unit_id !== undefined) current.unitIds.push(Number(row.unit_id));
    }
    return records;
  };

  return {
    queries,

    /** Columns, assignments with their links, groups with their members, units: six queries, run together. */
    async table(): Promise<ScanTable> {
      const q = queries();
      const [columnRows, assignmentRows, groupLinks, groupRows, memberLinks, unitRows] = (await Promise.all([
        q.columns(),
        q.assignments(),
        q.assignmentGroups(),
        q.groups(),
        q.members(),
        q.units(),
      ])) as Row[][];
      const groupsOf = grouped(groupLinks, 'assignment_id', 'group_id');
      const membersOf = grouped(memberLinks, 'group_id', 'unit_id');
      const wallTime = isPostgres();
      const columns: ScanColumnRecord[] = new Array(columnRows.length);
      for (let i = 0; i < columnRows.length; i += 1) {
        const row = columnRows[i];
        const parentId = idOrNull(row.parent_id);
        const openedAt = instantMs(row.opened_at, wallTime);
        const closedAt = instantMs(row.closed_at, wallTime);
        columns[i] = {
          id: Number(row.id),
          documentId: String(row.document_id),
          name: String(row.name ?? ''),
          path: NONE,
          parentId,
          category: row.category as ColumnCategory,
          isHomepage: Boolean(row.is_homepage),
          isChannel: parentId === null,
          hasChildren: false,
          openedAt: openedAt === null ? null : new Date(openedAt),
          closedAt: closedAt === null ? null : new Date(closedAt),
          unitIds: NO_IDS,
          rules: NO_RULES,
        };
      }
      return {
        columns,
        assignments: assignmentsOf(assignmentRows, groupsOf),
        groups: groupRows.map((row) => ({
          id: Number(row.id),
          memberKinds: jsonOf<UnitKind[]>(row.member_kinds) ?? [],
          memberIds: membersOf.get(Number(row.id)) ?? [],
        })),
        units: unitRows.map((row) => ({ id: Number(row.id), name: String(row.name ?? ''), kind: row.kind as UnitKind })),
      };
    },
  };
};

export default scanReadsRepository;
export type ScanReadsRepository = ReturnType<typeof scanReadsRepository>;

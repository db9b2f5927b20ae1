import type { UnitGroupDefinition, UnitKind } from '@content-assurance/kit/shared';

import { normalizeName } from './names';

/**
 * The 保障单位 cell of the responsibility table names one or more owners:
 * specific units (市财政局) and collective owners (市直各部门, 各县（区）), separated by
 * 、；; or 及 — e.g. "各县（区）、市直和在双中省直各部门", "县（区）及各有关部门".
 */
const SEPARATORS = /[、，,；;]|及/;

/** Split a cell into owner names, in order, without blanks or repeats. */
export const splitOwnerCell = (cell: string): string[] => {
  const seen = new Set<string>();
  const tokens: string[] = [];
  for (const raw of cell.split(SEPARATORS)) {
    const token = raw.trim();
    const key = normalizeName(token);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    tokens.push(token);
  }
  return tokens;
};

export type { UnitKind } from '@content-assurance/kit/shared';

/** A collective owner (单位组): members by unit kind and/or by name. */
export type { UnitGroupDefinition } from '@content-assurance/kit/shared';

export type OwnerRef = { type: 'unit'; name: string } | { type: 'group'; name: string };

export interface OwnerDirectory {
  /** Group name for each alias (normalized). */
  groupByAlias: ReadonlyMap<string, string>;
  /** Canonical unit name for each alias (normalized), e.g. 市政府 → 市政府办. */
  unitByAlias: ReadonlyMap<string, string>;
}

export const buildOwnerDirectory = (
  groups: readonly UnitGroupDefinition[],
  unitAliases: Readonly<Record<string, string>>,
): OwnerDirectory => {
  const groupByAlias = new Map<string, string>();
  for (const group of groups) {
    for (const alias of [group.name, ...group.aliases]) groupByAlias.set(normalizeName(alias), group.name);
  }
  const unitByAlias = new Map<string, string>();
  for (const [alias, name] of Object.entries(unitAliases)) unitByAlias.set(normalizeName(alias), name);
  return { groupByAlias, unitByAlias };
};

/** Read an owner cell into unit and group references (unit names not yet checked against the database). */
export const readOwnerCell = (cell: string, directory: OwnerDirectory): OwnerRef[] =>
  splitOwnerCell(cell).map((token) => {
    const key = normalizeName(token);
    const group = directory.groupByAlias.get(key);
    if (group) return { type: 'group', name: group };
    return { type: 'unit', name: directory.unitByAlias.get(key) ?? token };
  });

/**
 * The kind of a unit from its official name: 某县政府 is a county, 某区政府 a district,
 * units "在双" (provincial/central units stationed in the city) and the fire brigade are stationed units,
 * other 市… bodies are municipal departments.
 */
export const inferUnitKind = (name: string, overrides: Readonly<Record<string, UnitKind>> = {}): UnitKind => {
  const override = overrides[name];
  if (override) return override;
  if (/县(人民)?政府$/.test(name)) return 'county';
  if (/区(人民)?政府$/.test(name)) return 'district';
  if (/在双|中省直|支队$/.test(name)) return 'stationed-unit';
  if (/^市/.test(name)) return 'municipal-department';
  return 'other';
};

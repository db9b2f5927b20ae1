import type { Core } from '@strapi/strapi';

import type { TableSeedInput } from '@content-assurance/kit/server';

import { buildOwnerDirectory, inferUnitKind, readOwnerCell, type UnitKind } from '../domain/owner-cell';
import { readTableFile } from './table-file-reader';
import { repositories } from '../repositories';
import type { ResponsibilityConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import type { PlannedImport } from './table-import';
import { getService } from '../utils';

/** What the demo seed gives (the contract's TableSeedInput). */
export type { TableSeedInput };

export interface TableSeedResult {
  units: number;
  groups: number;
  import: PlannedImport;
}

/**
 * The demo's first start: the units the table names and the unit groups, then the table itself
 * through the same import as an administrator's upload. Runs inside the caller's transaction.
 */
const tableSeed = ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(input: TableSeedInput): Promise<TableSeedResult> {
    const repo = repositories(strapi);
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as ResponsibilityConfig;
    const file = await readTableFile(input.table);
    const directory = buildOwnerDirectory(input.groups, config.unitAliases);

    const unitKinds = new Map<string, UnitKind>();
    for (const row of file.rows) {
      for (const owner of readOwnerCell(row.units, directory)) {
        if (owner.type === 'unit' && !unitKinds.has(owner.name)) unitKinds.set(owner.name, inferUnitKind(owner.name));
      }
    }
    for (const extra of input.extraUnits) unitKinds.set(extra.name, extra.kind);

    const unitIds = new Map<string, string>();
    let index = 0;
    for (const [name, kind] of unitKinds) {
      const unit = await repo.units.create({ name, kind, ...input.contacts?.(name, index) });
      unitIds.set(name, unit.documentId);
      index += 1;
    }

    for (const group of input.groups) {
      const memberDocumentIds = (group.memberNames ?? []).map((name) => {
        const id = unitIds.get(name);
        if (!id) throw new Error(`Unit group ${group.name} names an unknown member unit: ${name}`);
        return id;
      });
      await repo.units.createGroup({
        name: group.name,
        memberKinds: group.memberKinds,
        aliases: group.aliases,
        description: group.description,
        memberDocumentIds,
      });
    }

    // The units' contacts are people of the unit register (附件3 备案表), not records of the unit.
    await getService(strapi, 'duties').fileContactRecords();

    const report = await getService(strapi, 'table-import').run(input.table, { dryRun: false });
    if (!report.ok) {
      throw new Error(`The demo table does not import: ${report.problems.map((p) => p.message.en).join('; ')}`);
    }
    return { units: unitIds.size, groups: input.groups.length, import: report };
  },
});

export default tableSeed;
export type TableSeedService = ReturnType<typeof tableSeed>;

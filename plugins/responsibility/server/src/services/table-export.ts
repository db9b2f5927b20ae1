import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

import { isoDateOf } from '@content-assurance/kit/server';

import { normalizeName } from '../domain/names';
import { buildOwnerDirectory, readOwnerCell } from '../domain/owner-cell';
import { methodsText } from '../domain/methods';
import { TABLE_FIELDS } from '../domain/table';
import { FIELD_LABELS } from '../domain/table-file';
import type { ResponsibilityConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { repositories } from '../repositories';
import { getService } from '../utils';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportHeaders = 'en' | 'zh';

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Export of the current table in the shape it is imported in (channel,column,subcolumn,content,method,
 * frequency,units — or the Chinese headers), so an exported file imports back unchanged.
 */
const tableExport = ({ strapi }: { strapi: Core.Strapi }) => ({
  async rows(): Promise<string[][]> {
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as ResponsibilityConfig;
    const groups = await repositories(strapi).units.findAllGroups();
    const directory = buildOwnerDirectory(groups, config.unitAliases);
    const { assignments, columns } = await getService(strapi, 'table').overview();
    const order = new Map(columns.map((column, index) => [column.id, index]));
    const sorted = [...assignments].sort((a, b) => (order.get(a.column?.id ?? -1) ?? -1) - (order.get(b.column?.id ?? -1) ?? -1) || a.id - b.id);
    return sorted.map((a) => {
      const path = a.column?.path ?? [];
      // The cell as it was written, while it still names exactly the current owners.
      const read = a.ownerText ? readOwnerCell(a.ownerText, directory) : [];
      const current = [...a.units.map((u) => `unit:${normalizeName(u.name)}`), ...a.unitGroups.map((g) => `group:${normalizeName(g.name)}`)];
      const written = read.map((o) => `${o.type}:${normalizeName(o.name)}`);
      const owners = a.ownerText && sameSet(current, written) ? a.ownerText : [...a.units.map((u) => u.name), ...a.unitGroups.map((g) => g.name)].join('、');
      return [path[0] ?? '', path[1] ?? '', path.slice(2).join('/'), a.content ?? '', methodsText(a.methods), a.frequencyText ?? '', owners];
    });
  },

  async file(format: ExportFormat, headers: ExportHeaders): Promise<{ body: Buffer; contentType: string; filename: string }> {
    const header = TABLE_FIELDS.map((field) => (headers === 'zh' ? FIELD_LABELS[field].zh : field));
    const rows = await this.rows();
    const stamp = isoDateOf(new Date());
    if (format === 'csv') {
      // With a BOM, Excel opens the UTF-8 CSV with its Chinese intact; the importer skips it. A cell that a
      // spreadsheet would run as a formula (=, +, -, @ first) gets a leading ' (CSV injection); the importer
      // takes it off again, so the file imports back unchanged.
      return {
        body: Buffer.from(`\uFEFF${stringify([header, ...rows], { escape_formulas: true })}`, 'utf8'),
        contentType: 'text/csv; charset=utf-8',
        filename: `responsibility-table-${stamp}.csv`,
      };
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务分工表');
    sheet.addRow(header).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      column.width = [14, 16, 16, 40, 12, 18, 24][index] ?? 16;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return {
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `responsibility-table-${stamp}.xlsx`,
    };
  },
});

export default tableExport;
export type TableExportService = ReturnType<typeof tableExport>;

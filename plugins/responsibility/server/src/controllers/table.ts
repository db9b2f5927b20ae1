import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ColumnDuty, ColumnList, ImportReport, MyColumns, Owners } from '../../../shared/contracts';
import { getService } from '../utils';
import { validateExportQuery, validateImportQuery } from '../validation';
import { actorOf, positiveId, uploadedBytes, type AdminContext } from './context';
import { joinMessages, languageOfRequest, problemsIn, say } from '@content-assurance/kit/shared';

const table = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every column with its owners and due state. */
  async columns(ctx: AdminContext) {
    ctx.body = { results: await getService(strapi, 'table').columnStatuses() } satisfies ColumnList;
  },

  /** GET /columns/:id/duty — who answers for the column, how, how often, and when it is next due. */
  async duty(ctx: AdminContext) {
    const id = positiveId(ctx.params.id, '栏目 column ');
    ctx.body = (await getService(strapi, 'table').dutyOfColumn(id)) satisfies ColumnDuty;
  },

  /** GET /my-columns — the columns of the logged-in person's units. */
  async mine(ctx: AdminContext) {
    ctx.body = (await getService(strapi, 'table').columnsOf(actorOf(ctx))) satisfies MyColumns;
  },

  /** POST /import?dryRun=true|false — a CSV or XLSX table; 400 with every problem by row, nothing written. */
  async import(ctx: AdminContext) {
    const { dryRun } = (await validateImportQuery(ctx.query)) as { dryRun: boolean };
    const importer = getService(strapi, 'table-import');
    const bytes = await uploadedBytes(ctx, importer.limits().maxFileBytes);
    const report = await importer.run(bytes, { dryRun });
    const language = languageOfRequest(ctx);
    const answer = { ...report, problems: problemsIn(report.problems, language), warnings: problemsIn(report.warnings, language) } satisfies ImportReport;
    if (!report.ok) {
      const count = report.problems.length;
      const shown = joinMessages(report.problems.slice(0, 5).map((p) => p.message));
      const more = count > 5 ? { 'zh-Hans': `；另有${count - 5}处`, en: `; and ${count - 5} more` } : { 'zh-Hans': '', en: '' };
      throw new errors.ValidationError(
        ...say(
          `导入文件有${count}处问题，未写入任何数据：${shown['zh-Hans']}${more['zh-Hans']}`,
          `The file has ${count} problem(s); nothing was written: ${shown.en}${more.en}`,
          answer,
        ),
      );
    }
    ctx.body = answer;
  },

  /** GET /export?format=xlsx|csv&headers=en|zh — the current table, in the shape it imports in. */
  async export(ctx: AdminContext) {
    const { format, headers } = (await validateExportQuery(ctx.query)) as { format: 'csv' | 'xlsx'; headers: 'en' | 'zh' };
    const file = await getService(strapi, 'table-export').file(format, headers);
    ctx.set('Content-Type', file.contentType);
    ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
    ctx.body = file.body;
  },

  /** Units and unit groups, for the pickers of the admin pages. */
  async owners(ctx: AdminContext) {
    ctx.body = (await getService(strapi, 'table').owners()) satisfies Owners;
  },
});

export default table;

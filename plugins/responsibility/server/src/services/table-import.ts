import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { planImport, type AssignmentDraft, type ExistingAssignment, type ImportPlan, type ImportProblem } from '../domain/import-plan';
import { normalizeName } from '../domain/names';
import { buildOwnerDirectory } from '../domain/owner-cell';
import { uniqueSlug } from '../domain/slug';
import { columnCategory, columnPathKeys, isHomepageColumn, pathKey } from '../domain/table';
import { limitMessages, resolveImportLimits, type ImportLimits } from '../domain/import-limits';
import { isXlsx } from '../domain/table-file';
import { readTableFile } from './table-file-reader';
import { repositories } from '../repositories';
import type { ColumnCategory } from '../repositories/columns';
import type { AssignmentWrite } from '../repositories/assignments';
import type { ResponsibilityConfig } from '../config';
import { PLUGIN_ID } from '../plugin-id';
import { inspectXlsx } from './xlsx-zip';
import type { ImportReportOf } from '../../../shared/contracts';
import { joinMessages, sayMessage } from '@content-assurance/kit/shared';

/** What an import answers (shared/contracts.ts). */
/** The import's report, each problem in both languages (the controller answers in the person's). */
export type PlannedImport = ImportReportOf<ImportProblem>;

const summary = (plan: ImportPlan, dryRun: boolean): PlannedImport => ({
  dryRun,
  ok: plan.problems.length === 0,
  rows: plan.rows,
  columns: { create: plan.columnsToCreate.map((node) => ({ path: node.path })), existing: plan.existingColumns },
  assignments: {
    create: plan.create.map(({ line, path, content }) => ({ line, path, content })),
    update: plan.update.map(({ draft, changes, diff }) => ({ line: draft.line, path: draft.path, content: draft.content, changes, diff })),
    unchanged: plan.unchanged,
  },
  problems: plan.problems,
  warnings: plan.warnings,
});

/**
 * Import of the responsibility table (任务分工表) from CSV or XLSX: a dry run that reports what would be
 * created or changed and every problem by row; a commit that writes it all in one transaction, or
 * nothing. Importing the same file again changes nothing.
 */
const tableImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = repositories(strapi);
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as ResponsibilityConfig;

  /** What the database holds, in the terms of the plan. */
  const current = async () => {
    const [units, groups, columns, assignments] = await Promise.all([
      repo.units.findAll(),
      repo.units.findAllGroups(),
      repo.columns.findAll(),
      repo.assignments.findAll(),
    ]);
    const directory = buildOwnerDirectory(
      groups.map((g) => ({ name: g.name, memberKinds: g.memberKinds, aliases: g.aliases })),
      config().unitAliases,
    );
    const keysById = columnPathKeys(columns);
    const existing: ExistingAssignment[] = assignments
      .filter((a) => a.column && keysById.has(a.column.id))
      .map((a) => ({
        id: a.id,
        key: `${keysById.get(a.column!.id)}|${normalizeName(a.content ?? '')}`,
        owners: { units: a.units.map((u) => u.name), groups: a.unitGroups.map((g) => g.name) },
        ownerText: a.ownerText ?? '',
        methods: a.methods,
        frequencyText: a.frequencyText ?? '',
      }));
    return {
      known: { directory, unitNames: new Map(units.map((u) => [normalizeName(u.name), u.name])) },
      units,
      groups,
      columns,
      keysById,
      assignments,
      existing,
    };
  };

  return {
    /** The bounds an upload is held to (config `importLimits` over the defaults). */
    limits(): ImportLimits {
      return resolveImportLimits(config().importLimits);
    },

    async run(bytes: Uint8Array, { dryRun }: { dryRun: boolean }): Promise<PlannedImport> {
      const limits = this.limits();
      if (bytes.length > limits.maxFileBytes) throw new errors.PayloadTooLargeError(...sayMessage(limitMessages.fileTooLarge(limits), { maxFileBytes: limits.maxFileBytes }));
      // An XLSX is measured from its zip before exceljs builds it: a merged range over the whole sheet is refused here, in milliseconds.
      if (isXlsx(bytes)) {
        const problems = await inspectXlsx(bytes, limits);
        if (problems.length > 0) {
          throw new errors.ValidationError(...sayMessage(joinMessages(problems), { problems: problems.map((message) => ({ line: 0, message })), limits }));
        }
      }
      const file = await readTableFile(bytes, limits);
      const state = await current();
      const plan = planImport(file.rows, file.problems, state.known, new Set(state.keysById.values()), state.existing);
      if (!plan.problems.length && !dryRun) await this.commit(plan, state);
      return summary(plan, dryRun);
    },

    /** Carry a problem-free plan out, all or nothing. */
    async commit(plan: ImportPlan, state: Awaited<ReturnType<typeof current>>): Promise<void> {
      const columnSettings = config().columns;
      const unitIds = new Map(state.units.map((u) => [u.name, u.documentId]));
      const groupIds = new Map(state.groups.map((g) => [g.name, g.documentId]));
      const assignmentDocs = new Map(state.assignments.map((a) => [a.id, a.documentId]));

      await strapi.db.transaction(async () => {
        // Columns: existing ones by path; new ones under their parent, with a slug and category.
        const byKey = new Map<string, { documentId: string; slug: string; category: ColumnCategory }>();
        for (const column of state.columns) {
          byKey.set(state.keysById.get(column.id)!, { documentId: column.documentId, slug: column.slug, category: column.category });
        }
        const slugs = new Set(state.columns.map((c) => c.slug));
        let sortOrder = state.columns.reduce((max, c) => Math.max(max, c.sortOrder), 0);
        for (const node of plan.columnsToCreate) {
          const parent = node.parentKey ? byKey.get(node.parentKey) ?? null : null;
          const category = columnCategory(node, parent?.category ?? null, columnSettings, 'other');
          const slug = uniqueSlug(parent?.slug ?? null, node.name, slugs);
          const created = await repo.columns.create({
            name: node.name,
            slug,
            parentDocumentId: parent?.documentId ?? null,
            category,
            isHomepage: isHomepageColumn(node, columnSettings),
            description: node.descriptions.join('；') || null,
            openedAt: columnSettings.openedAt,
            sortOrder: (sortOrder += 1),
          });
          byKey.set(pathKey(node.path), { documentId: created.documentId, slug, category });
        }

        const write = (draft: AssignmentDraft): AssignmentWrite => ({
          columnDocumentId: byKey.get(pathKey(draft.path))!.documentId,
          content: draft.content || null,
          unitDocumentIds: draft.owners.units.map((name) => unitIds.get(name)!),
          unitGroupDocumentIds: draft.owners.groups.map((name) => groupIds.get(name)!),
          ownerText: draft.ownerText || null,
          methods: draft.methods,
          frequencyText: draft.frequencyText || null,
          frequency: draft.frequency,
        });
        for (const draft of plan.create) await repo.assignments.create(write(draft));
        for (const { id, draft } of plan.update) await repo.assignments.update(assignmentDocs.get(id)!, write(draft));
      });
    },
  };
};

export default tableImport;
export type TableImportService = ReturnType<typeof tableImport>;

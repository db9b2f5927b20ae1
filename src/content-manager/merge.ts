import type { TypeLabels } from './labels';

/**
 * Our labels merged into a content-manager view configuration without undoing an administrator's own
 * changes (pure; src/bootstrap/content-manager-labels.ts reads and writes the configuration).
 *
 * Each value we set (a label, a help text, a placeholder, a list header, the list columns, the main field)
 * is written when the stored value is still Strapi's default or still what we wrote last time (recorded in
 * {@link Applied}); a value that is neither was changed by an administrator in "Configure the view" and is
 * kept. So a fresh database gets our labels, an existing one is brought up to date with a new version of
 * the table, and a deliberate change survives every restart.
 */

export interface EditMetadata {
  label?: string;
  description?: string;
  placeholder?: string;
  [key: string]: unknown;
}
export interface ListMetadata {
  label?: string;
  [key: string]: unknown;
}
export interface ViewConfiguration {
  settings: { mainField?: string; [key: string]: unknown };
  metadatas: Record<string, { edit?: EditMetadata; list?: ListMetadata }>;
  layouts: { list: string[]; edit: unknown[]; [key: string]: unknown };
}

/** What we wrote for one type last time (stored with the version). */
export interface Applied {
  fields: Record<string, { label?: string; description?: string; placeholder?: string; listLabel?: string; hidden?: true }>;
  list?: string[];
  mainField?: string;
}

/** What the content-manager writes for a type it has never configured (services/utils/configuration). */
export interface StrapiDefaults {
  /** The first four listable attributes (the default list view). */
  list: string[];
  mainField?: string;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  !!a && !!b && a.length === b.length && a.every((item, index) => item === b[index]);

/** Ours replaces the current value when it is the default or what we set before. */
const take = <T>(current: T | undefined, defaults: T[], previous: T | undefined, ours: T, same: (x: T | undefined, y: T | undefined) => boolean = (x, y) => x === y): T | undefined => {
  if (current === undefined || defaults.some((d) => same(current, d)) || (previous !== undefined && same(current, previous))) return ours;
  return current;
};

export const mergeLabels = (
  current: ViewConfiguration,
  attributes: readonly string[],
  labels: TypeLabels,
  previous: Applied | undefined,
  defaults: StrapiDefaults,
): { configuration: ViewConfiguration; applied: Applied } => {
  const applied: Applied = { fields: {} };
  const metadatas: ViewConfiguration['metadatas'] = { ...current.metadatas };
  for (const [field, label] of Object.entries(labels.fields)) {
    const meta = metadatas[field];
    if (!meta) continue;
    const before = previous?.fields[field] ?? {};
    const edit: EditMetadata = { ...(meta.edit ?? {}) };
    const list: ListMetadata = { ...(meta.list ?? {}) };
    const record: Applied['fields'][string] = {};
    if (meta.edit) {
      edit.label = take(edit.label, [field, ''], before.label, label.zh);
      record.label = label.zh;
      if (label.hint !== undefined) {
        edit.description = take(edit.description, [''], before.description, label.hint);
        record.description = label.hint;
      }
      if (label.placeholder !== undefined) {
        edit.placeholder = take(edit.placeholder, [''], before.placeholder, label.placeholder);
        record.placeholder = label.placeholder;
      }
      if (label.hidden) {
        edit.visible = false;
        record.hidden = true;
      }
    }
    if (meta.list) {
      list.label = take(list.label, [field, ''], before.listLabel, label.zh);
      record.listLabel = label.zh;
    }
    metadatas[field] = { ...meta, ...(meta.edit ? { edit } : {}), ...(meta.list ? { list } : {}) };
    applied.fields[field] = record;
  }

  // A hidden field leaves the edit form's rows (an emptied row goes too).
  const hidden = new Set(Object.entries(labels.fields).filter(([, label]) => label.hidden).map(([field]) => field));
  const layouts = {
    ...current.layouts,
    edit: hidden.size === 0 ? current.layouts.edit : current.layouts.edit.map((row) => (Array.isArray(row) ? row.filter((cell: { name?: string }) => !hidden.has(cell?.name ?? '')) : row)).filter((row) => !Array.isArray(row) || row.length > 0),
  };
  if (labels.list) {
    const ours = labels.list.filter((name) => attributes.includes(name));
    layouts.list = take(current.layouts.list, [defaults.list], previous?.list, ours, sameList) ?? ours;
    applied.list = ours;
  }
  const settings = { ...current.settings };
  if (labels.mainField && attributes.includes(labels.mainField)) {
    settings.mainField = take(settings.mainField, defaults.mainField ? [defaults.mainField] : [], previous?.mainField, labels.mainField);
    applied.mainField = labels.mainField;
  }
  return { configuration: { ...current, settings, metadatas, layouts }, applied };
};

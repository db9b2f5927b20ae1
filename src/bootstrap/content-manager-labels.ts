import type { Core } from '@strapi/strapi';

import { CONTENT_MANAGER_LABELS, LABELS_VERSION, type TypeLabels } from '../content-manager/labels';
import { mergeLabels, type Applied, type StrapiDefaults, type ViewConfiguration } from '../content-manager/merge';

/**
 * Chinese labels, help texts and list columns in the content-manager's view configuration, set by code at
 * every start (src/content-manager/labels.ts is the table, merge.ts the rule). What we wrote is stored in
 * the core store under `content_assurance / content_manager_labels` with {@link LABELS_VERSION}: when the
 * version is unchanged nothing is read or written; when it changes, each value is updated unless an
 * administrator changed it in "Configure the view" (then theirs stays).
 */

interface Stamp {
  version: number;
  applied: Record<string, Applied>;
}

interface CmModel {
  uid: string;
  attributes: Record<string, { type?: string; relationType?: string; relation?: string; private?: boolean }>;
}

interface CmConfigurationService {
  findConfiguration(model: CmModel): Promise<ViewConfiguration>;
  updateConfiguration(model: CmModel, configuration: ViewConfiguration): Promise<unknown>;
}
interface CmContentTypes extends CmConfigurationService {
  findContentType(uid: string): CmModel | undefined;
}
interface CmComponents extends CmConfigurationService {
  findComponent(uid: string): CmModel | undefined;
}

const STORE_KEY = 'content_manager_labels';
const NON_LISTABLE = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks']);

/** The content-manager's own defaults for a type it configures for the first time (5.54, services/utils/configuration). */
const strapiDefaults = (model: CmModel): StrapiDefaults => {
  const names = Object.keys(model.attributes);
  return {
    list: names.filter((name) => name !== 'documentId' && !NON_LISTABLE.has(model.attributes[name].type ?? '')).slice(0, 4),
    mainField: names.find((name) => model.attributes[name].type === 'string' && name !== 'id') ?? 'id',
  };
};

const store = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'content_assurance', key: STORE_KEY });

export const applyContentManagerLabels = async (strapi: Core.Strapi, table: TypeLabels[] = CONTENT_MANAGER_LABELS, version = LABELS_VERSION): Promise<void> => {
  const stamp = (await store(strapi).get({})) as Stamp | null;
  if (stamp?.version === version) return;

  const contentTypes = strapi.plugin('content-manager').service('content-types') as unknown as CmContentTypes;
  const components = strapi.plugin('content-manager').service('components') as unknown as CmComponents;
  const applied: Record<string, Applied> = {};
  for (const labels of table) {
    const service: CmConfigurationService = labels.kind === 'component' ? components : contentTypes;
    const model = labels.kind === 'component' ? components.findComponent(labels.uid) : contentTypes.findContentType(labels.uid);
    if (!model) continue;
    const current = await service.findConfiguration(model);
    const merged = mergeLabels(current, Object.keys(model.attributes), labels, stamp?.applied?.[labels.uid], strapiDefaults(model));
    const { settings, metadatas, layouts } = merged.configuration;
    await service.updateConfiguration(model, { settings, metadatas, layouts });
    applied[labels.uid] = merged.applied;
  }
  await store(strapi).set({ value: { version, applied } satisfies Stamp });
  strapi.log.info(`content-manager labels (中文标签) version ${version} applied to ${Object.keys(applied).length} types`);
};

import fs from 'fs';
import path from 'path';

import { CONTENT_MANAGER_LABELS, ENUM_LABELS, adminTranslations } from './labels';
import { mergeLabels, type ViewConfiguration } from './merge';

const root = path.resolve(__dirname, '..', '..');
const schemaOf = (uid: string): { attributes: Record<string, { type: string; enum?: string[] }> } => {
  const file = uid.includes('::')
    ? path.join(root, 'src', 'api', uid.split('::')[1].split('.')[0], 'content-types', uid.split('.')[1], 'schema.json')
    : path.join(root, 'src', 'components', uid.split('.')[0], `${uid.split('.')[1]}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
};

describe('the label table', () => {
  it.each(CONTENT_MANAGER_LABELS.map((t) => [t.uid, t] as const))('%s: every attribute has a Chinese label, an English one and a help text; list columns exist', (_uid, type) => {
    const { attributes } = schemaOf(type.uid);
    for (const name of Object.keys(attributes)) {
      expect(type.fields[name]?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(type.fields[name]?.en).toMatch(/^[A-Z]/);
      // the help text is Chinese, without attribute names: an officer needs no field names
      expect(type.fields[name]?.hint).toMatch(/[\u4e00-\u9fff]/);
      expect(type.fields[name]?.hint).not.toContain(name);
    }
    for (const column of type.list ?? []) expect(type.fields[column]).toBeDefined();
  });

  it('every enumeration value of our schemas has a name in both languages', () => {
    for (const type of CONTENT_MANAGER_LABELS) {
      for (const attribute of Object.values(schemaOf(type.uid).attributes)) {
        for (const value of attribute.enum ?? []) {
          expect(ENUM_LABELS[value]?.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(ENUM_LABELS[value]?.en).toBeTruthy();
        }
      }
    }
  });

  it('translations: enum names in both languages; no field label ids (they would hide an administrator’s own labels)', () => {
    const translations = adminTranslations();
    expect(Object.keys(translations.en).some((id) => id.startsWith('content-manager.'))).toBe(false);
    expect(translations.en['audio-video']).toBe('Audio/video');
    expect(translations['zh-Hans']['audio-video']).toBe('音视频');
    expect(Object.keys(translations['zh-Hans']).some((id) => id.startsWith('content-manager.'))).toBe(false);
  });
});

describe('mergeLabels', () => {
  const article = CONTENT_MANAGER_LABELS.find((t) => t.uid === 'api::article.article')!;
  const attributes = ['id', 'title', 'source', 'column', 'updatedAt'];
  const fresh = (): ViewConfiguration => ({
    settings: { mainField: 'title' },
    metadatas: Object.fromEntries(attributes.map((a) => [a, { edit: { label: a, description: '', placeholder: '' }, list: { label: a } }])),
    layouts: { list: ['id', 'title', 'source', 'column'], edit: [] },
  });
  const defaults = { list: ['id', 'title', 'source', 'column'], mainField: 'title' };

  it('a fresh configuration gets our labels, help texts and list columns', () => {
    const { configuration } = mergeLabels(fresh(), attributes, article, undefined, defaults);
    expect(configuration.metadatas.title.edit?.label).toBe('标题');
    expect(configuration.metadatas.title.edit?.description).toBe('稿件标题，最多 200 字');
    expect(configuration.metadatas.column.list?.label).toBe('发布栏目');
    expect(configuration.layouts.list).toEqual(['title', 'column', 'updatedAt']);
  });

  it('a new version updates what we wrote and keeps what an administrator changed', () => {
    const first = mergeLabels(fresh(), attributes, article, undefined, defaults);
    const edited = first.configuration;
    edited.metadatas.source.edit!.label = '出处'; // an administrator's own label
    edited.layouts.list = ['title', 'source'];
    const next = { ...article, fields: { ...article.fields, title: { ...article.fields.title, zh: '稿件标题' }, source: { ...article.fields.source, zh: '来源单位' } } };
    const { configuration } = mergeLabels(edited, attributes, next, first.applied, defaults);
    expect(configuration.metadatas.title.edit?.label).toBe('稿件标题');
    expect(configuration.metadatas.source.edit?.label).toBe('出处');
    expect(configuration.metadatas.source.list?.label).toBe('来源单位');
    expect(configuration.layouts.list).toEqual(['title', 'source']);
  });

  it('a hidden field (a unit\'s old contact records) leaves the edit form; the other fields stay in their rows', () => {
    const unit = CONTENT_MANAGER_LABELS.find((t) => t.uid === 'api::unit.unit')!;
    const names = ['name', 'kind', 'leader', 'officers', 'alertEmail'];
    const current: ViewConfiguration = {
      settings: { mainField: 'name' },
      metadatas: Object.fromEntries(names.map((a) => [a, { edit: { label: a, description: '', placeholder: '', visible: true }, list: { label: a } }])),
      layouts: {
        list: ['name', 'kind'],
        edit: [
          [{ name: 'name', size: 6 }, { name: 'kind', size: 6 }],
          [{ name: 'leader', size: 12 }],
          [{ name: 'officers', size: 12 }],
          [{ name: 'alertEmail', size: 6 }],
        ],
      },
    };
    const { configuration, applied } = mergeLabels(current, names, unit, undefined, { list: ['name', 'kind'], mainField: 'name' });
    expect(configuration.layouts.edit).toEqual([[{ name: 'name', size: 6 }, { name: 'kind', size: 6 }], [{ name: 'alertEmail', size: 6 }]]);
    expect(configuration.metadatas.leader.edit?.visible).toBe(false);
    expect(configuration.metadatas.officers.edit?.visible).toBe(false);
    expect(configuration.metadatas.name.edit?.visible).toBe(true);
    expect(applied.fields.leader.hidden).toBe(true);
  });
});

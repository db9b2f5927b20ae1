import fs from 'fs';
import path from 'path';

import { TYPE_NAMES, typeNameTranslations } from './type-names';

const SRC = path.resolve(__dirname, '..');

/** uid → info.displayName of our content types (src/api) and components (src/components). */
const ourSchemas = (): Record<string, string> => {
  const schemas: Record<string, string> = {};
  for (const api of fs.readdirSync(path.join(SRC, 'api'))) {
    const dir = path.join(SRC, 'api', api, 'content-types');
    if (!fs.existsSync(dir)) continue;
    for (const type of fs.readdirSync(dir)) {
      const file = path.join(dir, type, 'schema.json');
      if (fs.existsSync(file)) schemas[`api::${api}.${type}`] = JSON.parse(fs.readFileSync(file, 'utf8')).info.displayName;
    }
  }
  for (const category of fs.readdirSync(path.join(SRC, 'components'))) {
    for (const file of fs.readdirSync(path.join(SRC, 'components', category)).filter((name) => name.endsWith('.json'))) {
      schemas[`${category}.${path.basename(file, '.json')}`] = JSON.parse(fs.readFileSync(path.join(SRC, 'components', category, file), 'utf8')).info.displayName;
    }
  }
  return schemas;
};

describe('content type names in each interface language', () => {
  it('names every content type and component of ours, under its current display name', () => {
    const schemas = ourSchemas();
    expect(Object.keys(schemas).length).toBeGreaterThanOrEqual(7);
    for (const [uid, displayName] of Object.entries(schemas)) expect([uid, TYPE_NAMES[uid]?.displayName]).toEqual([uid, displayName]);
  });

  it('gives the Chinese half in zh-Hans and the English half in English', () => {
    const { en, 'zh-Hans': zh } = typeNameTranslations();
    expect(zh['稿件 Article']).toBe('稿件');
    expect(en['稿件 Article']).toBe('Article');
    expect(zh.User).toBe('用户');
    expect(en.User).toBeUndefined();
    for (const name of Object.values(zh)) expect(name).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

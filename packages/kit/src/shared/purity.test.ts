import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The kit's shared half is pure: the admin bundles it for the browser and the plugins' pure domains
 * import it. No Strapi, no Node module, no clock — only sibling imports. Checked on the sources.
 */
const sources = readdirSync(__dirname)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(join(__dirname, name), 'utf8') }));

const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('the kit shared sources', () => {
  it('are all there', () => {
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['beijing-time.ts', 'domain.ts', 'index.ts', 'messages.ts', 'wall-time.ts']));
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s does not mention @strapi', (_name, text) => {
    expect(text).not.toContain('@strapi');
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s imports only sibling modules', (_name, text) => {
    expect(importsOf(text).filter((spec) => !/^\.\/[a-z-]+$/.test(spec))).toEqual([]);
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s reads no clock and no environment', (_name, text) => {
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|process\.|Math\.random|\bBuffer\b/);
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s has no any', (_name, text) => {
    expect(text).not.toMatch(/:\s*any\b|as any\b|<any>/);
  });

  it('the import check works', () => {
    expect(importsOf("import { x } from '@strapi/utils';\nconst y = require('node:fs');\nimport './z';")).toEqual(['@strapi/utils', 'node:fs', './z']);
  });
});

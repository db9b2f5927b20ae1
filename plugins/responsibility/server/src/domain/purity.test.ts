import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The responsibility domain is pure: no Strapi, no database, no file or network, no clock — only
 * sibling modules, the kit's pure half and two pure libraries (the holiday calendar's data, pinyin
 * for slugs). Reading files (csv-parse, exceljs) is the services' (services/table-file-reader.ts).
 * Checked on the sources, tests excluded.
 */
const sources = readdirSync(__dirname)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(join(__dirname, name), 'utf8') }));

const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);

const ALLOWED_PACKAGES = ['@content-assurance/kit/shared', 'chinese-days/dist/chinese-days.json', 'pinyin-pro'];

describe('the responsibility domain sources', () => {
  it('are all there', () => {
    expect(sources.map((s) => s.name)).toEqual(
      expect.arrayContaining(['access.ts', 'calendar.ts', 'column-status.ts', 'deadline.ts', 'frequency.ts', 'import-plan.ts', 'ownership.ts', 'table-file.ts', 'xlsx-facts.ts']),
    );
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s does not mention @strapi', (_name, text) => {
    expect(text).not.toContain('@strapi');
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s imports only sibling modules, the kit\'s pure half and pure libraries', (_name, text) => {
    expect(importsOf(text).filter((spec) => !/^\.\/[a-z-]+$/.test(spec) && !ALLOWED_PACKAGES.includes(spec))).toEqual([]);
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s reads no clock and no environment', (_name, text) => {
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|process\.env|Math\.random/);
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s has no any', (_name, text) => {
    expect(text).not.toMatch(/:\s*any\b|as any\b|<any>/);
  });

  it('the import check works', () => {
    expect(importsOf("import ExcelJS from 'exceljs';\nconst y = require('node:fs');\nimport './z';")).toEqual(['exceljs', 'node:fs', './z']);
  });
});

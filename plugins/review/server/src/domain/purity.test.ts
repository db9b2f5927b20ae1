import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The domain is pure: no Strapi, no database, no clock — only relative imports, Node built-ins
 * (node:crypto) and the kit's pure half (@content-assurance/kit/shared, checked by its own purity test). Checked on the sources, tests excluded.
 */
const sources = readdirSync(__dirname)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(join(__dirname, name), 'utf8') }));

const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('the review domain sources', () => {
  it('are all there', () => {
    expect(sources.map((s) => s.name).sort()).toEqual(
      expect.arrayContaining([
        'approval-sheet.ts',
        'audit-chain.ts',
        'canonical-json.ts',
        'content-hash.ts',
        'ledger.ts',
        'sensitive-words.ts',
        'state-machine.ts',
        'workflow.ts',
      ]),
    );
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s does not mention @strapi', (_name, text) => {
    expect(text).not.toContain('@strapi');
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s imports only sibling modules, node: built-ins and the kit\'s pure half', (_name, text) => {
    const external = importsOf(text).filter((spec) => !/^\.\/[a-z-]+$/.test(spec) && !spec.startsWith('node:') && spec !== '@content-assurance/kit/shared');
    expect(external).toEqual([]);
  });

  it.each(sources.map((s) => [s.name, s.text]))('%s reads no clock and no environment', (_name, text) => {
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|process\.env|Math\.random/);
  });

  it('the import check works', () => {
    expect(importsOf("import { x } from '@strapi/utils';\nconst y = require('knex');\nimport './z';")).toEqual(['@strapi/utils', 'knex', './z']);
  });
});

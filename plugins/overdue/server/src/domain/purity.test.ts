import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

/** The domain's own sources (tests excluded): what the plugin compiles. */
const sources = readdirSync(__dirname)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, text: readFileSync(join(__dirname, name), 'utf8') }));

describe('the overdue domain stays pure', () => {
  it('has sources to check', () => {
    expect(sources.map((source) => source.name)).toEqual(expect.arrayContaining(['findings.ts', 'types.ts', 'veto.ts', 'digest.ts', 'config.ts']));
  });
  it.each(sources.map((source) => [source.name, source.text]))('%s imports nothing from Strapi', (_name, text) => {
    expect(text).not.toContain('@strapi');
  });
  it.each(sources.map((source) => [source.name, source.text]))('%s imports only sibling domain modules and the kit\'s pure half', (_name, text) => {
    const specifiers = [...text.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    expect(specifiers.filter((specifier) => !/^\.\/[\w-]+$/.test(specifier) && specifier !== '@content-assurance/kit/shared')).toEqual([]);
  });
  it.each(sources.map((source) => [source.name, source.text]))('%s reads no clock and no local time zone', (_name, text) => {
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|\.get(?:FullYear|Month|Date|Day|Hours|Minutes|TimezoneOffset)\(|\.set(?:FullYear|Month|Date|Hours)\(|toLocale\w*\(/);
  });
  it.each(sources.map((source) => [source.name, source.text]))('%s has no any', (_name, text) => {
    expect(text).not.toMatch(/:\s*any\b|as any\b|<any>/);
  });
});

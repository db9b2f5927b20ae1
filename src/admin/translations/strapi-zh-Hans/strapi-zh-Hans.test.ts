/**
 * Our zh-Hans texts against the installed Strapi (run it after every Strapi upgrade): each id Strapi's admin
 * shows has a Chinese text — its own or ours — and ours keep the English text's placeholders. A failure lists
 * the ids to add (with Strapi's English) or to remove.
 */
import fs from 'fs';
import path from 'path';

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

import { registeredId, STRAPI_ADMIN_PACKAGES, type StrapiAdminPackage } from '.';

const STRAPI_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'node_modules', '@strapi');

type Messages = Record<string, string>;

/** A translation file of a package, from its CommonJS build (`<locale>.json.js`). */
const strapiMessages = (pkg: StrapiAdminPackage, locale: string): Messages => {
  const file = path.join(STRAPI_DIR, pkg.packageDir, pkg.translationsDir, `${locale}.json.js`);
  if (!fs.existsSync(file)) return {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(file) as Messages | { default: Messages };
  return 'default' in loaded && typeof loaded.default === 'object' ? loaded.default : (loaded as Messages);
};

/**
 * The ids Strapi's own zh-Hans texts of a package end up under: the plugin id + the file's id (registerTrads).
 * The content-manager's file has most of its ids prefixed already; src/admin/app.ts registers those as they are.
 */
const strapiZhRegistered = (pkg: StrapiAdminPackage): Set<string> =>
  new Set(
    Object.keys(strapiMessages(pkg, 'zh-Hans')).flatMap((id) => [
      registeredId(pkg.pluginId, id),
      ...(pkg.pluginId === 'content-manager' && id.startsWith('content-manager.') ? [id] : []),
    ]),
  );

/** Every registered id with a zh-Hans text: Strapi's and ours. */
const zhRegistered = new Set(
  STRAPI_ADMIN_PACKAGES.flatMap((pkg) => [...strapiZhRegistered(pkg), ...Object.keys(pkg.texts).map((id) => registeredId(pkg.pluginId, id))]),
);

/** The admin code of the packages (ES modules, translation files left out). */
const codeFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'translations' || entry.name === 'tests' ? [] : codeFiles(full);
    return entry.name.endsWith('.mjs') ? [full] : [];
  });
const code = STRAPI_ADMIN_PACKAGES.map((pkg) => ({ pkg, files: codeFiles(path.join(STRAPI_DIR, pkg.packageDir, 'dist', 'admin')).map((file) => fs.readFileSync(file, 'utf8')) }));
const allCode = code.flatMap(({ files }) => files).join('\n');

/**
 * Ids the code gives with an English defaultMessage: `id: '…', defaultMessage: '…'`, with a literal id or a
 * plugin's `getTrad('…')` / `getTranslation('…')` (which prefix it with the plugin id).
 */
const DESCRIPTOR =
  /id:\s*(?:'([^'$]+)'|"([^"$]+)"|`([^`$]+)`|(?:getTrad|getTranslation|getTranslationKey)\(\s*['"`]([^'"`$]+)['"`]\s*\))\s*,\s*defaultMessage:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;

/** Ids in Strapi's code that are no text to translate (a placeholder argument, a form value, a French leftover). */
const NOT_TEXT = new Set(['true', 'false', 'null', 'FIXME', 'Zone pour plugins', 'http://www.client-app.com', 'Settings.review-workflows.stage.color.name', '[tbdb].components.DynamicZone.more-actions']);

/** Names of the arguments and tags of an ICU message (`{count}`, `{count, plural, …}`, `<b>…</b>`). */
const argumentsOf = (message: string): string[] => {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) names.add(element.value);
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        names.add(element.value);
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) {
        names.add(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...names].sort();
};

describe.each(STRAPI_ADMIN_PACKAGES.map((pkg) => ({ ...pkg, name: pkg.pluginId || 'admin' })))('Strapi $name in zh-Hans', (pkg) => {
  const en = strapiMessages(pkg, 'en');

  it('has a Chinese text for every id of its en.json (Strapi’s or ours)', () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
    const missing = Object.entries(en).filter(([id]) => !zhRegistered.has(registeredId(pkg.pluginId, id)));
    // On failure: add these ids (Strapi's English shown) to src/admin/translations/strapi-zh-Hans/<package>.json.
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it('our texts are valid messages with the English text’s arguments and tags', () => {
    const wrong = Object.entries(pkg.texts).flatMap(([id, text]) => {
      let ours: string[];
      try {
        ours = argumentsOf(text);
      } catch (error) {
        return [{ id, text, error: String(error) }];
      }
      const english = en[id];
      if (english === undefined) return [];
      let theirs: string[];
      try {
        theirs = argumentsOf(english);
      } catch {
        return []; // Strapi's own English is not a valid message: nothing to compare with
      }
      return ours.join() === theirs.join() ? [] : [{ id, text, expected: theirs, found: ours }];
    });
    expect(wrong).toEqual([]);
  });

  it('our texts are all for ids Strapi still uses (its en.json or its code)', () => {
    const quoted = (id: string) => [`'${id}'`, `"${id}"`, `\`${id}\``].some((form) => allCode.includes(form));
    const unused = Object.keys(pkg.texts).filter((id) => !(id in en) && !quoted(id) && !quoted(registeredId(pkg.pluginId, id)));
    expect(unused).toEqual([]);
  });

  it('every id its code shows with an English defaultMessage has a Chinese text', () => {
    const missing: Record<string, string> = {};
    for (const source of code.find((entry) => entry.pkg === STRAPI_ADMIN_PACKAGES.find((p) => p.packageDir === pkg.packageDir))?.files ?? []) {
      for (const match of source.matchAll(DESCRIPTOR)) {
        const id = match[1] ?? match[2] ?? match[3] ?? registeredId(pkg.pluginId, match[4]);
        if (!NOT_TEXT.has(id) && !zhRegistered.has(id)) missing[id] = match[5];
      }
    }
    // On failure: add these ids to admin.json (unprefixed ids) or to the plugin's file (without its prefix).
    expect(missing).toEqual({});
  });
});

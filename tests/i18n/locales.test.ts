/**
 * Every language has every English string, none empty, with the same
 * placeholders, and the plural forms its grammar needs. A new English key
 * without its translations fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/ui/languages';

const ROOT = join(import.meta.dirname, '../../locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'string') {
    out.set(prefix, value);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, `<not a string: ${JSON.stringify(value)}>`);
  }
  return out;
}

function read(language: string, namespace: string): Flat {
  return flatten(JSON.parse(readFileSync(join(ROOT, language, `${namespace}.json`), 'utf8')));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

/** English keys with their plural suffix removed, and whether each is a plural. */
function sourceKeys(english: Flat): Map<string, { plural: boolean; texts: string[] }> {
  const keys = new Map<string, { plural: boolean; texts: string[] }>();
  for (const [key, text] of english) {
    const plural = PLURAL_SUFFIX.test(key);
    const base = key.replace(PLURAL_SUFFIX, '');
    const entry = keys.get(base) ?? { plural, texts: [] };
    entry.texts.push(text);
    keys.set(base, entry);
  }
  return keys;
}

const namespaces = readdirSync(join(ROOT, SOURCE_LANGUAGE))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
const translations = LANGUAGES.map((language) => language.code).filter((code) => code !== SOURCE_LANGUAGE);

describe('locale files', () => {
  it('has a folder for every language offered, and offers every folder', () => {
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it('English has the plural forms English needs, and no empty string', () => {
    for (const namespace of namespaces) {
      const english = read(SOURCE_LANGUAGE, namespace);
      for (const [key, text] of english) expect(text.trim(), `${namespace}:${key}`).not.toBe('');
      for (const [base, { plural }] of sourceKeys(english)) {
        if (!plural) continue;
        expect(english.has(`${base}_one`) && english.has(`${base}_other`), `${namespace}:${base}`).toBe(true);
      }
    }
  });

  describe.each(translations)('%s', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it.each(namespaces)('%s has every key of English with the same placeholders, and nothing more', (namespace) => {
      const english = sourceKeys(read(SOURCE_LANGUAGE, namespace));
      const translated = read(language, namespace);
      const problems: string[] = [];
      const expected = new Set<string>();
      for (const [base, { plural, texts }] of english) {
        const keys = plural ? categories.map((category) => `${base}_${category}`) : [base];
        const wanted = [...new Set(texts.flatMap(placeholders))];
        for (const key of keys) {
          expected.add(key);
          const text = translated.get(key);
          if (text === undefined) {
            problems.push(`missing ${key}`);
            continue;
          }
          if (text.trim() === '') problems.push(`empty ${key}`);
          const found = [...new Set(placeholders(text))];
          // A plural form may say its number in words ("one", "two"), so {{count}} is optional there.
          const required = plural ? wanted.filter((name) => name !== 'count') : wanted;
          const missing = required.filter((name) => !found.includes(name));
          const unknown = found.filter((name) => !wanted.includes(name));
          if (missing.length) problems.push(`${key} lacks {{${missing.join('}}, {{')}}}`);
          if (unknown.length) problems.push(`${key} has unknown {{${unknown.join('}}, {{')}}}`);
        }
      }
      for (const key of translated.keys()) if (!expected.has(key)) problems.push(`extra ${key}`);
      expect(problems).toEqual([]);
    });
  });
});

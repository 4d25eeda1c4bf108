/**
 * The words a person learns once (passphrase, notebook, the two copies, the
 * three levels) are the same words on every screen, in every language. Each
 * language lists, in tests/i18n/glossary/<code>.json, the forms of the one
 * term it chose; every string whose English uses the term must use one of
 * them. TRANSLATING.md shows the same choices as a table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/ui/languages';

const LOCALES = join(import.meta.dirname, '../../locales');
const GLOSSARY = join(import.meta.dirname, 'glossary');
const TRANSLATING = readFileSync(join(import.meta.dirname, '../../TRANSLATING.md'), 'utf8');

/** How each term is recognised in English, the source. */
const TERMS = {
  passphrase: /\bpassphrases?\b/i,
  notebook: /\bnotebook('s)?\b/i,
  protectedCopy: /\bprotected cop(y|ies)\b/i,
  paperCopy: /\bpaper cop(y|ies)\b|\bcopy of your list on paper\b/i,
  levelFull: /\bfull information\b/i,
  levelPartial: /\bpartial\b/i,
  levelEmergency: /\bemergency use only\b/i,
} as const;

type Term = keyof typeof TERMS;
const TERM_NAMES = Object.keys(TERMS) as Term[];

/** Strings whose English uses a term without meaning it, so the translation need not use it. */
const EXCEPTIONS: readonly { key: string; term: Term; reason: string }[] = [
  {
    key: 'common:app.name',
    term: 'notebook',
    reason: 'The name under the icon on the phone stays in English in every language.',
  },
  {
    key: 'backup:make.saved',
    term: 'notebook',
    reason: 'Quotes the name of the saved file, which is the English word "notebook" in every language.',
  },
];

function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

/** Every string of a language, keyed "namespace:key". */
function strings(language: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, language)).filter((name) => name.endsWith('.json'))) {
    const namespace = file.replace(/\.json$/, '');
    const flat = flatten(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')));
    for (const [key, text] of flat) all.set(`${namespace}:${key}`, text);
  }
  return all;
}

function glossary(language: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(GLOSSARY, `${language}.json`), 'utf8'));
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase();

const english = strings(SOURCE_LANGUAGE);
const codes = LANGUAGES.map((language) => language.code);

describe('glossary', () => {
  it('has a glossary file for every language offered, and none for another', () => {
    const files = readdirSync(GLOSSARY)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...codes].sort());
  });

  it('excepts only strings that exist and use the term in English, each for a reason', () => {
    for (const { key, term, reason } of EXCEPTIONS) {
      expect(TERMS[term].test(english.get(key) ?? ''), `${key} ${term}`).toBe(true);
      expect(reason.length, key).toBeGreaterThan(20);
    }
  });

  it('English uses every term somewhere, so no term is checked against nothing', () => {
    for (const term of TERM_NAMES) {
      expect(
        [...english.values()].some((text) => TERMS[term].test(text)),
        term,
      ).toBe(true);
    }
  });

  describe.each(codes)('%s', (language) => {
    it('lists at least one form for each term, and nothing else', () => {
      const entries = glossary(language);
      expect(Object.keys(entries).sort()).toEqual([...TERM_NAMES].sort());
      for (const term of TERM_NAMES) {
        const forms = entries[term];
        expect(Array.isArray(forms) && forms.length > 0, term).toBe(true);
        for (const form of forms as unknown[]) expect(typeof form === 'string' && form.trim() !== '', term).toBe(true);
      }
    });

    it('shows the same first form of each term in the table of TRANSLATING.md', () => {
      const entries = glossary(language);
      const row = TRANSLATING.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${language}\``));
      expect(row, language).toBeDefined();
      for (const term of TERM_NAMES) {
        const first = ((entries[term] ?? []) as string[])[0] ?? '';
        expect(fold(row ?? ''), term).toContain(fold(first));
      }
    });

    it('uses its chosen term wherever English uses the term', () => {
      const entries = glossary(language);
      const translated = strings(language);
      const problems: string[] = [];
      for (const [key, source] of english) {
        for (const term of TERM_NAMES) {
          if (!TERMS[term].test(source)) continue;
          if (EXCEPTIONS.some((exception) => exception.key === key && exception.term === term)) continue;
          const forms = ((entries[term] ?? []) as string[]).map(fold);
          const text = fold(translated.get(key) ?? '');
          if (!forms.some((form) => text.includes(form))) problems.push(`${key} lacks ${term}: ${translated.get(key)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});

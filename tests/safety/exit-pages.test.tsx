import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseExitPage,
  chosenExitPage,
  DEFAULT_EXIT_PAGE,
  EXIT_PAGE_IDS,
  EXIT_PAGE_LANGUAGES,
  exitPageLanguage,
  exitUrl,
} from '../../src/safety/exit-pages';
import { LANGUAGES } from '../../src/ui/languages';

/** The files served as they are, beside the built app (tests run from the project's root). */
const publicFile = (pathname: string) => join(process.cwd(), 'public', pathname);
const APP_ORIGIN = 'https://notebook.example';

/** Every exit page in every language, as [language, page]. */
const EVERY_PAGE = LANGUAGES.flatMap(({ code }) => EXIT_PAGE_IDS.map((page) => [code, page] as const));

/** Words that would say what the app is, or that this page is where it went, in English. */
const TELLING_WORDS = [
  'safe',
  'abuse',
  'abusive',
  'violence',
  'domestic',
  'notebook',
  'exit',
  'shelter',
  'hotline',
  'survivor',
  'victim',
  'police',
  'escape',
  'contact',
  'passphrase',
  'lock',
];

function readLocale(code: string, namespace: string): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(join(process.cwd(), 'locales', code, `${namespace}.json`), 'utf8'));
}

function readPage(code: string, page: (typeof EXIT_PAGE_IDS)[number]): Document {
  const html = readFileSync(publicFile(exitUrl(page, code)), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function setDocumentLanguage(code: string) {
  document.documentElement.lang = code;
}

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
  document.body.replaceChildren();
});

describe('the pages the quick exit leaves for', () => {
  it.each(EVERY_PAGE)('%s %s is a page of this app, on its own origin', (code, page) => {
    const url = new URL(exitUrl(page, code), `${APP_ORIGIN}/`);
    expect(url.origin).toBe(APP_ORIGIN);
    expect(url.pathname).toMatch(/^\/exit\/([A-Za-z-]+\/)?[a-z]+\.html$/);
    expect(existsSync(publicFile(url.pathname))).toBe(true);
  });

  it.each(EVERY_PAGE)('%s %s loads nothing from elsewhere and keeps its strict policy', (code, page) => {
    const html = readFileSync(publicFile(exitUrl(page, code)), 'utf8');
    const references = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');
    for (const reference of references) expect(new URL(reference, `${APP_ORIGIN}/`).origin).toBe(APP_ORIGIN);
    expect(html).not.toMatch(/https?:\/\//);
    const policy = readPage(code, page).querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(policy?.getAttribute('content')).toMatch(/^default-src 'self';.*object-src 'none'; base-uri 'none'$/);
    if (page === 'recipes') expect(policy?.getAttribute('content')).toContain("script-src 'none'");
  });

  it.each(EVERY_PAGE)('%s %s is written in that language, in its direction, with a title', (code, page) => {
    const doc = readPage(code, page);
    const language = LANGUAGES.find((candidate) => candidate.code === code);
    expect(doc.documentElement.lang).toBe(code);
    expect(doc.documentElement.dir).toBe(language?.dir);
    expect(doc.title.trim().length).toBeGreaterThan(0);
    expect(doc.querySelector('h1')?.textContent).toBe(doc.title);
    if (code !== 'en') expect(doc.title).not.toBe(readPage('en', page).title);
  });

  it.each(EVERY_PAGE)('%s %s says nothing of the app or of leaving it', (code, page) => {
    const doc = readPage(code, page);
    const text = [
      doc.title,
      doc.body.textContent ?? '',
      ...[...doc.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? ''),
      ...[...doc.querySelectorAll('[data-error]')].map((element) => element.getAttribute('data-error') ?? ''),
    ]
      .join(' ')
      .toLowerCase();
    const ownWords = [readLocale(code, 'safety').exit?.button, readLocale(code, 'common').app?.name];
    for (const word of [...TELLING_WORDS, ...ownWords]) {
      expect(word).toBeTruthy();
      expect(text, `${code} ${page}`).not.toContain(word?.toLowerCase());
    }
  });

  it('has pages for exactly the languages the app speaks', () => {
    expect([...EXIT_PAGE_LANGUAGES]).toEqual(LANGUAGES.map(({ code }) => code));
  });

  it('keeps the English pages where the first versions sent people', () => {
    expect(exitUrl('recipes', 'en')).toBe('/exit/recipes.html');
    expect(exitUrl('calculator', 'en')).toBe('/exit/calculator.html');
  });

  it('is the recipes page until another is chosen', () => {
    expect(DEFAULT_EXIT_PAGE).toBe('recipes');
    expect(chosenExitPage()).toBe('recipes');
    expect(exitUrl()).toBe('/exit/recipes.html');
  });

  it('remembers the page chosen, on this device', () => {
    chooseExitPage('calculator');
    expect(chosenExitPage()).toBe('calculator');
    expect(exitUrl()).toBe('/exit/calculator.html');
    expect(localStorage.getItem('notebook.exit')).toBe('calculator');
  });

  it('falls back to the recipes page when what is stored is not one of its pages', () => {
    for (const stored of ['https://example.com/', '//example.com', 'toString', '__proto__', '']) {
      localStorage.setItem('notebook.exit', stored);
      expect(chosenExitPage()).toBe('recipes');
      expect(exitUrl()).toBe('/exit/recipes.html');
    }
  });
});

describe('the language of the page the quick exit leaves for', () => {
  it('is the language the app is showing', () => {
    setDocumentLanguage('es');
    expect(exitUrl()).toBe('/exit/es/recipes.html');
    setDocumentLanguage('ar');
    chooseExitPage('calculator');
    expect(exitUrl()).toBe('/exit/ar/calculator.html');
    setDocumentLanguage('zh-Hant');
    expect(exitUrl()).toBe('/exit/zh-Hant/calculator.html');
  });

  it('can be given instead of read from the page', () => {
    setDocumentLanguage('fa');
    expect(exitUrl('recipes', 'ko')).toBe('/exit/ko/recipes.html');
  });

  it('is the base language for a regional tag, whatever its case', () => {
    expect(exitPageLanguage('es-MX')).toBe('es');
    expect(exitPageLanguage('ZH-hans')).toBe('zh-Hans');
    expect(exitPageLanguage('fr-CA')).toBe('fr');
  });

  it('is English for a language without pages, or none at all', () => {
    for (const tag of ['de', 'en-XA', 'zh', '', '../../', 'toString']) {
      expect(exitPageLanguage(tag), tag).toBe('en');
      expect(exitUrl('recipes', tag)).toBe('/exit/recipes.html');
    }
    expect(exitUrl()).toBe('/exit/recipes.html');
  });
});

describe('the calculator', () => {
  const script = readFileSync(publicFile('/exit/calculator.js'), 'utf8');

  /** Opens a language's calculator page here and runs its script, as the browser would. */
  function openCalculator(code: string) {
    document.body.innerHTML = readPage(code, 'calculator').body.innerHTML;
    new Function(script)();
    const display = document.getElementById('display');
    const press = (...keys: string[]) => {
      for (const key of keys) document.querySelector<HTMLButtonElement>(`button[data-key="${key}"]`)?.click();
      return display?.textContent;
    };
    return press;
  }

  it('adds, multiplies and keeps the order of operations', () => {
    const press = openCalculator('en');
    expect(press('7', '+', '6', '*', '2', '=')).toBe('19');
    expect(press('C')).toBe('0');
    expect(press('(', '1', '.', '5', '-', '4', ')', '/', '2', '=')).toBe('\u22121.25');
  });

  it('writes numbers in the digits and decimal mark of its language', () => {
    expect(openCalculator('ar')('7', '*', '6', '=')).toBe('٤٢');
    expect(openCalculator('fa')('1', '.', '5', '+', '2', '=')).toBe('۳٫۵');
    expect(openCalculator('fr')('1', '.', '5', '*', '3')).toBe('1,5×3');
  });

  it('says it cannot divide by zero in its language, then starts afresh', () => {
    const press = openCalculator('ru');
    expect(press('1', '/', '0', '=')).toBe('Ошибка');
    expect(press('4')).toBe('4');
    expect(openCalculator('es')('1', '/', '0', '=')).toBe('Error');
  });

  it.each(LANGUAGES.map(({ code }) => code))('in %s has a label in its language for every sign', (code) => {
    const doc = readPage(code, 'calculator');
    for (const key of ['C', '/', '*', '-', '+', '.', '=']) {
      expect(doc.querySelector(`button[data-key="${key}"]`)?.getAttribute('aria-label'), key).toBeTruthy();
    }
    if (code !== 'en') {
      const english = readPage('en', 'calculator');
      expect(doc.querySelector('button[data-key="/"]')?.getAttribute('aria-label')).not.toBe(
        english.querySelector('button[data-key="/"]')?.getAttribute('aria-label'),
      );
    }
  });
});

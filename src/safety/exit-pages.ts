/**
 * The innocuous pages the quick exit can go to. They are part of the app
 * (so they work offline and an installed app can show them), and say nothing
 * of what the app is for. Each is written in every language the app speaks,
 * so the page that appears is in the language the person was reading.
 */
import { APP_LANGUAGE_CODES } from '../domain/app-languages';
import { readPreference, writePreference } from './preferences';

export const EXIT_PAGES = {
  recipes: 'recipes.html',
  calculator: 'calculator.html',
} as const;
export type ExitPage = keyof typeof EXIT_PAGES;

export const DEFAULT_EXIT_PAGE: ExitPage = 'recipes';

/**
 * The languages with their own exit pages. English keeps the paths the first
 * versions used (/exit/recipes.html), where an installed older version may
 * still send someone; the others live in a folder named by their code.
 * Every language the app speaks has them.
 */
export const EXIT_PAGE_LANGUAGES = APP_LANGUAGE_CODES;
export type ExitPageLanguage = (typeof EXIT_PAGE_LANGUAGES)[number];
const ENGLISH: ExitPageLanguage = 'en';

function isExitPage(value: string | null): value is ExitPage {
  return value !== null && Object.hasOwn(EXIT_PAGES, value);
}

/** Every exit page, in the order the settings offer them. */
export const EXIT_PAGE_IDS: readonly ExitPage[] = Object.keys(EXIT_PAGES).filter(isExitPage);

export function chosenExitPage(): ExitPage {
  const stored = readPreference('exit');
  return isExitPage(stored) ? stored : DEFAULT_EXIT_PAGE;
}

export function chooseExitPage(page: ExitPage): void {
  writePreference('exit', page);
}

/**
 * The language whose pages to show for a language tag: the same language,
 * then its base language (`es-MX` is `es`), else English.
 */
export function exitPageLanguage(tag: string): ExitPageLanguage {
  const lower = tag.trim().toLowerCase();
  const find = (code: string) => EXIT_PAGE_LANGUAGES.find((candidate) => candidate.toLowerCase() === code);
  return find(lower) ?? find(lower.split('-')[0] ?? '') ?? ENGLISH;
}

/** The language the app is showing: the app sets it on the document whenever it changes. */
function documentLanguage(): string {
  return globalThis.document?.documentElement.lang ?? '';
}

export function exitUrl(page: ExitPage = chosenExitPage(), language: string = documentLanguage()): string {
  const code = exitPageLanguage(language);
  return code === ENGLISH ? `/exit/${EXIT_PAGES[page]}` : `/exit/${code}/${EXIT_PAGES[page]}`;
}

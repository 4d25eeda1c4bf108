/**
 * The innocuous pages the quick exit can go to. They are part of the app
 * (so they work offline and an installed app can show them), and say nothing
 * of what the app is for.
 */
import { readPreference, writePreference } from './preferences';

export const EXIT_PAGES = {
  recipes: '/exit/recipes.html',
  calculator: '/exit/calculator.html',
} as const;
export type ExitPage = keyof typeof EXIT_PAGES;

export const DEFAULT_EXIT_PAGE: ExitPage = 'recipes';

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

export function exitUrl(page: ExitPage = chosenExitPage()): string {
  return EXIT_PAGES[page];
}

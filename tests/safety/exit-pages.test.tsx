import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseExitPage, chosenExitPage, DEFAULT_EXIT_PAGE, EXIT_PAGE_IDS, exitUrl } from '../../src/safety/exit-pages';

/** The files served as they are, beside the built app (tests run from the project's root). */
const publicFile = (pathname: string) => join(process.cwd(), 'public', pathname);
const APP_ORIGIN = 'https://notebook.example';

afterEach(() => localStorage.clear());

describe('the pages the quick exit leaves for', () => {
  it.each(EXIT_PAGE_IDS)('%s is a page of this app, on its own origin', (page) => {
    const url = new URL(exitUrl(page), `${APP_ORIGIN}/`);
    expect(url.origin).toBe(APP_ORIGIN);
    expect(url.pathname).toMatch(/^\/exit\/[a-z]+\.html$/);
    expect(existsSync(publicFile(url.pathname))).toBe(true);
  });

  it.each(EXIT_PAGE_IDS)('%s loads nothing from elsewhere', (page) => {
    const html = readFileSync(publicFile(exitUrl(page)), 'utf8');
    const references = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');
    for (const reference of references) expect(new URL(reference, `${APP_ORIGIN}/`).origin).toBe(APP_ORIGIN);
    expect(html).not.toMatch(/https?:\/\//);
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

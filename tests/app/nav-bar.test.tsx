import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../src/app/i18n';
import { NavBar } from '../../src/app/NavBar';
import { SECTIONS, type Section } from '../../src/app/navigation';
import { LANGUAGES } from '../../src/ui/languages';
import { findUnlocked, renderApp } from '../features/harness';

let translations: i18n;

beforeAll(async () => {
  translations = await setupI18n('en');
});

function renderNavBar(current: Section) {
  const onSection = vi.fn<(section: Section) => void>();
  render(
    <I18nextProvider i18n={translations}>
      <NavBar current={current} onSection={onSection} />
    </I18nextProvider>,
  );
  return { onSection, nav: screen.getByRole('navigation', { name: 'Sections' }) };
}

describe('the bar of sections', () => {
  it('names every section by its word, the pictures hidden from screen readers', () => {
    const { nav } = renderNavBar('home');
    expect(
      within(nav)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Your list', 'Steps', 'Help', 'Settings']);
    for (const picture of nav.querySelectorAll('svg')) expect(picture.getAttribute('aria-hidden')).toBe('true');
  });

  it('marks the current section, and only that one, as the current page', () => {
    const { nav } = renderNavBar('help');
    const current = within(nav)
      .getAllByRole('button')
      .filter((button) => button.getAttribute('aria-current') === 'page');
    expect(current.map((button) => button.textContent)).toEqual(['Help']);
  });

  it('tells which section was chosen', async () => {
    const { nav, onSection } = renderNavBar('home');
    await userEvent.click(within(nav).getByRole('button', { name: 'Settings' }));
    expect(onSection).toHaveBeenCalledExactlyOnceWith('settings');
  });

  it('has a word for every section in every language', async () => {
    for (const { code } of LANGUAGES) {
      const language = await setupI18n(code);
      for (const section of SECTIONS) {
        const word = language.getFixedT(code, 'common')(`nav.${section}`, { fallbackLng: [] });
        expect(word, `${code} ${section}`).not.toBe(`nav.${section}`);
        expect(word.trim().length, `${code} ${section}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the shell', () => {
  it('puts Exit first, then the sections, in the banner at the top of the document, and Lock beside the title', async () => {
    await renderApp({ notebook: 'unlocked' });
    await findUnlocked();
    const banner = screen.getByRole('banner');
    const exit = within(banner).getByRole('button', { name: 'Exit: leave this page now' });
    const nav = within(banner).getByRole('navigation', { name: 'Sections' });
    expect(exit.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const main = screen.getByRole('main');
    expect(banner.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(main).getByRole('button', { name: 'Lock' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: 'Your list' }).getAttribute('aria-current')).toBe('page');
  });

  it('keeps Exit in the banner before the passphrase, with no sections and no Lock', async () => {
    await renderApp({ notebook: 'locked' });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('button', { name: 'Exit: leave this page now' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
  });
});

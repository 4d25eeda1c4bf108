import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/ui/languages';
import { PASSPHRASE, renderApp, SCREEN_CHANGE } from './harness';

function restoreBrowserLanguages() {
  Reflect.deleteProperty(navigator, 'languages');
}

function browserLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { configurable: true, value: languages });
}

describe('choosing a language', () => {
  afterEach(() => {
    restoreBrowserLanguages();
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
  });

  it('on a new device, the first screen offers every language in its own name, before anything else', async () => {
    await renderApp({ languageChosen: false });
    expect(screen.queryByLabelText('Choose a passphrase')).toBeNull();
    const names = screen
      .getAllByRole('button')
      .filter((button) => button.closest('.language-list'))
      .map((button) => button.textContent);
    expect(names).toEqual(LANGUAGES.map((language) => language.name));
    const arabic = screen.getByRole('button', { name: 'العربية' });
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
  });

  it('follows the browser language: a Vietnamese phone is asked in Vietnamese, with Vietnamese first', async () => {
    browserLanguages(['vi-VN', 'en-US']);
    const { i18n } = await renderApp({ languageChosen: false });
    expect(i18n.language).toBe('vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(i18n.t('language.choose'));
    const first = within(screen.getByRole('list')).getAllByRole('button')[0];
    expect(first?.textContent).toBe('Tiếng Việt');
  });

  it('choosing Arabic turns the page right to left and shows the first-run screen in Arabic, and remembers it', async () => {
    const { user, i18n } = await renderApp({ languageChosen: false });
    await user.click(screen.getByRole('button', { name: 'العربية' }));
    await waitFor(() => expect(i18n.language).toBe('ar'));
    await screen.findByRole('heading', { level: 1, name: i18n.t('setup:title') }, SCREEN_CHANGE);
    expect(i18n.language).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByLabelText(i18n.t('setup:passphrase.label'))).toBeTruthy();
    expect(localStorage.getItem('notebook.language')).toBe('ar');
  });

  it('the unlock screen can switch language at once, and the new language is kept for next time', async () => {
    const { user, i18n } = await renderApp({ notebook: 'locked' });
    await user.selectOptions(screen.getByLabelText('Language'), 'Español');
    await waitFor(() => expect(i18n.language).toBe('es'));
    expect(await screen.findByLabelText(i18n.t('unlock:label'))).toBeTruthy();
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    expect(localStorage.getItem('notebook.language')).toBe('es');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('a passphrase typed after switching to Farsi still opens the notebook', async () => {
    const { user, i18n } = await renderApp({ notebook: 'locked' });
    await user.selectOptions(screen.getByLabelText('Language'), 'فارسی');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    await user.type(screen.getByLabelText(i18n.t('unlock:label')), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: i18n.t('unlock:submit') }));
    expect(await screen.findByRole('button', { name: i18n.t('actions.lock') }, SCREEN_CHANGE)).toBeTruthy();
  });

  it('a first screen left open asks for the language again when another tab clears the storage, as "delete everything" does', async () => {
    await renderApp();
    expect(screen.getByLabelText('Choose a passphrase')).toBeTruthy();
    localStorage.clear();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose your language' }, SCREEN_CHANGE)).toBeTruthy();
    expect(screen.queryByLabelText('Choose a passphrase')).toBeNull();
  });
});

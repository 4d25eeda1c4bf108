import '../features/node-realm';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { isStartNamespace, START_NAMESPACES } from '../../src/app/namespaces';
import { findUnlocked, PASSPHRASE, renderApp, submitPassphrase } from '../features/harness';

/** The namespaces i18next holds for a language. */
const loaded = (i18n: { store: { data: Record<string, Record<string, unknown> | undefined> } }, language = 'en') =>
  Object.keys(i18n.store.data[language] ?? {}).sort();

describe('which words load when', () => {
  it('splits every namespace into those before the passphrase and those behind it', () => {
    expect([...START_NAMESPACES, ...UNLOCKED_NAMESPACES].sort()).toEqual([...NAMESPACES].sort());
    for (const namespace of START_NAMESPACES) expect(NAMESPACES).toContain(namespace);
    expect(UNLOCKED_NAMESPACES.some(isStartNamespace)).toBe(false);
  });

  it('the language screen, the first run and the unlock screen load only the words before the passphrase', async () => {
    for (const options of [
      { notebook: 'none', languageChosen: false },
      { notebook: 'none' },
      { notebook: 'locked' },
    ] as const) {
      const { i18n, session } = await renderApp(options);
      expect(loaded(i18n)).toEqual([...START_NAMESPACES].sort());
      expect(i18n.reportNamespaces?.getUsedNamespaces().every(isStartNamespace)).toBe(true);
      session.lock();
      document.body.innerHTML = '';
    }
  });

  it('unlocking loads the words of the screens behind the passphrase, and shows them with their words', async () => {
    const { i18n, user } = await renderApp({ notebook: 'locked' });
    await submitPassphrase(user, PASSPHRASE);
    await findUnlocked();
    expect(loaded(i18n)).toEqual([...NAMESPACES].sort());
    expect(screen.getByRole('heading', { level: 1, name: 'Your list' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add someone' })).toBeTruthy();
  });
});

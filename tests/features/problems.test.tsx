import './node-realm';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotebookSession } from '../../src/vault/session';
import { FAST_KDF, freshName, person, rawDump, rawPut } from '../vault/helpers';
import { PASSPHRASE, renderApp, SCREEN_CHANGE, submitPassphrase } from './harness';

describe('what bad conditions get', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a browser without IndexedDB gets a clear message instead of the notebook', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { session } = await renderApp();

    expect(session.getState()).toEqual({ phase: 'unavailable', reason: 'storage-unavailable' });
    expect(screen.getByRole('heading', { name: 'Something needs your attention', level: 1 })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('This browser is not letting the app keep anything');
    expect(screen.queryByLabelText('Choose a passphrase')).toBeNull();
  });

  it('a browser without Web Crypto is told to update or change browser', async () => {
    vi.stubGlobal('crypto', {});
    const { session } = await renderApp();

    expect(session.getState()).toEqual({ phase: 'unavailable', reason: 'crypto-unavailable' });
    expect(screen.getByRole('alert').textContent).toContain('This browser cannot lock your notebook safely.');
    expect(screen.queryByLabelText('Choose a passphrase')).toBeNull();
  });

  it('a damaged entry is reported, and everyone else still opens', async () => {
    const name = freshName();
    const earlier = new NotebookSession({ name, kdf: FAST_KDF });
    await earlier.start();
    await earlier.create(PASSPHRASE);
    await earlier.savePerson(person('Ana'));
    earlier.lock();
    await rawPut(name, 'people', {
      id: 'broken-entry',
      iv: new Uint8Array(12),
      ciphertext: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]),
    });

    const { user } = await renderApp({ session: new NotebookSession({ name, kdf: FAST_KDF }) });
    await submitPassphrase(user, PASSPHRASE);

    const notice = (
      await screen.findByText('Some entries could not be opened', {}, SCREEN_CHANGE)
    ).closest<HTMLElement>('[role="alert"]');
    if (!notice) throw new Error('the damage is not announced as an alert');
    expect(notice.textContent).toContain('1 entry could not be opened.');
    expect(within(notice).getByText('broken-entry')).toBeTruthy();
    expect(screen.getByText('Ana', { selector: '.person__label' })).toBeTruthy();
    expect(document.querySelectorAll('.person__label')).toHaveLength(1);
  });

  it('a lock changed in storage to ask for huge key derivation is refused at once, in plain words', async () => {
    const name = freshName();
    const earlier = new NotebookSession({ name, kdf: FAST_KDF });
    await earlier.start();
    await earlier.create(PASSPHRASE);
    earlier.lock();
    const [stored] = (await rawDump(name)).keystore as Array<Record<string, unknown>>;
    await rawPut(name, 'keystore', {
      ...stored,
      kdf: { name: 'argon2id', memoryKiB: 1_048_576, iterations: 64, parallelism: 16 },
    });

    const { user } = await renderApp({ session: new NotebookSession({ name, kdf: FAST_KDF }) });
    await submitPassphrase(user, PASSPHRASE);

    const alert = await screen.findByText(/asks for more work than this app ever uses/, {}, SCREEN_CHANGE);
    expect(alert.textContent).toBe(
      "This notebook's lock asks for more work than this app ever uses, so it was not opened. It may have been changed on this device. If you have a protected copy, you can bring it back after starting again.",
    );
    expect(screen.getByLabelText('Passphrase')).toBeTruthy();
  });
});

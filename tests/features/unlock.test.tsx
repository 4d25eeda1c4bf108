import './node-realm';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotebookSession } from '../../src/vault/session';
import { FakeWorker, lastWorker } from '../vault/fake-worker';
import { FAST_KDF, freshName, person } from '../vault/helpers';
import { contentsOf, findUnlocked, PASSPHRASE, renderApp, SCREEN_CHANGE, submitPassphrase } from './harness';

const WRONG_PASSPHRASE_MESSAGE =
  'That passphrase does not open this notebook. Check for capital letters and spaces, and try again.';

describe('unlocking', () => {
  it('opens on the unlock screen when a notebook exists, saying nothing of what is inside', async () => {
    const name = freshName();
    const earlier = new NotebookSession({ name, kdf: FAST_KDF });
    await earlier.start();
    await earlier.create(PASSPHRASE);
    await earlier.savePerson(person('Marisol'));
    earlier.lock();

    await renderApp({ session: new NotebookSession({ name, kdf: FAST_KDF }) });
    expect(screen.getByLabelText('Passphrase').getAttribute('type')).toBe('password');
    expect(document.body.textContent).not.toContain('Marisol');
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
  });

  it('keeps the Open button disabled until something is typed', async () => {
    const { user } = await renderApp({ notebook: 'locked' });
    const open = await screen.findByRole('button', { name: 'Open' });
    expect((open as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('Passphrase'), 'x');
    expect((open as HTMLButtonElement).disabled).toBe(false);
  });

  it('a wrong passphrase shows the error message, empties the field, and the right one opens', async () => {
    const { user, session } = await renderApp({ notebook: 'locked' });
    await submitPassphrase(user, 'not the right words');

    expect((await screen.findByRole('alert', {}, SCREEN_CHANGE)).textContent).toBe(WRONG_PASSPHRASE_MESSAGE);
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    expect(field.value).toBe('');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(session.getState().phase).toBe('locked');

    await submitPassphrase(user, PASSPHRASE);
    expect(await findUnlocked()).toBeTruthy();
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    expect(screen.queryByText(WRONG_PASSPHRASE_MESSAGE)).toBeNull();
    expect(contentsOf(session).people).toEqual([]);
  });

  it('says the opening stopped, and stays locked, when another tab locks while the passphrase is checked', async () => {
    const { user, session } = await renderApp({ notebook: 'locked' });
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.reset();
    FakeWorker.mode = 'hold';
    try {
      await submitPassphrase(user, PASSPHRASE);
      await waitFor(() => lastWorker());
      expect(screen.getByText('Opening…')).toBeTruthy();
      // What the app does when another tab says it locked.
      session.lockThisTab();
      expect((await screen.findByRole('alert', {}, SCREEN_CHANGE)).textContent).toBe(
        'This stopped because the notebook was locked before it finished. Nothing was changed. Try again when you are ready.',
      );
      lastWorker().release();
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(session.getState().phase).toBe('locked');
      expect((screen.getByRole('button', { name: 'Open' }) as HTMLButtonElement).disabled).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('tells a passphrase that differs only by a capital letter from the right one', async () => {
    const { user, session } = await renderApp({ notebook: 'locked' });
    await submitPassphrase(user, PASSPHRASE.toUpperCase());
    expect((await screen.findByRole('alert', {}, SCREEN_CHANGE)).textContent).toBe(WRONG_PASSPHRASE_MESSAGE);
    expect(session.getState().phase).toBe('locked');
  });

  it('says why the passphrase cannot be recovered', async () => {
    await renderApp({ notebook: 'locked' });
    expect(await screen.findByText(/Forgot your passphrase\? Nobody can recover it\./)).toBeTruthy();
  });
});

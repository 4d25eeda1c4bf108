import './node-realm';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../src/vault/session';
import { FAST_KDF, freshName, person, rawClear } from '../vault/helpers';
import { PASSPHRASE, renderApp, SCREEN_CHANGE } from './harness';

/** A notebook holding Marisol, then its keystore row removed behind the app's back. */
async function notebookWithoutItsLock(): Promise<string> {
  const name = freshName();
  const earlier = new NotebookSession({ name, kdf: FAST_KDF });
  await earlier.start();
  await earlier.create(PASSPHRASE);
  await earlier.savePerson(person('Marisol'));
  earlier.lock();
  await rawClear(name, 'keystore');
  return name;
}

describe('a notebook whose lock is missing', () => {
  it('says the notebook cannot be opened and how a protected copy brings it back, instead of greeting a new phone', async () => {
    const name = await notebookWithoutItsLock();
    await renderApp({ session: new NotebookSession({ name, kdf: FAST_KDF }) });
    expect(await screen.findByText('This notebook cannot be opened', {}, SCREEN_CHANGE)).toBeTruthy();
    expect(screen.getByText(/If you kept a protected copy, start a new notebook/)).toBeTruthy();
    expect(screen.queryByLabelText('Choose a passphrase')).toBeNull();
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    expect(screen.getByRole('button', { name: 'Exit: leave this page now' })).toBeTruthy();
  });

  it('starts a new notebook only after a second question, leaving nothing behind, and "Not now" keeps everything', async () => {
    const name = await notebookWithoutItsLock();
    const session = new NotebookSession({ name, kdf: FAST_KDF });
    const { user } = await renderApp({ session });
    await user.click(await screen.findByRole('button', { name: 'Start a new notebook' }, SCREEN_CHANGE));
    expect(screen.getByText('Delete what is left?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(session.getState().phase).toBe('lock-missing');

    await user.click(screen.getByRole('button', { name: 'Start a new notebook' }));
    await user.click(screen.getByRole('button', { name: 'Delete and start again' }));
    // Nothing is left behind, the language chosen included: the first screen of a new phone.
    await user.click(await screen.findByRole('button', { name: 'English' }, SCREEN_CHANGE));
    expect(await screen.findByLabelText('Choose a passphrase', {}, SCREEN_CHANGE)).toBeTruthy();
    expect(session.getState().phase).toBe('new');
  });
});

import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addPerson,
  contentsOf,
  createNotebook,
  findUnlocked,
  goTo,
  PASSPHRASE,
  renderApp,
  SCREEN_CHANGE,
  stubPersistentStorage,
  submitPassphrase,
} from './harness';

const NEW_PASSPHRASE = 'a different and longer passphrase';

function storageSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Keeping your notebook on this phone' });
}

describe('settings: keeping the notebook on this phone', () => {
  let restoreStorage: (() => void) | null = null;
  afterEach(() => {
    restoreStorage?.();
    restoreStorage = null;
  });

  it('says when the browser has agreed to keep the notebook', async () => {
    restoreStorage = stubPersistentStorage(true).restore;
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    await waitFor(() =>
      expect(storageSection().textContent).toContain('This browser has agreed to keep your notebook'),
    );
  });

  it('warns when the browser has not promised to keep the notebook', async () => {
    restoreStorage = stubPersistentStorage(false).restore;
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    await waitFor(() =>
      expect(storageSection().textContent).toContain('This browser has not promised to keep your notebook.'),
    );
    expect(storageSection().textContent).toContain('Keep a paper copy of your list.');
  });

  it('says so when the browser does not tell whether it will keep the notebook', async () => {
    restoreStorage = stubPersistentStorage('unsupported').restore;
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    await waitFor(() =>
      expect(storageSection().textContent).toContain('This browser does not say whether it will keep your notebook.'),
    );
  });
});

describe('settings: changing the passphrase', () => {
  async function fillChange(
    user: Awaited<ReturnType<typeof renderApp>>['user'],
    current: string,
    next: string,
    confirmation = next,
  ) {
    await user.type(screen.getByLabelText('Current passphrase'), current);
    await user.type(screen.getByLabelText('New passphrase'), next);
    await user.type(screen.getByLabelText('Type the new passphrase again'), confirmation);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
  }

  it('refuses a new passphrase that is too short or typed differently twice', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    await fillChange(user, PASSPHRASE, 'short');
    expect((await screen.findByRole('alert')).textContent).toBe('Use at least 8 characters.');

    await user.clear(screen.getByLabelText('New passphrase'));
    await user.clear(screen.getByLabelText('Type the new passphrase again'));
    await user.type(screen.getByLabelText('New passphrase'), NEW_PASSPHRASE);
    await user.type(screen.getByLabelText('Type the new passphrase again'), `${NEW_PASSPHRASE}!`);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The two passphrases are not the same. Please type them again.',
    );
  });

  it('refuses to change it when the current passphrase is wrong, and the old one still opens', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    await fillChange(user, 'not the current one', NEW_PASSPHRASE);
    expect((await screen.findByRole('alert', {}, SCREEN_CHANGE)).textContent).toContain(
      'That passphrase does not open this notebook.',
    );

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await submitPassphrase(user, PASSPHRASE);
    expect(await findUnlocked()).toBeTruthy();
  });

  it('after a change, only the new passphrase opens the notebook and nothing is lost', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Your list');
    await addPerson(user, { label: 'Lin', phone: '+1 202 555 0188' });
    await goTo(user, 'Settings');

    await fillChange(user, PASSPHRASE, NEW_PASSPHRASE);
    expect(
      await screen.findByText('Your passphrase has been changed. Use the new one from now on.', {}, SCREEN_CHANGE),
    ).toBeTruthy();
    expect((screen.getByLabelText('Current passphrase') as HTMLInputElement).value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await submitPassphrase(user, PASSPHRASE);
    expect((await screen.findByRole('alert', {}, SCREEN_CHANGE)).textContent).toContain(
      'That passphrase does not open this notebook.',
    );

    await submitPassphrase(user, NEW_PASSPHRASE);
    expect(await screen.findByText('Lin', { selector: '.person__label' }, SCREEN_CHANGE)).toBeTruthy();
  });
});

describe('settings: deleting everything', () => {
  function eraseSection(): HTMLElement {
    return screen.getByRole('region', { name: 'Delete everything' });
  }

  it('asks for confirmation, and keeping the notebook changes nothing', async () => {
    const { user, session } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Your list');
    await addPerson(user, { label: 'Ana' });
    await goTo(user, 'Settings');

    await user.click(within(eraseSection()).getByRole('button', { name: 'Delete everything…' }));
    expect(within(eraseSection()).getByText('Delete everything now?')).toBeTruthy();
    expect(within(eraseSection()).getByText(/Nobody can bring them back/)).toBeTruthy();

    await user.click(within(eraseSection()).getByRole('button', { name: 'No, keep my notebook' }));
    expect(within(eraseSection()).queryByText('Delete everything now?')).toBeNull();
    expect(within(eraseSection()).getByRole('button', { name: 'Delete everything…' })).toBeTruthy();
    expect(contentsOf(session).people.map((person) => person.label)).toEqual(['Ana']);
  });

  it('after confirming, returns to the first-run screen with nothing left', async () => {
    const { user, session } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Your list');
    await addPerson(user, { label: 'Ana', phone: '202 555 0143' });
    await goTo(user, 'Settings');
    expect(localStorage.length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));

    // Nothing is left, not even the language: the first screen asks for it again.
    expect(await screen.findByRole('heading', { name: 'Choose your language', level: 1 }, SCREEN_CHANGE)).toBeTruthy();
    expect(session.getState().phase).toBe('new');
    expect(document.body.textContent).not.toContain('Ana');
    expect(localStorage.length).toBe(0);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Welcome', level: 1 }, SCREEN_CHANGE)).toBeTruthy();

    await createNotebook(user, 'a brand new passphrase');
    await goTo(user, 'Your list');
    expect(screen.getByText(/^Your list is empty\./)).toBeTruthy();
    expect(contentsOf(session).people).toEqual([]);
  });

  it('after deleting, the old passphrase opens nothing', async () => {
    const { user, session } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByRole('heading', { name: 'Choose your language', level: 1 }, SCREEN_CHANGE);

    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'no-vault' });
  });
});

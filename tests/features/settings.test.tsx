import './node-realm';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addPerson,
  contentsOf,
  createNotebook,
  findUnlocked,
  goTo,
  IPHONE_SAFARI,
  PASSPHRASE,
  renderApp,
  SCREEN_CHANGE,
  stubBrowser,
  stubPersistentStorage,
  submitPassphrase,
} from './harness';

const NEW_PASSPHRASE = 'a different and longer passphrase';

function storageSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Keeping your notebook on this phone' });
}

describe('settings: keeping the notebook on this phone', () => {
  let restoreStorage: (() => void) | null = null;
  let restoreBrowser: (() => void) | null = null;
  afterEach(() => {
    restoreStorage?.();
    restoreStorage = null;
    restoreBrowser?.();
    restoreBrowser = null;
  });

  it('says the browser was asked, then shows its answer when it comes', async () => {
    const storage = stubPersistentStorage('later');
    restoreStorage = storage.restore;
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    await waitFor(() =>
      expect(storageSection().textContent).toContain(
        'This browser was asked to keep your notebook and has not answered yet.',
      ),
    );

    await act(async () => storage.answer(true));
    await waitFor(() =>
      expect(storageSection().textContent).toContain('This browser has agreed to keep your notebook'),
    );
  });

  it('shows a refusal that comes while Settings is open', async () => {
    const storage = stubPersistentStorage('later');
    restoreStorage = storage.restore;
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    await act(async () => storage.answer(false));
    await waitFor(() =>
      expect(storageSection().textContent).toContain('This browser has not promised to keep your notebook.'),
    );
  });

  it('warns that a private window deletes the notebook, and leads to the protected copy', async () => {
    restoreStorage = stubPersistentStorage(false, { quotaBytes: 400 * 1000 * 1000 }).restore;
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    const warning = await within(storageSection()).findByText('Your notebook may not be kept');
    const notice = warning.closest('.notice');
    if (!(notice instanceof HTMLElement)) throw new Error('the warning is not in a notice');
    expect(notice.textContent).toContain('This may be a private window');
    expect(notice.textContent).toContain('make a protected copy before you close this window');

    await user.click(within(notice).getByRole('button', { name: 'Make a protected copy' }));
    expect(await screen.findByRole('heading', { name: 'A protected copy', level: 1 }, SCREEN_CHANGE)).toBeTruthy();
  });

  it('warns on an iPhone outside the home screen that 7 days without opening may delete the notebook', async () => {
    restoreStorage = stubPersistentStorage(false).restore;
    restoreBrowser = stubBrowser(IPHONE_SAFARI);
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    expect(await within(storageSection()).findByText('This browser may delete your notebook')).toBeTruthy();
    expect(storageSection().textContent).toContain('if you do not open it for 7 days');
    expect(storageSection().textContent).toContain('Then add this app to your home screen');
  });

  it('gives no warning once the browser agreed to keep the notebook, even on an iPhone', async () => {
    restoreStorage = stubPersistentStorage(true).restore;
    restoreBrowser = stubBrowser(IPHONE_SAFARI);
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');

    await waitFor(() =>
      expect(storageSection().textContent).toContain('This browser has agreed to keep your notebook'),
    );
    expect(within(storageSection()).queryByRole('button', { name: 'Make a protected copy' })).toBeNull();
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

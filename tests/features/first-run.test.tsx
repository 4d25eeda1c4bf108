import './node-realm';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentsOf,
  createNotebook,
  findUnlocked,
  IPHONE_SAFARI,
  PASSPHRASE,
  renderApp,
  SCREEN_CHANGE,
  stubBrowser,
  stubPersistentStorage,
  submitPassphrase,
} from './harness';

describe('first run', () => {
  let restoreStorage: (() => void) | null = null;
  let restoreBrowser: (() => void) | null = null;
  afterEach(() => {
    restoreStorage?.();
    restoreStorage = null;
    restoreBrowser?.();
    restoreBrowser = null;
  });

  it('shows passphrase advice before anything is created', async () => {
    await renderApp();
    expect(await screen.findByRole('heading', { name: 'Welcome', level: 1 })).toBeTruthy();
    const advice = screen.getByRole('region', { name: 'A good passphrase' });
    expect(advice.textContent).toContain('four or more ordinary words');
    expect(advice.textContent).toContain('If you forget it, nobody can open this notebook');
    expect(screen.getByLabelText('Choose a passphrase').getAttribute('type')).toBe('password');
  });

  it('refuses a passphrase shorter than 8 characters and creates nothing', async () => {
    const { user, session } = await renderApp();
    await user.type(await screen.findByLabelText('Choose a passphrase'), 'short');
    await user.type(screen.getByLabelText('Type it again'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create my notebook' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Use at least 8 characters.');
    expect(session.getState().phase).toBe('new');
    expect(screen.getByRole('heading', { name: 'Welcome', level: 1 })).toBeTruthy();
  });

  it('counts characters, not code units, so four emoji are too short', async () => {
    const { user, session } = await renderApp();
    await user.type(await screen.findByLabelText('Choose a passphrase'), '🌙🌙🌙🌙');
    await user.type(screen.getByLabelText('Type it again'), '🌙🌙🌙🌙');
    await user.click(screen.getByRole('button', { name: 'Create my notebook' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Use at least 8 characters.');
    expect(session.getState().phase).toBe('new');
  });

  it('refuses two passphrases that are not the same and creates nothing', async () => {
    const { user, session } = await renderApp();
    await user.type(await screen.findByLabelText('Choose a passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('Type it again'), `${PASSPHRASE}.`);
    await user.click(screen.getByRole('button', { name: 'Create my notebook' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The two passphrases are not the same. Please type them again.',
    );
    expect(session.getState().phase).toBe('new');
  });

  it('shows the passphrase as text when asked, and hides it again', async () => {
    const { user } = await renderApp();
    const passphrase = await screen.findByLabelText('Choose a passphrase');
    const again = screen.getByLabelText('Type it again');
    const show = screen.getByRole('checkbox', { name: 'Show passphrase' });

    await user.click(show);
    expect(passphrase.getAttribute('type')).toBe('text');
    expect(again.getAttribute('type')).toBe('text');
    await user.click(show);
    expect(passphrase.getAttribute('type')).toBe('password');
    expect(again.getAttribute('type')).toBe('password');
  });

  it('creating a notebook leads to the People screen, with an empty list', async () => {
    const { user, session } = await renderApp();
    await createNotebook(user);

    expect(await screen.findByRole('heading', { name: 'Your list', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Welcome' })).toBeNull();
    expect(screen.getByText(/^Your list is empty\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add someone' })).toBeTruthy();
    expect(contentsOf(session).people).toEqual([]);
  });

  it('accepts a passphrase written in Arabic and opens with it after locking', async () => {
    const arabic = 'كلمة سر طويلة جدا';
    const { user, session } = await renderApp();
    await createNotebook(user, arabic);

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await submitPassphrase(user, arabic);
    expect(await findUnlocked()).toBeTruthy();
    expect(session.getState().phase).toBe('unlocked');
  });

  it('asks the browser to keep the notebook when it is created', async () => {
    const storage = stubPersistentStorage(true);
    restoreStorage = storage.restore;
    const { user } = await renderApp();
    expect(storage.persist).not.toHaveBeenCalled();

    await createNotebook(user);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('opens the new notebook without waiting for the browser to answer whether it will keep it', async () => {
    const storage = stubPersistentStorage('later');
    restoreStorage = storage.restore;
    const { user, session } = await renderApp();

    await createNotebook(user);
    expect(await screen.findByRole('heading', { name: 'Your list', level: 1 })).toBeTruthy();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(session.getPersistence()).toBe('asking');
  });

  it('opens with the passphrase while the browser has not answered', async () => {
    const storage = stubPersistentStorage('later');
    restoreStorage = storage.restore;
    const { user, session } = await renderApp({ notebook: 'locked' });

    await submitPassphrase(user, PASSPHRASE);
    expect(await findUnlocked()).toBeTruthy();
    expect(session.getState().phase).toBe('unlocked');
  });

  it('right after creating on an iPhone outside the home screen, says the notebook may be deleted and what to do', async () => {
    restoreStorage = stubPersistentStorage(false).restore;
    restoreBrowser = stubBrowser(IPHONE_SAFARI);
    const { user } = await renderApp();
    await createNotebook(user);

    const title = await screen.findByText('This browser may delete your notebook', {}, SCREEN_CHANGE);
    const notice = title.closest('.notice');
    expect(notice?.textContent).toContain('Before you add anyone, add this app to your home screen');
    expect(notice?.getAttribute('role')).toBe('status');

    // Once locked and opened again, the list is not covered by the same words each time.
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await submitPassphrase(user, PASSPHRASE);
    await findUnlocked();
    expect(screen.queryByText('This browser may delete your notebook')).toBeNull();
  });

  it('right after creating in what may be a private window, says the whole notebook goes when it closes', async () => {
    restoreStorage = stubPersistentStorage(false, { quotaBytes: 400 * 1000 * 1000 }).restore;
    const { user } = await renderApp();
    await createNotebook(user);

    const title = await screen.findByText('Your notebook may not be kept', {}, SCREEN_CHANGE);
    expect(title.closest('.notice')?.textContent).toContain('open this page in a normal window');
  });

  it('says nothing about it when nothing suggests the notebook will be deleted', async () => {
    restoreStorage = stubPersistentStorage(false).restore;
    const { user } = await renderApp();
    await createNotebook(user);
    await screen.findByText(/^Your list is empty\./);

    // The check reads the quota first; give it time to answer.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Your notebook may not be kept')).toBeNull();
    expect(screen.queryByText('This browser may delete your notebook')).toBeNull();
  });

  it('moves focus to the screen heading, so a screen reader announces where the person is', async () => {
    await renderApp();
    const heading = await screen.findByRole('heading', { name: 'Welcome', level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});

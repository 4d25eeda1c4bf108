import './node-realm';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../src/vault';
import { FAST_KDF } from '../vault/helpers';
import { addPerson, goTo, PASSPHRASE, renderApp, SCREEN_CHANGE, submitPassphrase } from './harness';

/** The same notebook open and unlocked in another tab. */
async function anotherTab(name: string): Promise<NotebookSession> {
  const other = new NotebookSession({ name, kdf: FAST_KDF });
  await other.start();
  await other.unlock(PASSPHRASE);
  return other;
}

/** Until a message between tabs has arrived. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('locking', () => {
  it('the Lock button returns to the unlock screen and the person is no longer in the document', async () => {
    const { user, session } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Your list');
    await addPerson(user, { label: 'Marigold', phone: '415 555 0172' });
    expect(document.body.textContent).toContain('Marigold');

    await user.click(screen.getByRole('button', { name: 'Lock' }));

    expect(await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE)).toBeTruthy();
    expect(session.getState()).toEqual({ phase: 'locked' });
    expect(document.body.textContent).not.toContain('Marigold');
    expect(document.body.innerHTML).not.toContain('415');
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
  });

  it('locking from the Settings screen also leaves nothing behind, and opens again on People', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Your list');
    await addPerson(user, { label: 'Marigold' });
    await goTo(user, 'Settings');

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE);
    expect(screen.queryByRole('heading', { name: 'Settings' })).toBeNull();
    expect(document.body.textContent).not.toContain('Marigold');

    await submitPassphrase(user, PASSPHRASE);
    expect(await screen.findByRole('heading', { name: 'Your list', level: 1 }, SCREEN_CHANGE)).toBeTruthy();
    expect(screen.getByText('Marigold', { selector: '.person__label' })).toBeTruthy();
  });

  it('when the session locks by itself, the screen follows to the unlock screen', async () => {
    const { session } = await renderApp({ notebook: 'unlocked' });
    session.lock();
    expect(await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
  });
});

describe('locking with the notebook open in two tabs', () => {
  it('Lock in this tab locks the other tab too', async () => {
    const { user, name } = await renderApp({ notebook: 'unlocked' });
    const other = await anotherTab(name);
    await goTo(user, 'Your list');
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await delivered();
    expect(other.getState()).toEqual({ phase: 'locked' });
  });

  it('when another tab locks, this one drops what it showed and asks for the passphrase', async () => {
    const { user, name } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Your list');
    await addPerson(user, { label: 'Marigold', phone: '415 555 0172' });
    const other = await anotherTab(name);

    other.lock();

    expect(await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE)).toBeTruthy();
    expect(document.body.textContent).not.toContain('Marigold');
    expect(document.body.innerHTML).not.toContain('415');
  });
});

import './node-realm';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addPerson, goTo, PASSPHRASE, renderApp, SCREEN_CHANGE, submitPassphrase } from './harness';

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

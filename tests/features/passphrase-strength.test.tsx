import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import arSetup from '../../locales/ar/setup.json';
import { goTo, renderApp, SCREEN_CHANGE } from './harness';

/** The estimate waits for a pause in typing and loads its dictionaries on first use. */
const ESTIMATE = { timeout: 8000 } as const;

/** The region that reads the estimate out as it changes. */
function liveEstimate(): HTMLElement {
  const region = document.querySelector<HTMLElement>('.strength [aria-live="polite"]');
  if (!region) throw new Error('no live estimate on this screen');
  return region;
}

describe('how easy a new passphrase is to guess', () => {
  it('says in words why "12345678" is easy to guess, what helps, and that it can still be used', async () => {
    const { user } = await renderApp();
    await user.type(await screen.findByLabelText('Choose a passphrase'), '12345678');

    await screen.findByText('Easy to guess', {}, ESTIMATE);
    const live = liveEstimate();
    expect(live.textContent).toContain('How easy is it to guess?');
    expect(live.textContent).toContain('Many people use this passphrase, so it is among the first ones tried.');
    expect(screen.getByText('Several words that have nothing to do with each other.')).toBeTruthy();
    expect(screen.getByText('A short sentence only you would think of.')).toBeTruthy();
    expect(screen.getByText(/You can still use this passphrase if you choose/)).toBeTruthy();
  });

  it('creates the notebook with a weak passphrase of 8 characters or more, as chosen', async () => {
    const { user, session } = await renderApp();
    await user.type(await screen.findByLabelText('Choose a passphrase'), 'password1');
    await screen.findByText('Easy to guess', {}, ESTIMATE);
    await user.type(screen.getByLabelText('Type it again'), 'password1');
    await user.click(screen.getByRole('button', { name: 'Create my notebook' }));

    await screen.findByRole('button', { name: 'Lock' }, ESTIMATE);
    expect(session.getState().phase).toBe('unlocked');
  });

  it('calls several unrelated words hard to guess and asks for nothing more', async () => {
    const { user } = await renderApp();
    await user.type(await screen.findByLabelText('Choose a passphrase'), 'cactus mirror lentil harbor');

    await waitFor(() => expect(liveEstimate().textContent).toMatch(/Hard to guess|Very hard to guess/), ESTIMATE);
    expect(screen.queryByText('What helps:')).toBeNull();
    expect(screen.queryByText(/You can still use this passphrase/)).toBeNull();
  });

  it('explains in Arabic to a person who reads Arabic, with none of the library’s English', async () => {
    const { user } = await renderApp({ language: 'ar' });
    await user.type(await screen.findByLabelText(arSetup.passphrase.label), 'qwertyuiop');

    await screen.findByText(arSetup.strength.level.easy, {}, ESTIMATE);
    const estimate = liveEstimate().closest('.strength');
    expect(estimate?.textContent).toContain(arSetup.strength.why);
    expect(estimate?.textContent).toContain(arSetup.strength.reason.common);
    expect(estimate?.textContent).toContain(arSetup.strength.stillYours);
    expect(estimate?.textContent).not.toMatch(/common|password|guess|keyboard/i);
  });

  it('shows the estimate for the new passphrase in settings, and still changes it to a weak one', async () => {
    const { user, session } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');
    const form = screen.getByRole('form', { name: 'Change passphrase' });
    await user.type(within(form).getByLabelText('Current passphrase'), 'quiet river under the old bridge');
    await user.type(within(form).getByLabelText('New passphrase'), 'abcdefgh');

    await within(form).findByText('Easy to guess', {}, ESTIMATE);
    expect(form.textContent).toContain('Sequences, like abc or 1234, are easy to guess.');
    await user.type(within(form).getByLabelText('Type the new passphrase again'), 'abcdefgh');
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));

    await within(form).findByText('Your passphrase has been changed. Use the new one from now on.', {}, SCREEN_CHANGE);
    await session.lock();
    await expect(session.unlock('abcdefgh')).resolves.toBeUndefined();
  });
});

describe('the create screen after a weak estimate', () => {
  it('still refuses fewer than 8 characters, the floor', async () => {
    const { user, session } = await renderApp();
    await user.type(await screen.findByLabelText('Choose a passphrase'), '1234567');
    await screen.findByText('Easy to guess', {}, ESTIMATE);
    await user.type(screen.getByLabelText('Type it again'), '1234567');
    await user.click(screen.getByRole('button', { name: 'Create my notebook' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Use at least 8 characters.');
    expect(session.getState().phase).toBe('new');
  });
});

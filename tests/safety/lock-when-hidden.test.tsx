/**
 * The whole app over a real session: what the person chose in the settings
 * decides when a hidden page locks, and the page is covered either way.
 */
import '../features/node-realm';
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCovered, uncover } from '../../src/safety/cover';
import { contentsOf, goTo, renderApp, SCREEN_CHANGE } from '../features/harness';

let visibility: DocumentVisibilityState = 'visible';

async function becomes(state: DocumentVisibilityState) {
  visibility = state;
  await act(async () => void document.dispatchEvent(new Event('visibilitychange')));
}

/** Lets React run the effects still pending, so the screens listen before the test acts. */
async function settle() {
  await act(async () => undefined);
}

beforeEach(() => {
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
  uncover();
});

describe('when the page is hidden', () => {
  it('by default covers it and locks the notebook at once', async () => {
    const { session } = await renderApp({ notebook: 'unlocked' });
    await settle();
    await becomes('hidden');
    expect(isCovered()).toBe(true);
    expect(session.getState()).toEqual({ phase: 'locked' });
    await becomes('visible');
    expect(isCovered()).toBe(false);
    expect(await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE)).toBeTruthy();
  });

  it('locks only after the delay chosen in the settings, and stays covered meanwhile', async () => {
    const { session, user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');
    await user.selectOptions(screen.getByLabelText('When you switch to another app'), 'Lock after 30 seconds');
    await vi.waitFor(() => expect(contentsOf(session).settings.lockWhenHiddenAfterSeconds).toBe(30));
    await screen.findByText('Saved.');
    await settle();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await becomes('hidden');
    expect(isCovered()).toBe(true);
    await act(async () => void vi.advanceTimersByTime(29_000));
    expect(session.getState().phase).toBe('unlocked');
    await act(async () => void vi.advanceTimersByTime(1000));
    expect(session.getState()).toEqual({ phase: 'locked' });
    expect(isCovered()).toBe(true);
  });

  it('with "do not lock" chosen, covers it but keeps the notebook open', async () => {
    const { session, user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Settings');
    await user.selectOptions(
      screen.getByLabelText('When you switch to another app'),
      'Do not lock (the screen is still covered)',
    );
    await vi.waitFor(() => expect(contentsOf(session).settings.lockWhenHiddenAfterSeconds).toBeNull());
    await settle();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await becomes('hidden');
    expect(isCovered()).toBe(true);
    await act(async () => void vi.advanceTimersByTime(10 * 60_000));
    expect(session.getState().phase).toBe('unlocked');
    await becomes('visible');
    expect(isCovered()).toBe(false);
  });
});

describe('when the page is left or comes back from the back/forward cache', () => {
  it('covers it and locks the notebook on leaving, and asks for the passphrase on coming back', async () => {
    const { session } = await renderApp({ notebook: 'unlocked' });
    await settle();
    await act(async () => void window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    expect(isCovered()).toBe(true);
    expect(session.getState()).toEqual({ phase: 'locked' });

    await act(async () => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    expect(isCovered()).toBe(false);
    expect(await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
  });
});

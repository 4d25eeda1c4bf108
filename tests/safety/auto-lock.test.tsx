import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/domain/settings-defaults';
import { type AutoLockOptions, useAutoLock, usePageLifecycleGuard } from '../../src/safety/auto-lock';
import { isCovered, uncover } from '../../src/safety/cover';

let visibility: DocumentVisibilityState = 'visible';

/** The browser hiding or showing the page (another app, another tab, the app switcher). */
function becomes(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

function pageTransition(type: 'pagehide' | 'pageshow', persisted: boolean) {
  window.dispatchEvent(new PageTransitionEvent(type, { persisted }));
}

beforeEach(() => {
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'visibilityState');
  uncover();
});

function renderAutoLock(options: Partial<Omit<AutoLockOptions, 'lock'>> = {}) {
  const lock = vi.fn();
  const view = renderHook(() =>
    useAutoLock({
      lock,
      idleMinutes: options.idleMinutes ?? DEFAULT_SETTINGS.autoLockMinutes,
      hiddenSeconds:
        options.hiddenSeconds === undefined ? DEFAULT_SETTINGS.lockWhenHiddenAfterSeconds : options.hiddenSeconds,
    }),
  );
  return { lock, unmount: view.unmount };
}

describe('while the notebook is open', () => {
  it('by default covers the page and locks at once when it is hidden', () => {
    const { lock } = renderAutoLock();
    becomes('hidden');
    expect(isCovered()).toBe(true);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('a lock on hiding is for this tab only: moving to another tab of the app must not lock that one', () => {
    const { lock } = renderAutoLock({ hiddenSeconds: 30 });
    becomes('hidden');
    vi.advanceTimersByTime(30_000);
    expect(lock).toHaveBeenCalledExactlyOnceWith('this-tab');
  });

  it('the idle lock of the tab in use locks every tab of the app', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const { lock } = renderAutoLock({ idleMinutes: 2 });
    vi.advanceTimersByTime(2 * 60_000);
    expect(lock).toHaveBeenCalledExactlyOnceWith('all-tabs');
  });

  it('the idle lock of a tab without focus locks only that tab: the person may be using another one', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    const { lock } = renderAutoLock({ idleMinutes: 2, hiddenSeconds: null });
    vi.advanceTimersByTime(2 * 60_000);
    expect(lock).toHaveBeenCalledExactlyOnceWith('this-tab');
  });

  it('with a delay chosen, covers at once and locks only when the delay has passed', () => {
    const { lock } = renderAutoLock({ hiddenSeconds: 30 });
    becomes('hidden');
    expect(isCovered()).toBe(true);
    vi.advanceTimersByTime(29_999);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('coming back before the delay uncovers the page and keeps it open', () => {
    const { lock } = renderAutoLock({ hiddenSeconds: 30 });
    becomes('hidden');
    vi.advanceTimersByTime(20_000);
    becomes('visible');
    expect(isCovered()).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(lock).not.toHaveBeenCalled();
  });

  it('with "do not lock" chosen, still covers the page but never locks on hiding', () => {
    const { lock } = renderAutoLock({ hiddenSeconds: null, idleMinutes: 60 });
    becomes('hidden');
    expect(isCovered()).toBe(true);
    vi.advanceTimersByTime(59 * 60_000);
    expect(lock).not.toHaveBeenCalled();
  });

  it('locks after the chosen minutes without use', () => {
    const { lock } = renderAutoLock({ idleMinutes: 2 });
    vi.advanceTimersByTime(2 * 60_000 - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('counts the minutes without use again from each touch or key', () => {
    const { lock } = renderAutoLock({ idleMinutes: 2 });
    for (const event of [new Event('pointerdown'), new KeyboardEvent('keydown', { key: 'a' }), new Event('input')]) {
      vi.advanceTimersByTime(60_000);
      window.dispatchEvent(event);
    }
    vi.advanceTimersByTime(2 * 60_000 - 1);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('stops watching once the notebook is closed', () => {
    const { lock, unmount } = renderAutoLock({ hiddenSeconds: 30 });
    unmount();
    becomes('hidden');
    vi.advanceTimersByTime(60 * 60_000);
    expect(isCovered()).toBe(false);
    expect(lock).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('on every screen, locked or not', () => {
  function renderGuard() {
    const lock = vi.fn();
    const view = renderHook(() => usePageLifecycleGuard(lock));
    return { lock, unmount: view.unmount };
  }

  it('covers the page while it is hidden and uncovers it when shown again', () => {
    const { lock } = renderGuard();
    becomes('hidden');
    expect(isCovered()).toBe(true);
    becomes('visible');
    expect(isCovered()).toBe(false);
    expect(lock).not.toHaveBeenCalled();
  });

  it('covers and locks when the page is left, in case it is kept in the back/forward cache', () => {
    const { lock } = renderGuard();
    pageTransition('pagehide', true);
    expect(isCovered()).toBe(true);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('locks again and uncovers when the page comes back from the back/forward cache', () => {
    const { lock } = renderGuard();
    pageTransition('pagehide', true);
    lock.mockClear();
    pageTransition('pageshow', true);
    expect(lock).toHaveBeenCalledOnce();
    expect(isCovered()).toBe(false);
  });

  it('does not lock on an ordinary first load', () => {
    const { lock } = renderGuard();
    pageTransition('pageshow', false);
    expect(lock).not.toHaveBeenCalled();
    expect(isCovered()).toBe(false);
  });

  it('stops listening once removed', () => {
    const { lock, unmount } = renderGuard();
    unmount();
    pageTransition('pagehide', true);
    becomes('hidden');
    expect(lock).not.toHaveBeenCalled();
    expect(isCovered()).toBe(false);
  });
});

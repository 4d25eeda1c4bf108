import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCovered, uncover } from '../../src/safety/cover';
import { chooseExitPage } from '../../src/safety/exit-pages';
import { exitNow } from '../../src/safety/quick-exit';
import { NotebookSession } from '../../src/vault/session';
import { installFakeSpeech, voice } from '../ui/fake-speech';
import { FakeWorker, lastWorker } from '../vault/fake-worker';
import { FAST_KDF, freshName } from '../vault/helpers';

/** A stand-in for `window.location` that records how it was asked to go. */
function fakeLocation() {
  const replace = vi.fn<(url: string) => void>();
  const assignHref = vi.fn<(url: string) => void>();
  const location = {
    replace,
    assign: vi.fn<(url: string) => void>(),
    get href() {
      return 'http://localhost/';
    },
    set href(url: string) {
      assignHref(url);
    },
  };
  return { location, replace, assignHref };
}

beforeEach(() => localStorage.clear());

afterEach(() => {
  vi.unstubAllGlobals();
  uncover();
  localStorage.clear();
});

describe('leaving at once', () => {
  it('covers the page and locks the notebook before navigating away', () => {
    const steps: string[] = [];
    exitNow({
      lock: () => steps.push(`lock (covered: ${isCovered()})`),
      navigate: (url) => steps.push(`navigate to ${url} (covered: ${isCovered()})`),
    });
    expect(steps).toEqual(['lock (covered: true)', 'navigate to /exit/recipes.html (covered: true)']);
  });

  it('replaces this page, so Back cannot return, and never assigns location.href', () => {
    const { location, replace, assignHref } = fakeLocation();
    vi.stubGlobal('location', location);
    const lock = vi.fn();

    exitNow({ lock });

    expect(lock).toHaveBeenCalledOnce();
    expect(replace).toHaveBeenCalledExactlyOnceWith('/exit/recipes.html');
    expect(assignHref).not.toHaveBeenCalled();
    expect(location.assign).not.toHaveBeenCalled();
  });

  it('goes to the innocuous page chosen in the settings', () => {
    chooseExitPage('calculator');
    const navigate = vi.fn<(url: string) => void>();
    exitNow({ lock: () => undefined, navigate });
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/calculator.html');
  });

  it('goes to the innocuous page in the language the app is showing', () => {
    document.documentElement.lang = 'vi';
    chooseExitPage('calculator');
    const navigate = vi.fn<(url: string) => void>();
    try {
      exitNow({ lock: () => undefined, navigate });
    } finally {
      document.documentElement.removeAttribute('lang');
    }
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/vi/calculator.html');
  });

  it('goes to a destination given to it', () => {
    const navigate = vi.fn<(url: string) => void>();
    exitNow({ lock: () => undefined, destination: '/exit/calculator.html', navigate });
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/calculator.html');
  });

  it('still leaves, covered, when locking throws', () => {
    const navigate = vi.fn<(url: string) => void>();
    const lock = vi.fn(() => {
      throw new Error('the database is closed');
    });

    expect(() => exitNow({ lock, navigate })).toThrow('the database is closed');

    expect(lock).toHaveBeenCalledOnce();
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/recipes.html');
    expect(isCovered()).toBe(true);
  });

  it('silences a screen being read aloud at once, before anything else', () => {
    const speech = installFakeSpeech([voice('en-US')]);
    const steps: string[] = [];
    exitNow({
      lock: () => steps.push(`lock (speech calls: ${speech.calls.join(', ')})`),
      navigate: () => steps.push('navigate'),
    });
    expect(speech.calls).toEqual(['cancel']);
    expect(steps).toEqual(['lock (speech calls: cancel)', 'navigate']);
  });

  it('still leaves when the speech engine fails to stop', () => {
    vi.stubGlobal('speechSynthesis', {
      cancel: () => {
        throw new Error('no speech engine');
      },
    });
    const navigate = vi.fn<(url: string) => void>();
    exitNow({ lock: () => undefined, navigate });
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/recipes.html');
    expect(isCovered()).toBe(true);
  });

  it('leaves at once while the passphrase is being checked, cancelling it: the notebook stays locked', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.reset();
    const session = new NotebookSession({ name: freshName(), kdf: FAST_KDF });
    await session.start();
    await session.create('quiet river under the old bridge');
    session.lockThisTab();
    FakeWorker.mode = 'hold';
    const unlocking = session.unlock('quiet river under the old bridge');
    await vi.waitFor(() => lastWorker());
    const navigate = vi.fn<(url: string) => void>();

    exitNow({ lock: () => session.lock(), navigate });

    // Navigation does not wait for the derivation: it is asked for in the same task as the press.
    expect(navigate).toHaveBeenCalledOnce();
    expect(lastWorker().terminated).toBe(true);
    await expect(unlocking).rejects.toMatchObject({ code: 'cancelled' });
    lastWorker().release();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(session.getState().phase).toBe('locked');
  });
});

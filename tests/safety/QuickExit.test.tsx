import { act, fireEvent, render, screen } from '@testing-library/react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../src/app/i18n';
import { isCovered, uncover } from '../../src/safety/cover';
import { chooseExitPage } from '../../src/safety/exit-pages';
import { QuickExit } from '../../src/safety/QuickExit';
import { isTextField } from '../../src/safety/shift-counter';

let translations: i18n;

beforeAll(async () => {
  translations = await setupI18n('en');
});

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  uncover();
  localStorage.clear();
});

function renderQuickExit() {
  const lock = vi.fn();
  const navigate = vi.fn<(url: string) => void>();
  const view = render(
    <I18nextProvider i18n={translations}>
      <QuickExit lock={lock} navigate={navigate} />
    </I18nextProvider>,
  );
  return { lock, navigate, unmount: view.unmount };
}

/** A key pressed somewhere on the page, after `wait` ms. */
function press(key: string, { wait = 0, repeat = false, shiftKey = false, on = document.body as Element } = {}) {
  act(() => {
    vi.advanceTimersByTime(wait);
    fireEvent.keyDown(on, { key, repeat, shiftKey });
  });
}

/** Pretends the device's only pointer is a finger (or not). */
function touchOnlyDevice(touchOnly: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(pointer: coarse)' ? touchOnly : query === '(any-pointer: fine)' ? !touchOnly : false,
    media: query,
  }));
}

const status = () => screen.getByRole('status').textContent;

describe('the quick exit', () => {
  it('the Exit button covers the page, locks the notebook and leaves for the innocuous page', () => {
    const { lock, navigate } = renderQuickExit();
    const coveredWhen: string[] = [];
    lock.mockImplementation(() => coveredWhen.push(`locking: ${isCovered()}`));
    navigate.mockImplementation(() => coveredWhen.push(`leaving: ${isCovered()}`));

    fireEvent.click(screen.getByRole('button', { name: /^Exit/ }));

    expect(coveredWhen).toEqual(['locking: true', 'leaving: true']);
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/recipes.html');
  });

  it('leaves for the page chosen in the settings', () => {
    chooseExitPage('calculator');
    const { navigate } = renderQuickExit();
    fireEvent.click(screen.getByRole('button', { name: /^Exit/ }));
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/calculator.html');
  });

  it('leaves when Shift is pressed three times, saying how many presses are left', () => {
    const { lock, navigate } = renderQuickExit();
    expect(status()).toBe('');

    press('Shift');
    expect(status()).toBe('Press Shift 2 more times to leave this page.');
    press('Shift', { wait: 1000 });
    expect(status()).toBe('Press Shift 1 more time to leave this page.');
    expect(navigate).not.toHaveBeenCalled();
    expect(lock).not.toHaveBeenCalled();

    press('Shift', { wait: 1000 });
    expect(lock).toHaveBeenCalledOnce();
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/recipes.html');
    expect(isCovered()).toBe(true);
  });

  it('does not leave on two presses of Shift', () => {
    const { lock, navigate } = renderQuickExit();
    press('Shift');
    press('Shift', { wait: 100 });
    act(() => vi.runAllTimers());
    expect(lock).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
    expect(isCovered()).toBe(false);
  });

  it('starts the count again after another key, and clears the status', () => {
    const { navigate } = renderQuickExit();
    press('Shift');
    press('Shift');
    press('a');
    expect(status()).toBe('');
    press('Shift');
    expect(status()).toBe('Press Shift 2 more times to leave this page.');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('says when the count runs out, five seconds after the last press', () => {
    const { navigate } = renderQuickExit();
    press('Shift');
    press('Shift', { wait: 1000 });
    act(() => vi.advanceTimersByTime(4999));
    expect(status()).toBe('Press Shift 1 more time to leave this page.');
    act(() => vi.advanceTimersByTime(1));
    expect(status()).toBe('Shift count reset.');

    press('Shift');
    expect(status()).toBe('Press Shift 2 more times to leave this page.');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('leaves when each press comes within five seconds of the one before, though the three take longer', () => {
    const { navigate } = renderQuickExit();
    press('Shift');
    press('Shift', { wait: 4000 });
    expect(status()).toBe('Press Shift 1 more time to leave this page.');
    press('Shift', { wait: 4000 });
    expect(navigate).toHaveBeenCalledOnce();
  });

  it('does not leave when a gap between presses is longer than five seconds', () => {
    const { navigate } = renderQuickExit();
    press('Shift');
    press('Shift', { wait: 5001 });
    press('Shift', { wait: 1000 });
    expect(navigate).not.toHaveBeenCalled();
    expect(status()).toBe('Press Shift 1 more time to leave this page.');
  });

  it('says it is leaving, in words that do not name the app', () => {
    renderQuickExit();
    press('Shift');
    press('Shift');
    press('Shift');
    expect(status()).toBe('Leaving this page.');
  });

  it('says it is leaving when the Exit button is pressed', () => {
    renderQuickExit();
    fireEvent.click(screen.getByRole('button', { name: /^Exit/ }));
    expect(status()).toBe('Leaving this page.');
  });

  it('never leaves while capitals are typed', () => {
    const { navigate } = renderQuickExit();
    for (const letter of 'HELLO WORLD') {
      press('Shift');
      press(letter, { shiftKey: true });
    }
    expect(navigate).not.toHaveBeenCalled();
  });

  it('on a touch-only phone, does not count Shift from the on-screen keyboard in a field', () => {
    touchOnlyDevice(true);
    const { navigate } = renderQuickExit();
    const field = document.createElement('textarea');
    document.body.append(field);
    try {
      for (let i = 0; i < 3; i++) press('Shift', { on: field });
      expect(navigate).not.toHaveBeenCalled();
      expect(status()).toBe('');
      // Outside a field the shortcut still works, and the button always does.
      for (let i = 0; i < 3; i++) press('Shift');
      expect(navigate).toHaveBeenCalledOnce();
      fireEvent.click(screen.getByRole('button', { name: /^Exit/ }));
      expect(navigate).toHaveBeenCalledTimes(2);
    } finally {
      field.remove();
    }
  });

  it('has a name in the words of the language that starts with the word it shows', () => {
    renderQuickExit();
    const button = screen.getByRole('button', { name: 'Exit: leave this page now' });
    expect(button.textContent).toBe('Exit');
  });

  it('ignores a held-down Shift repeating', () => {
    const { navigate } = renderQuickExit();
    press('Shift');
    press('Shift', { wait: 30, repeat: true });
    press('Shift', { wait: 30, repeat: true });
    press('Shift', { wait: 30, repeat: true });
    expect(navigate).not.toHaveBeenCalled();
    expect(status()).toBe('Press Shift 2 more times to leave this page.');
  });

  it('with a keyboard and mouse, hears Shift pressed inside a text field', () => {
    touchOnlyDevice(false);
    const { navigate } = renderQuickExit();
    const field = document.createElement('input');
    document.body.append(field);
    try {
      for (let i = 0; i < 3; i++) act(() => void fireEvent.keyDown(field, { key: 'Shift' }));
      expect(navigate).toHaveBeenCalledOnce();
    } finally {
      field.remove();
    }
  });

  it('stops listening and leaves no timer behind once removed', () => {
    const { lock, navigate, unmount } = renderQuickExit();
    press('Shift');
    expect(vi.getTimerCount()).toBe(1);

    unmount();

    expect(vi.getTimerCount()).toBe(0);
    for (let i = 0; i < 3; i++) fireEvent.keyDown(document.body, { key: 'Shift' });
    expect(lock).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('what counts as a text field', () => {
  it('is an input for text, a textarea or anything inside contenteditable', () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    const search = document.createElement('input');
    search.type = 'search';
    expect(isTextField(document.createElement('input'))).toBe(true);
    expect(isTextField(search)).toBe(true);
    expect(isTextField(document.createElement('textarea'))).toBe(true);
    expect(isTextField(inside)).toBe(true);
  });

  it('is not a button, a checkbox or the page itself', () => {
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isTextField(checkbox)).toBe(false);
    expect(isTextField(document.createElement('button'))).toBe(false);
    expect(isTextField(document.body)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

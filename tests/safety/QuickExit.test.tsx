import { act, fireEvent, render, screen } from '@testing-library/react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../src/app/i18n';
import { isCovered, uncover } from '../../src/safety/cover';
import { chooseExitPage } from '../../src/safety/exit-pages';
import { QuickExit } from '../../src/safety/QuickExit';

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
function press(key: string, { wait = 0, repeat = false } = {}) {
  act(() => {
    vi.advanceTimersByTime(wait);
    fireEvent.keyDown(document.body, { key, repeat });
  });
}

const status = () => screen.getByRole('status').textContent;

describe('the quick exit', () => {
  it('the Exit button covers the page, locks the notebook and leaves for the innocuous page', () => {
    const { lock, navigate } = renderQuickExit();
    const coveredWhen: string[] = [];
    lock.mockImplementation(() => coveredWhen.push(`locking: ${isCovered()}`));
    navigate.mockImplementation(() => coveredWhen.push(`leaving: ${isCovered()}`));

    fireEvent.click(screen.getByRole('button', { name: 'Exit' }));

    expect(coveredWhen).toEqual(['locking: true', 'leaving: true']);
    expect(navigate).toHaveBeenCalledExactlyOnceWith('/exit/recipes.html');
  });

  it('leaves for the page chosen in the settings', () => {
    chooseExitPage('calculator');
    const { navigate } = renderQuickExit();
    fireEvent.click(screen.getByRole('button', { name: 'Exit' }));
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

  it('lets the count run out five seconds after the last press, then clears the status', () => {
    const { navigate } = renderQuickExit();
    press('Shift');
    press('Shift', { wait: 1000 });
    act(() => vi.advanceTimersByTime(4999));
    expect(status()).toBe('Press Shift 1 more time to leave this page.');
    act(() => vi.advanceTimersByTime(1));
    expect(status()).toBe('');

    press('Shift');
    expect(status()).toBe('Press Shift 2 more times to leave this page.');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not leave when the three presses are spread over more than five seconds', () => {
    const { navigate } = renderQuickExit();
    press('Shift');
    press('Shift', { wait: 3000 });
    press('Shift', { wait: 2000 });
    expect(navigate).not.toHaveBeenCalled();
    expect(status()).toBe('Press Shift 1 more time to leave this page.');
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

  it('hears Shift pressed inside a text field', () => {
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

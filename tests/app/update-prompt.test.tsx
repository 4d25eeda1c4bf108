/**
 * The update prompt registers the service worker once the first screen is
 * painted and the browser is idle. WebKit has no requestIdleCallback: there
 * it waits a moment with setTimeout instead, and still offers the update.
 * It never updates (which reloads) while a form has unsaved changes.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../src/app/i18n';
import { UpdatePrompt } from '../../src/app/UpdatePrompt';
import { PendingChangesProvider, usePendingChanges } from '../../src/ui/pending-changes';

const pwa = vi.hoisted(() => ({
  registerSW: vi.fn((options: { onNeedRefresh?: () => void }) => {
    pwa.needRefresh = options.onNeedRefresh ?? null;
    return pwa.update;
  }),
  update: vi.fn(async (_reload?: boolean) => undefined),
  needRefresh: null as (() => void) | null,
}));

vi.mock('virtual:pwa-register', () => ({ registerSW: pwa.registerSW }));

async function renderPrompt(beforeRender: () => void = () => undefined) {
  const i18n = await setupI18n('en');
  beforeRender();
  render(
    <I18nextProvider i18n={i18n}>
      <UpdatePrompt />
    </I18nextProvider>,
  );
}

/** Lets the lazily imported register module arrive. */
async function importsSettled() {
  await act(async () => {
    await vi.dynamicImportSettled();
  });
}

describe('the update prompt', () => {
  beforeEach(() => {
    vi.stubEnv('PROD', true);
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { addEventListener: vi.fn() } });
    pwa.registerSW.mockClear();
    pwa.update.mockClear();
    pwa.needRefresh = null;
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('without requestIdleCallback (WebKit), registers after a short timeout and offers the update', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    await renderPrompt(() =>
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }),
    );
    // The first frame is painted; the browser is not asked when it is idle, it cannot say.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20);
    });
    await importsSettled();
    expect(pwa.registerSW).not.toHaveBeenCalled();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    await importsSettled();
    expect(pwa.registerSW).toHaveBeenCalledTimes(1);

    act(() => pwa.needRefresh?.());
    await act(async () => screen.getByRole('button', { name: 'Update now' }).click());
    expect(pwa.update).toHaveBeenCalledWith(true);
  });

  it('with requestIdleCallback, registers when the browser is idle, a second at most', async () => {
    const idle = vi.fn((task: () => void, _options?: IdleRequestOptions) => {
      task();
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', idle);
    await renderPrompt();
    await act(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    });
    await importsSettled();

    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 1000 });
    expect(pwa.registerSW).toHaveBeenCalledTimes(1);
  });
});

/** A form that registers its unsaved changes, as every form of the app does. */
function Form() {
  const [text, setText] = useState('');
  usePendingChanges(text !== '');
  return (
    <label>
      Label
      <input value={text} onChange={(event) => setText(event.target.value)} />
    </label>
  );
}

describe('the update prompt and unsaved changes', () => {
  beforeEach(() => {
    vi.stubEnv('PROD', true);
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { addEventListener: vi.fn() } });
    vi.stubGlobal('requestIdleCallback', (task: () => void) => {
      task();
      return 1;
    });
    pwa.registerSW.mockClear();
    pwa.update.mockClear();
    pwa.needRefresh = null;
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('does not update while a form has unsaved changes, says to finish or leave it first, and updates once it has none', async () => {
    const i18n = await setupI18n('en');
    const user = userEvent.setup({ delay: null });
    render(
      <I18nextProvider i18n={i18n}>
        <PendingChangesProvider>
          <UpdatePrompt />
          <PendingChangesProvider>
            <Form />
          </PendingChangesProvider>
        </PendingChangesProvider>
      </I18nextProvider>,
    );
    await act(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    });
    await importsSettled();
    act(() => pwa.needRefresh?.());

    await user.type(screen.getByLabelText('Label'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Update now' }));
    expect(pwa.update).not.toHaveBeenCalled();
    expect(screen.getByText(/^Finish or leave the form first/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Label').value).toBe('Ana');

    await user.clear(screen.getByLabelText('Label'));
    await user.click(screen.getByRole('button', { name: 'Update now' }));
    expect(pwa.update).toHaveBeenCalledWith(true);
    // The new version takes control and the page reloads into it, however it was found.
    expect(navigator.serviceWorker.addEventListener).toHaveBeenCalledWith('controllerchange', expect.any(Function), {
      once: true,
    });
    expect(screen.queryByText(/^Finish or leave the form first/)).toBeNull();
  });
});

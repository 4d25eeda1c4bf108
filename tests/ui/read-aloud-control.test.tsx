import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../src/app/i18n';
import { readableText } from '../../src/ui/read-aloud';
import { Screen } from '../../src/ui/Screen';
import { stopSpeaking } from '../../src/ui/speaker';
import { type FakeVoice, installFakeSpeech, textsOf, voice } from './fake-speech';

afterEach(() => {
  stopSpeaking();
  vi.unstubAllGlobals();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

/** A screen with a little of everything: what is read, and what never is. */
function ListScreen() {
  return (
    <Screen title="Your list">
      <p>Nobody is here yet. Add the first person you trust.</p>
      <label>
        Name to show
        <input defaultValue="a secret typed here" />
      </label>
      <ul>
        <li>Ana</li>
        <li>
          Bea <button type="button">Details</button>
        </li>
      </ul>
      <nav aria-label="Steps">
        <button type="button">Next</button>
      </nav>
      <span className="visually-hidden">For screen readers only</span>
      <details>
        <summary>More about the list</summary>
        <p>Hidden until opened.</p>
      </details>
    </Screen>
  );
}

/** One screen, then another in its place. */
function Switcher() {
  const [second, setSecond] = useState(false);
  return second ? (
    <Screen key="second" title="Settings">
      <p>Other words.</p>
    </Screen>
  ) : (
    <Screen key="first" title="Your list">
      <p>First words.</p>
      <button type="button" onClick={() => setSecond(true)}>
        Open settings
      </button>
    </Screen>
  );
}

async function renderScreen(voices: FakeVoice[], language = 'en', ui = <ListScreen />) {
  const speech = installFakeSpeech(voices);
  const i18n = await setupI18n(language);
  const user = userEvent.setup({ delay: null });
  const view = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { speech, i18n, user, view };
}

const readAloud = () => screen.queryByRole('button', { name: 'Read aloud' });

describe('the read-aloud control', () => {
  it('appears when the device has a voice of its own for the language', async () => {
    await renderScreen([voice('fr-FR'), voice('en-US')]);
    expect(readAloud()).not.toBeNull();
    expect(screen.getByRole('group', { name: 'Read this screen aloud' })).toBeTruthy();
  });

  it('does not appear when the only voice for the language is a network voice', async () => {
    await renderScreen([voice('en-US', { local: false, isDefault: true }), voice('fr-FR')]);
    expect(readAloud()).toBeNull();
  });

  it('does not appear without speech synthesis, or without any voice', async () => {
    const i18n = await setupI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <ListScreen />
      </I18nextProvider>,
    );
    expect(readAloud()).toBeNull();
  });

  it('appears when the voices arrive after the screen (voiceschanged)', async () => {
    const { speech } = await renderScreen([]);
    expect(readAloud()).toBeNull();
    act(() => speech.setVoices([voice('en-GB')]));
    expect(readAloud()).not.toBeNull();
  });

  it('reads nothing until it is pressed', async () => {
    const { speech } = await renderScreen([voice('en-US')]);
    expect(speech.calls).toEqual([]);
  });

  it("reads the screen's title and words, sentence by sentence, with the device voice, and no button, field or navigation", async () => {
    const english = voice('en-US');
    const { speech, user } = await renderScreen([voice('en-GB', { local: false }), english]);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    speech.finishAll();
    expect(textsOf(speech)).toEqual([
      'Your list',
      'Nobody is here yet.',
      'Add the first person you trust.',
      'Name to show',
      'Ana',
      'Bea',
      'More about the list',
    ]);
    for (const utterance of speech.spoken) {
      expect(utterance.voice).toBe(english);
      expect(utterance.lang).toBe('en-US');
    }
  });

  it('speaks one sentence at a time, the next when the last has ended, and offers Read aloud again at the end', async () => {
    const { speech, user } = await renderScreen([voice('en-US')]);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(textsOf(speech)).toEqual(['Your list']);
    act(() => speech.finishOne());
    expect(textsOf(speech)).toEqual(['Your list', 'Nobody is here yet.']);
    act(() => speech.finishAll());
    expect(readAloud()).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
  });

  it('pauses, resumes and stops through the speech engine, keeping the focus on the control', async () => {
    const { speech, user } = await renderScreen([voice('en-US')]);
    const control = screen.getByRole('button', { name: 'Read aloud' });
    await user.click(control);
    expect(control.textContent).toBe('Pause');
    expect(document.activeElement).toBe(control);

    await user.click(control);
    expect(speech.calls.at(-1)).toBe('pause');
    expect(speech.paused()).toBe(true);
    expect(control.textContent).toBe('Resume');

    await user.click(control);
    expect(speech.calls.at(-1)).toBe('resume');
    expect(speech.paused()).toBe(false);
    expect(control.textContent).toBe('Pause');

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(speech.calls.at(-1)).toBe('cancel');
    expect(speech.queue).toEqual([]);
    expect(control.textContent).toBe('Read aloud');
    expect(document.activeElement).toBe(control);
    // Nothing more is read after Stop.
    const spoken = speech.spoken.length;
    speech.finishAll();
    expect(speech.spoken.length).toBe(spoken);
  });

  it('stopping while paused leaves the engine unpaused, so the next reading is heard', async () => {
    const { speech, user } = await renderScreen([voice('en-US')]);
    const control = screen.getByRole('button', { name: 'Read aloud' });
    await user.click(control);
    await user.click(control);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(speech.calls.slice(-2)).toEqual(['cancel', 'resume']);
    expect(speech.paused()).toBe(false);
  });

  it('stops when the screen closes', async () => {
    const { speech, user, view } = await renderScreen([voice('en-US')]);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    view.unmount();
    expect(speech.calls.at(-1)).toBe('cancel');
    expect(speech.queue).toEqual([]);
  });

  it('stops when another screen takes its place', async () => {
    const { speech, user } = await renderScreen([voice('en-US')], 'en', <Switcher />);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await user.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(speech.calls.at(-1)).toBe('cancel');
    expect(readAloud()).not.toBeNull();
  });

  it('stops when the page is hidden', async () => {
    const { speech, user } = await renderScreen([voice('en-US')]);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    visibility.mockRestore();
    expect(speech.calls.at(-1)).toBe('cancel');
    expect(readAloud()).not.toBeNull();
  });
});

describe('read-aloud and the language', () => {
  async function switchTo(i18n: i18n, language: string) {
    await act(async () => {
      await i18n.changeLanguage(language);
    });
  }

  it('changing the language stops the reading and reads next with a voice of the new language', async () => {
    const spanish = voice('es-MX');
    const { speech, user, i18n } = await renderScreen([voice('en-US'), spanish]);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await switchTo(i18n, 'es');
    expect(speech.calls.at(-1)).toBe('cancel');
    await user.click(screen.getByRole('button', { name: 'Leer en voz alta' }));
    const last = speech.spoken.at(-1);
    expect(last?.voice).toBe(spanish);
    expect(last?.lang).toBe('es-MX');
  });

  it('hides the control in a language the device has no voice of its own for', async () => {
    const { i18n } = await renderScreen([voice('en-US'), voice('ko-KR', { local: false })]);
    expect(readAloud()).not.toBeNull();
    await switchTo(i18n, 'ko');
    expect(screen.queryByRole('group', { name: '이 화면을 소리 내어 읽기' })).toBeNull();
    expect(screen.queryByRole('button', { name: '소리 내어 읽기' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your list' })).toBeTruthy();
  });

  it('offers the control in Arabic with an Arabic voice, in Arabic words', async () => {
    const arabic = voice('ar-EG');
    const { speech, user } = await renderScreen([voice('en-US'), arabic], 'ar');
    await user.click(screen.getByRole('button', { name: 'اقرأ بصوت عالٍ' }));
    expect(speech.spoken[0]?.voice).toBe(arabic);
    expect(screen.getByRole('button', { name: 'إيقاف مؤقت' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إيقاف' })).toBeTruthy();
  });
});

describe("a screen's readable words", () => {
  it('reads the answers of a question as its choices, but no other button', () => {
    document.body.innerHTML = `
      <main>
        <h2>Does <bdi>Ana</bdi> respect your privacy?</h2>
        <fieldset data-read-aloud="choices">
          <legend class="visually-hidden">Your answer</legend>
          <button><span aria-hidden="true">✓</span>Yes</button><button>No</button><button>Not sure</button>
        </fieldset>
        <nav><button>Back</button></nav>
        <button>Stop for now</button>
      </main>`;
    const main = document.querySelector('main');
    expect(main && readableText(main)).toEqual(['Does Ana respect your privacy?', 'Yes', 'No', 'Not sure']);
    document.body.innerHTML = '';
  });
});

import './node-realm';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupI18n, UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { newPerson } from '../../src/domain/person';
import { NotebookProvider } from '../../src/features/notebook';
import { Screening } from '../../src/features/screening/Screening';
import { stopSpeaking } from '../../src/ui/speaker';
import { NotebookSession } from '../../src/vault/session';
import { installFakeSpeech, textsOf, voice } from '../ui/fake-speech';
import { FAST_KDF, freshName } from '../vault/helpers';
import { goTo, renderApp, SCREEN_CHANGE } from './harness';

const THREATENED = 'Has Ana ever threatened you with trouble from immigration?';

afterEach(() => {
  stopSpeaking();
  vi.unstubAllGlobals();
});

describe('reading the screens aloud', () => {
  it('the list screen offers it, reads its words, and locking silences it', async () => {
    const speech = installFakeSpeech([voice('en-US')]);
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Your list');
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(textsOf(speech)[0]).toBe('Your list');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE);
    expect(speech.calls.at(-1)).toBe('cancel');
    expect(speech.queue).toEqual([]);
    // The unlock screen can be read too, but only when asked.
    const spoken = speech.spoken.length;
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
    expect(speech.spoken.length).toBe(spoken);
  });

  it('never reads what is typed in a field, such as the passphrase', async () => {
    const speech = installFakeSpeech([voice('en-US')]);
    const { user } = await renderApp({ notebook: 'locked' });
    await user.type(screen.getByLabelText('Passphrase'), 'quiet river');
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    speech.finishAll();
    expect(textsOf(speech)).toContain('Passphrase');
    expect(textsOf(speech).join(' ')).not.toContain('quiet river');
  });
});

describe('reading a screening question aloud', () => {
  async function renderScreening() {
    const session = new NotebookSession({ name: freshName(), kdf: FAST_KDF });
    await session.start();
    await session.create('some passphrase');
    const person = newPerson({ id: crypto.randomUUID(), label: 'Ana', now: new Date().toISOString() });
    await session.savePerson(person);
    const i18n = await setupI18n('en');
    await i18n.loadNamespaces(UNLOCKED_NAMESPACES);
    const user = userEvent.setup({ delay: null });
    render(
      <I18nextProvider i18n={i18n}>
        <NotebookProvider session={session}>
          <Screening personId={person.id} onDone={() => undefined} />
        </NotebookProvider>
      </I18nextProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByText('Question 1 of 8');
    return { user };
  }

  it('reads the question, its hint and its answer choices, and none of the buttons that move between questions', async () => {
    const speech = installFakeSpeech([voice('en-US')]);
    const { user } = await renderScreening();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    act(() => speech.finishAll());
    expect(textsOf(speech)).toEqual([
      'Questions about Ana',
      'Signs to be careful',
      'Question 1 of 8',
      THREATENED,
      'For example, saying you could lose your papers or be sent away.',
      'Yes',
      'No',
      'Not sure',
      'Skip this question',
    ]);
    expect(textsOf(speech)).not.toContain('Stop for now');
  });

  it('stops reading a question once it is answered', async () => {
    const speech = installFakeSpeech([voice('en-US')]);
    const { user } = await renderScreening();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await user.click(screen.getByRole('button', { name: 'No' }));
    await screen.findByText('Question 2 of 8', {}, SCREEN_CHANGE);
    expect(speech.calls.at(-1)).toBe('cancel');
    expect(speech.queue).toEqual([]);
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
  });
});

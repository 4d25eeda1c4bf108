import './node-realm';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n, UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { newPerson, type Person } from '../../src/domain/person';
import { CAUTION_QUESTIONS, SCREENING_QUESTIONS, TRUST_QUESTIONS } from '../../src/domain/screening';
import { NotebookProvider } from '../../src/features/notebook';
import { Screening } from '../../src/features/screening/Screening';
import { InvalidRecordError, VaultError } from '../../src/vault/errors';
import { NotebookSession } from '../../src/vault/session';
import type { VaultContents } from '../../src/vault/vault';
import { FAST_KDF, freshName, openVault } from '../vault/helpers';

const PASSPHRASE = 'some passphrase';
const CALL_IMMIGRATION = 'Has Ana ever said they would call immigration on you or your family?';
const KEEPS_DISTANCE = 'Does Ana keep their distance from the person who hurts you?';
const INDEPENDENT = 'Can Ana manage without the person who hurts you, for work, favours and a place to live?';
const RESPECTS_PRIVACY = 'Does Ana respect your privacy?';

/** Labels are wrapped in Unicode isolates for right-to-left safety; compare what a person reads. */
function plain(text: string): string {
  return text
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function reads(expected: string) {
  return (content: string) => plain(content) === expected;
}

interface Rendered {
  session: NotebookSession;
  name: string;
  person: Person;
  user: UserEvent;
  onDone: ReturnType<typeof vi.fn>;
  unmount: () => void;
  renderAgain: () => void;
}

/** A fresh unlocked notebook holding one person, Ana, and the screening about her. */
async function renderScreening(screening: Partial<Person['screening']> = {}, extra: Partial<Person> = {}) {
  const name = freshName();
  const session = new NotebookSession({ name, kdf: FAST_KDF });
  await session.start();
  await session.create(PASSPHRASE);
  const base = newPerson({ id: crypto.randomUUID(), label: 'Ana', now: new Date().toISOString() });
  const person: Person = { ...base, ...extra, screening: { ...base.screening, ...screening } };
  await session.savePerson(person);
  const i18n = await setupI18n('en');
  await i18n.loadNamespaces(UNLOCKED_NAMESPACES);
  const user = userEvent.setup({ delay: null });
  const onDone = vi.fn();
  const ui = () => (
    <I18nextProvider i18n={i18n}>
      <NotebookProvider session={session}>
        <Screening personId={person.id} onDone={onDone} />
      </NotebookProvider>
    </I18nextProvider>
  );
  let view = render(ui());
  const rendered: Rendered = {
    session,
    name,
    person,
    user,
    onDone,
    unmount: () => view.unmount(),
    renderAgain: () => {
      view.unmount();
      view = render(ui());
    },
  };
  return rendered;
}

function contentsOf(session: NotebookSession): VaultContents {
  const state = session.getState();
  if (state.phase !== 'unlocked') throw new Error(`expected an unlocked notebook, the phase is ${state.phase}`);
  return state.contents;
}

function stored(session: NotebookSession): Person {
  const [person] = contentsOf(session).people;
  if (!person) throw new Error('no person stored');
  return person;
}

async function findHeading(text: string): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 2, name: reads(text) });
}

function answerButton(name: 'Yes' | 'No' | 'Not sure' | 'Skip this question'): HTMLElement {
  return screen.getByRole('button', { name });
}

describe('screening: one question at a time', () => {
  it('opens with a kind introduction to the trust part, then shows the first question and its place', async () => {
    const { user } = await renderScreening();

    expect(screen.getByRole('heading', { level: 1, name: reads('Questions about Ana') })).toBeTruthy();
    expect(await findHeading('Signs they may be safer to trust')).toBeTruthy();
    expect(screen.getByText('Part 1 of 2')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'See the suggestion' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    const heading = await findHeading(KEEPS_DISTANCE);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Question 1 of 21')).toBeTruthy();
    expect(screen.getByText('For example, they are not close friends and do not spend time together.')).toBeTruthy();
    for (const name of ['Yes', 'No', 'Not sure', 'Skip this question'] as const) {
      expect(answerButton(name)).toBeTruthy();
    }
  });

  it('saves an answer the moment it is given, both in the session and in storage, and moves on', async () => {
    const { user, session, name, person } = await renderScreening();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await findHeading(KEEPS_DISTANCE);

    await user.click(answerButton('Yes'));

    const next = await findHeading(INDEPENDENT);
    await waitFor(() => expect(document.activeElement).toBe(next));
    expect(screen.getByText('Question 2 of 21')).toBeTruthy();
    expect(stored(session).screening).toMatchObject({
      answers: { 'trust.keepsDistance': 'yes' },
      skipped: [],
      resumeAt: 'trust.independent',
      finishedAt: null,
    });
    expect(stored(session).updatedAt >= person.updatedAt).toBe(true);

    // What is on the device, read by a second vault with the passphrase: nothing waits in memory.
    const vault = await openVault(name);
    await vault.unlock(PASSPHRASE);
    const [onDisk] = (await vault.readAll()).people;
    expect(onDisk?.screening.answers).toEqual({ 'trust.keepsDistance': 'yes' });
    expect(onDisk?.screening.resumeAt).toBe('trust.independent');
    vault.close();
  });

  it('opened again, resumes at the question where it stopped, and can start again from the first', async () => {
    const { user, session, renderAgain } = await renderScreening();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await findHeading(KEEPS_DISTANCE);
    await user.click(answerButton('Yes'));
    await findHeading(INDEPENDENT);
    await user.click(answerButton('Not sure'));
    await findHeading(RESPECTS_PRIVACY);

    renderAgain();

    expect(await findHeading(RESPECTS_PRIVACY)).toBeTruthy();
    expect(screen.getByText('Question 3 of 21')).toBeTruthy();
    expect(screen.getByText('Welcome back. You stopped at question 3. Your earlier answers are kept.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Start again from the first question' }));
    expect(await findHeading(KEEPS_DISTANCE)).toBeTruthy();
    expect(screen.getByText('Your answer now: Yes. Tap it again to keep it.')).toBeTruthy();
    expect(answerButton('Yes').getAttribute('aria-pressed')).toBe('true');
    expect(answerButton('No').getAttribute('aria-pressed')).toBe('false');
    // Starting again keeps every answer until it is changed.
    expect(stored(session).screening.answers).toEqual({ 'trust.keepsDistance': 'yes', 'trust.independent': 'unsure' });
  });

  it('skipping a question moves on and records the skip; Back shows it was skipped', async () => {
    const { user, session } = await renderScreening();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await findHeading(KEEPS_DISTANCE);

    await user.click(answerButton('Skip this question'));

    await findHeading(INDEPENDENT);
    expect(stored(session).screening).toMatchObject({
      answers: {},
      skipped: ['trust.keepsDistance'],
      resumeAt: 'trust.independent',
    });

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await findHeading(KEEPS_DISTANCE)).toBeTruthy();
    expect(screen.getByText('You skipped this question before.')).toBeTruthy();

    // Answering it later takes it off the skipped list.
    await user.click(answerButton('No'));
    await findHeading(INDEPENDENT);
    expect(stored(session).screening).toMatchObject({ answers: { 'trust.keepsDistance': 'no' }, skipped: [] });
  });

  it('walks every question with an introduction before each part, then shows the suggestion', async () => {
    const { user, session } = await renderScreening();
    await user.click(await screen.findByRole('button', { name: 'Start' }));

    for (const [index, question] of SCREENING_QUESTIONS.entries()) {
      if (question === CAUTION_QUESTIONS[0]) {
        const intro = await findHeading('Signs to be careful');
        await waitFor(() => expect(document.activeElement).toBe(intro));
        expect(screen.getByText('Part 2 of 2')).toBeTruthy();
        expect(screen.getByText(/They are not about whether Ana is a good person/, { normalizer: plain })).toBeTruthy();
        await user.click(screen.getByRole('button', { name: 'Continue' }));
      }
      await screen.findByText(`Question ${index + 1} of ${SCREENING_QUESTIONS.length}`);
      const part = index < TRUST_QUESTIONS.length ? 'Signs they may be safer to trust' : 'Signs to be careful';
      expect(screen.getByText(part)).toBeTruthy();
      // Every sign speaks well of Ana: yes to the trust signs, no to the signs to be careful.
      await user.click(answerButton(question.startsWith('trust.') ? 'Yes' : 'No'));
    }

    const heading = await findHeading('A suggestion for Ana');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(within(suggestedBox()).getByText('Full information')).toBeTruthy();
    expect(screen.getByText('None of your answers point to sharing less.')).toBeTruthy();
    expect(screen.getByText('Based on 21 answers.')).toBeTruthy();
    expect(stored(session).screening.resumeAt).toBeNull();
    expect(Object.keys(stored(session).screening.answers)).toHaveLength(21);
  });
});

function suggestedBox(): HTMLElement {
  const box = screen.getByText('Suggested level').parentElement;
  if (!box) throw new Error('no suggested level shown');
  return box;
}

describe('screening: the suggestion and the survivor’s choice', () => {
  it('a Yes to "said they would call immigration" suggests not involving them, and names that answer', async () => {
    const { user, session } = await renderScreening({ resumeAt: 'caution.saidWouldCallImmigration' });
    await findHeading(CALL_IMMIGRATION);

    await user.click(answerButton('Yes'));
    await findHeading('Has Ana used your immigration status to control or frighten you?');
    expect(stored(session).screening.answers).toEqual({ 'caution.saidWouldCallImmigration': 'yes' });
    await user.click(screen.getByRole('button', { name: 'See the suggestion' }));

    expect(await findHeading('A suggestion for Ana')).toBeTruthy();
    expect(
      screen.getByText(
        'This is only a suggestion, worked out from your answers. You know your situation best: you decide.',
      ),
    ).toBeTruthy();
    expect(within(suggestedBox()).getByText('Better not to involve them')).toBeTruthy();
    const reason = screen.getByText(reads(`You answered Yes to: ${CALL_IMMIGRATION}`));
    expect(reason.closest('li')?.textContent).toContain('On its own, this points to: Better not to involve them.');

    // The suggestion is marked in words and pre-selected, since nothing was chosen yet.
    const suggested = screen.getByRole('radio', { name: 'Better not to involve them Suggested' });
    expect((suggested as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(stored(session).level).toBeNull();

    // Back returns to the question it was opened from.
    await user.click(screen.getByRole('button', { name: 'Back to the questions' }));
    expect(await findHeading('Has Ana used your immigration status to control or frighten you?')).toBeTruthy();
  });

  it('choosing another level than suggested keeps that choice, finishes, and writes a history entry', async () => {
    const { user, session, onDone, person, renderAgain } = await renderScreening({
      answers: { 'caution.saidWouldCallImmigration': 'yes' },
      resumeAt: null,
    });
    expect(await findHeading('A suggestion for Ana')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Emergency use only' }));
    await user.click(screen.getByRole('button', { name: 'Save my choice' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    const saved = stored(session);
    expect(saved.level).toBe('emergency');
    expect(saved.screening.finishedAt).not.toBeNull();
    expect(contentsOf(session).history).toEqual([
      expect.objectContaining({ personId: person.id, field: 'level', from: null, to: 'emergency' }),
    ]);

    // Opened again, the choice stands over the suggestion.
    renderAgain();
    await findHeading('A suggestion for Ana');
    expect(within(suggestedBox()).getByText('Better not to involve them')).toBeTruthy();
    expect(screen.getByText('You chose "Emergency use only" before. It stays until you change it.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Emergency use only' }) as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByRole('radio', { name: 'Better not to involve them Suggested' }) as HTMLInputElement).checked,
    ).toBe(false);

    // Saving the same level again finishes without a second history entry.
    await user.click(screen.getByRole('button', { name: 'Save my choice' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(2));
    expect(contentsOf(session).history).toHaveLength(1);
  });

  it('shows practical points as notes and unanswered core questions as "not answered yet"', async () => {
    await renderScreening({ answers: { 'trust.sharesLanguage': 'no' }, resumeAt: null });
    await findHeading('A suggestion for Ana');

    expect(screen.getByRole('heading', { level: 3, name: 'Practical points' })).toBeTruthy();
    expect(
      screen.getByText(reads('You answered No to: Can you talk with Ana in the language you prefer?')),
    ).toBeTruthy();
    expect(screen.getByText(reads(`Not answered yet: ${RESPECTS_PRIVACY}`))).toBeTruthy();
    expect(within(suggestedBox()).getByText('Partial: limited tasks only')).toBeTruthy();
  });
});

describe('screening: when saving fails', () => {
  it('shows the storage message, stays on the question and loses no answer; trying again works', async () => {
    const { user, session } = await renderScreening({
      answers: { 'trust.keepsDistance': 'yes' },
      resumeAt: 'trust.independent',
    });
    await findHeading(INDEPENDENT);
    const savePerson = vi.spyOn(session, 'savePerson').mockRejectedValueOnce(new VaultError('storage-full'));

    await user.click(answerButton('No'));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This phone is out of space, so the last change was not saved. Nothing else was lost. Free some space and try again.',
    );
    expect(screen.getByRole('heading', { level: 2, name: reads(INDEPENDENT) })).toBeTruthy();
    expect(stored(session).screening.answers).toEqual({ 'trust.keepsDistance': 'yes' });

    await user.click(answerButton('No'));
    await findHeading(RESPECTS_PRIVACY);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stored(session).screening.answers).toEqual({ 'trust.keepsDistance': 'yes', 'trust.independent': 'no' });
    expect(savePerson).toHaveBeenCalledTimes(2);
  });

  it('names the part the notebook refused instead of asking to try again', async () => {
    const { user, session } = await renderScreening({ resumeAt: 'trust.independent' });
    await findHeading(INDEPENDENT);
    vi.spyOn(session, 'savePerson').mockRejectedValueOnce(
      new InvalidRecordError({ table: 'people', field: 'screening', index: null, problem: 'invalid', limit: null }),
    );

    await user.click(answerButton('Yes'));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This was not saved: “Answers to the questions” holds something the notebook cannot keep. Check it and save again.',
    );
  });

  it('a failed level choice keeps the screen open and writes the history only once when tried again', async () => {
    const { user, session, onDone } = await renderScreening({
      answers: { 'caution.saidWouldCallImmigration': 'yes' },
      resumeAt: null,
    });
    await findHeading('A suggestion for Ana');
    vi.spyOn(session, 'savePerson').mockRejectedValueOnce(new VaultError('storage-full'));

    await user.click(screen.getByRole('radio', { name: 'Partial: limited tasks only' }));
    await user.click(screen.getByRole('button', { name: 'Save my choice' }));

    expect((await screen.findByRole('alert')).textContent).toContain('This phone is out of space');
    expect(onDone).not.toHaveBeenCalled();
    expect(stored(session).level).toBeNull();
    expect((screen.getByRole('radio', { name: 'Partial: limited tasks only' }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save my choice' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(stored(session).level).toBe('partial');
    expect(contentsOf(session).history).toHaveLength(1);
  });
});

describe('screening: a person who is gone', () => {
  it('says so and offers a way back', async () => {
    const { user, session, person, onDone, renderAgain } = await renderScreening();
    await session.removePerson(person.id);
    renderAgain();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This person is no longer in your notebook.' }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

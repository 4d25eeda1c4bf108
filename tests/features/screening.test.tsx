import './node-realm';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n, UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { newPerson, type Person } from '../../src/domain/person';
import { CORE_QUESTIONS, MORE_QUESTIONS } from '../../src/domain/screening';
import { NotebookProvider } from '../../src/features/notebook';
import { Screening } from '../../src/features/screening/Screening';
import { InvalidRecordError, VaultError } from '../../src/vault/errors';
import { NotebookSession } from '../../src/vault/session';
import type { VaultContents } from '../../src/vault/vault';
import { FAST_KDF, freshName, openVault } from '../vault/helpers';

const PASSPHRASE = 'some passphrase';
const THREATENED = 'Has Ana ever threatened you with trouble from immigration?';
const USED_STATUS = 'Has Ana used your immigration status to control or frighten you?';
const NEVER_REPORT = 'Can you count on Ana never to report you or your family to immigration, or to threaten it?';
const CALL_IMMIGRATION = 'Has Ana ever said they would call immigration on you or your family?';
const RESPECTS_PRIVACY = 'Does Ana respect your privacy?';
const SUGGESTION = 'A suggestion for Ana';

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

/** Every core sign speaks well of Ana: yes to the signs of trust, no to the signs to be careful. */
function goodAnswer(question: string): 'Yes' | 'No' {
  return question.startsWith('trust.') ? 'Yes' : 'No';
}

function allGood(questions: readonly string[]): Record<string, 'yes' | 'no'> {
  return Object.fromEntries(questions.map((question) => [question, question.startsWith('trust.') ? 'yes' : 'no']));
}

function radio(name: string): HTMLInputElement {
  return screen.getByRole('radio', { name }) as HTMLInputElement;
}

function follows(first: HTMLElement, second: HTMLElement): boolean {
  return (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

describe('screening: a short core of questions', () => {
  it('opens with a kind introduction, then asks first about threats involving immigration', async () => {
    const { user } = await renderScreening();

    expect(screen.getByRole('heading', { level: 1, name: reads('Questions about Ana') })).toBeTruthy();
    expect(await findHeading('A few short questions')).toBeTruthy();
    expect(screen.getByText(/They are not about whether Ana is a good person/, { normalizer: plain })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'See the suggestion' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    const heading = await findHeading(THREATENED);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Question 1 of 8')).toBeTruthy();
    expect(screen.getByText('Signs to be careful')).toBeTruthy();
    expect(screen.getByText('For example, saying you could lose your papers or be sent away.')).toBeTruthy();
    for (const name of ['Yes', 'No', 'Not sure', 'Skip this question'] as const) {
      expect(answerButton(name)).toBeTruthy();
    }
  });

  it('saves an answer the moment it is given, both in the session and in storage, and moves on', async () => {
    const { user, session, name, person } = await renderScreening();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await findHeading(THREATENED);

    await user.click(answerButton('No'));

    const next = await findHeading(USED_STATUS);
    await waitFor(() => expect(document.activeElement).toBe(next));
    expect(screen.getByText('Question 2 of 8')).toBeTruthy();
    expect(stored(session).screening).toMatchObject({
      answers: { 'caution.threatenedImmigration': 'no' },
      skipped: [],
      resumeAt: 'caution.usedStatusToControl',
      finishedAt: null,
    });
    expect(stored(session).updatedAt >= person.updatedAt).toBe(true);

    // What is on the device, read by a second vault with the passphrase: nothing waits in memory.
    const vault = await openVault(name);
    await vault.unlock(PASSPHRASE);
    const [onDisk] = (await vault.readAll()).people;
    expect(onDisk?.screening.answers).toEqual({ 'caution.threatenedImmigration': 'no' });
    expect(onDisk?.screening.resumeAt).toBe('caution.usedStatusToControl');
    vault.close();
  });

  it('opened again, resumes at the question where it stopped, and can start again from the first', async () => {
    const { user, session, renderAgain } = await renderScreening();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await findHeading(THREATENED);
    await user.click(answerButton('No'));
    await findHeading(USED_STATUS);
    await user.click(answerButton('Not sure'));
    await findHeading(NEVER_REPORT);

    renderAgain();

    expect(await findHeading(NEVER_REPORT)).toBeTruthy();
    expect(screen.getByText('Question 3 of 8')).toBeTruthy();
    expect(screen.getByText('Welcome back. You stopped at question 3. Your earlier answers are kept.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Start again from the first question' }));
    expect(await findHeading(THREATENED)).toBeTruthy();
    expect(screen.getByText('Your answer now: No. Tap it again to keep it.')).toBeTruthy();
    expect(answerButton('No').getAttribute('aria-pressed')).toBe('true');
    expect(answerButton('Yes').getAttribute('aria-pressed')).toBe('false');
    // Starting again keeps every answer until it is changed.
    expect(stored(session).screening.answers).toEqual({
      'caution.threatenedImmigration': 'no',
      'caution.usedStatusToControl': 'unsure',
    });
  });

  it('skipping a question moves on and records the skip; Back shows it was skipped', async () => {
    const { user, session } = await renderScreening();
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await findHeading(THREATENED);

    await user.click(answerButton('Skip this question'));

    await findHeading(USED_STATUS);
    expect(stored(session).screening).toMatchObject({
      answers: {},
      skipped: ['caution.threatenedImmigration'],
      resumeAt: 'caution.usedStatusToControl',
    });

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await findHeading(THREATENED)).toBeTruthy();
    expect(screen.getByText('You skipped this question before.')).toBeTruthy();

    // Answering it later takes it off the skipped list.
    await user.click(answerButton('No'));
    await findHeading(USED_STATUS);
    expect(stored(session).screening).toMatchObject({
      answers: { 'caution.threatenedImmigration': 'no' },
      skipped: [],
    });
  });

  it('after the eight core questions shows the choice first, the suggestion pre-selected, and Save right under it', async () => {
    const { user, session } = await renderScreening();
    await user.click(await screen.findByRole('button', { name: 'Start' }));

    for (const [index, question] of CORE_QUESTIONS.entries()) {
      await screen.findByText(`Question ${index + 1} of ${CORE_QUESTIONS.length}`);
      await user.click(answerButton(goodAnswer(question)));
    }

    const heading = await findHeading(SUGGESTION);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const suggested = radio('Full information Suggested');
    expect(suggested.checked).toBe(true);
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    const save = screen.getByRole('button', { name: 'Save my choice' });
    const why = screen.getByRole('heading', { level: 3, name: 'Why' });
    // The choice and its button come before the reasons.
    expect(follows(suggested, save)).toBe(true);
    expect(follows(save, why)).toBe(true);
    expect(screen.getByText('None of your answers point to sharing less.')).toBeTruthy();
    expect(screen.getByText('Based on 8 answers.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'More questions' })).toBeTruthy();
    expect(stored(session).screening.resumeAt).toBeNull();
    expect(Object.keys(stored(session).screening.answers)).toEqual([...CORE_QUESTIONS]);
  });
});

describe('screening: the more questions', () => {
  it('walk the other questions from the suggestion and come back to an updated suggestion', async () => {
    const { user, session } = await renderScreening({ answers: allGood(CORE_QUESTIONS), resumeAt: null });
    await findHeading(SUGGESTION);
    expect(radio('Full information Suggested').checked).toBe(true);
    expect(screen.getByText('More questions can make this suggestion more precise. They are optional.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'More questions' }));

    const first = await findHeading(CALL_IMMIGRATION);
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(screen.getByText(`Question 1 of ${MORE_QUESTIONS.length}`)).toBeTruthy();
    expect(screen.getByText('More questions')).toBeTruthy();
    await user.click(answerButton('Yes'));
    for (const [index, question] of MORE_QUESTIONS.entries()) {
      if (index === 0) continue;
      await screen.findByText(`Question ${index + 1} of ${MORE_QUESTIONS.length}`);
      await user.click(answerButton(goodAnswer(question)));
    }

    const heading = await findHeading(SUGGESTION);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(radio('Better not to involve them Suggested').checked).toBe(true);
    expect(screen.getByText(reads(`You answered Yes to: ${CALL_IMMIGRATION}`))).toBeTruthy();
    expect(screen.getByText('Based on 21 answers.')).toBeTruthy();
    // Nothing is left to ask, so there is no offer of more.
    expect(screen.queryByRole('button', { name: 'More questions' })).toBeNull();
    expect(Object.keys(stored(session).screening.answers)).toHaveLength(21);
    expect(stored(session).screening.resumeAt).toBeNull();
  });

  it('opened again, resume where they stopped', async () => {
    const stoppedAt = MORE_QUESTIONS[2] ?? '';
    await renderScreening({ answers: allGood(CORE_QUESTIONS), resumeAt: stoppedAt });

    expect(await screen.findByText(`Question 3 of ${MORE_QUESTIONS.length}`)).toBeTruthy();
    expect(screen.getByText('More questions')).toBeTruthy();
    expect(screen.getByText('Welcome back. You stopped at question 3. Your earlier answers are kept.')).toBeTruthy();
  });

  it('Back from the first of them returns to the suggestion', async () => {
    const { user } = await renderScreening({ answers: allGood(CORE_QUESTIONS), resumeAt: null });
    await findHeading(SUGGESTION);
    await user.click(screen.getByRole('button', { name: 'More questions' }));
    await findHeading(CALL_IMMIGRATION);

    await user.click(screen.getByRole('button', { name: 'Back' }));

    expect(await findHeading(SUGGESTION)).toBeTruthy();
  });

  it('answers saved before the core, to all 21 questions, open on the same suggestion with nothing more to ask', async () => {
    await renderScreening({
      answers: { ...allGood([...CORE_QUESTIONS, ...MORE_QUESTIONS]), 'caution.blames': 'yes' },
      resumeAt: null,
    });
    await findHeading(SUGGESTION);
    expect(radio('Emergency use only Suggested').checked).toBe(true);
    expect(screen.queryByRole('button', { name: 'More questions' })).toBeNull();
  });
});

function placeHeading(): Promise<HTMLElement> {
  return findHeading('Saved. Where does Ana go in your list?');
}

describe('screening: the suggestion and the survivor’s choice', () => {
  it('a Yes to a threat involving immigration suggests not involving them, and names that answer', async () => {
    const { user, session } = await renderScreening({ resumeAt: 'caution.threatenedImmigration' });
    await findHeading(THREATENED);

    await user.click(answerButton('Yes'));
    await findHeading(USED_STATUS);
    expect(stored(session).screening.answers).toEqual({ 'caution.threatenedImmigration': 'yes' });
    await user.click(screen.getByRole('button', { name: 'See the suggestion' }));

    expect(await findHeading(SUGGESTION)).toBeTruthy();
    expect(
      screen.getByText(
        'This is only a suggestion, worked out from your answers. You know your situation best: you decide.',
      ),
    ).toBeTruthy();
    const reason = screen.getByText(reads(`You answered Yes to: ${THREATENED}`));
    expect(reason.closest('li')?.textContent).toContain('On its own, this points to: Better not to involve them.');

    // The suggestion is marked in words and pre-selected, since nothing was chosen yet.
    expect(radio('Better not to involve them Suggested').checked).toBe(true);
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(stored(session).level).toBeNull();

    // Back returns to the question it was opened from.
    await user.click(screen.getByRole('button', { name: 'Back to the questions' }));
    expect(await findHeading(USED_STATUS)).toBeTruthy();
  });

  it('saving a level offers a list group in one tap, and the person is then sorted', async () => {
    const { user, session, onDone, person } = await renderScreening({
      answers: allGood(CORE_QUESTIONS),
      resumeAt: null,
    });
    await findHeading(SUGGESTION);

    await user.click(screen.getByRole('button', { name: 'Save my choice' }));

    const heading = await placeHeading();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(stored(session).level).toBe('full');
    expect(onDone).not.toHaveBeenCalled();
    for (const name of ['Contact first', 'Holds things for me', 'Helps with language', 'Not now']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByText('Optional. You can change it later in your list.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Contact first' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(stored(session).category).toBe('primary');
    expect(contentsOf(session).history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: person.id, field: 'level', from: null, to: 'full' }),
        expect.objectContaining({ personId: person.id, field: 'category', from: null, to: 'primary' }),
      ]),
    );
  });

  it('"Not now" leaves the person where they were in the list', async () => {
    const { user, session, onDone } = await renderScreening(
      { answers: allGood(CORE_QUESTIONS), resumeAt: null },
      { category: 'interpreter' },
    );
    await findHeading(SUGGESTION);
    await user.click(screen.getByRole('button', { name: 'Save my choice' }));
    await placeHeading();
    // The group they are in now is shown as chosen.
    expect(screen.getByRole('button', { name: 'Helps with language' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Not now' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(stored(session).category).toBe('interpreter');
    expect(contentsOf(session).history.filter((entry) => entry.field === 'category')).toHaveLength(0);
  });

  it('choosing not to involve them finishes without offering a group', async () => {
    const { user, session, onDone } = await renderScreening({
      answers: { 'caution.threatenedImmigration': 'yes' },
      resumeAt: null,
    });
    await findHeading(SUGGESTION);

    await user.click(screen.getByRole('button', { name: 'Save my choice' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(stored(session).level).toBe('none');
    expect(stored(session).category).toBeNull();
    expect(screen.queryByRole('button', { name: 'Contact first' })).toBeNull();
  });

  it('choosing another level than suggested keeps that choice, finishes, and writes a history entry', async () => {
    const { user, session, onDone, person, renderAgain } = await renderScreening({
      answers: { 'caution.threatenedImmigration': 'yes' },
      resumeAt: null,
    });
    expect(await findHeading(SUGGESTION)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Emergency use only' }));
    await user.click(screen.getByRole('button', { name: 'Save my choice' }));
    await placeHeading();
    await user.click(screen.getByRole('button', { name: 'Not now' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    const saved = stored(session);
    expect(saved.level).toBe('emergency');
    expect(saved.screening.finishedAt).not.toBeNull();
    expect(contentsOf(session).history).toEqual([
      expect.objectContaining({ personId: person.id, field: 'level', from: null, to: 'emergency' }),
    ]);

    // Opened again, the choice stands over the suggestion.
    renderAgain();
    await findHeading(SUGGESTION);
    expect(screen.getByText('You chose "Emergency use only" before. It stays until you change it.')).toBeTruthy();
    expect(radio('Emergency use only').checked).toBe(true);
    expect(radio('Better not to involve them Suggested').checked).toBe(false);

    // Saving the same level again writes no second history entry.
    await user.click(screen.getByRole('button', { name: 'Save my choice' }));
    await placeHeading();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(2));
    expect(contentsOf(session).history).toHaveLength(1);
  });

  it('says what the chosen level means, and follows the choice when it changes', async () => {
    const { user } = await renderScreening({ answers: allGood(CORE_QUESTIONS), resumeAt: null });
    await findHeading(SUGGESTION);
    const FULL =
      'You might tell them more about your situation. They understand the risks around immigration and pressure from the community.';
    const EMERGENCY = 'You would rather not involve them often, but they could help if no one else can.';
    expect(radio('Full information Suggested').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(FULL)).toBeTruthy();
    expect(screen.queryByText(EMERGENCY)).toBeNull();

    await user.click(radio('Emergency use only'));

    expect(screen.getByText(EMERGENCY)).toBeTruthy();
    expect(screen.queryByText(FULL)).toBeNull();
    expect(radio('Emergency use only').getAttribute('aria-describedby')).toBeTruthy();
  });

  it('shows practical points as notes and unanswered core questions as "not answered yet"', async () => {
    await renderScreening({ answers: { 'trust.sharesLanguage': 'no' }, resumeAt: null });
    await findHeading(SUGGESTION);

    expect(screen.getByRole('heading', { level: 3, name: 'Practical points' })).toBeTruthy();
    expect(
      screen.getByText(reads('You answered No to: Can you talk with Ana in the language you prefer?')),
    ).toBeTruthy();
    expect(screen.getByText(reads(`Not answered yet: ${RESPECTS_PRIVACY}`))).toBeTruthy();
    expect(radio('Partial: limited tasks only Suggested').checked).toBe(true);
  });
});

describe('screening: when saving fails', () => {
  it('shows the storage message, stays on the question and loses no answer; trying again works', async () => {
    const { user, session } = await renderScreening({
      answers: { 'caution.threatenedImmigration': 'no' },
      resumeAt: 'caution.usedStatusToControl',
    });
    await findHeading(USED_STATUS);
    const savePerson = vi.spyOn(session, 'savePerson').mockRejectedValueOnce(new VaultError('storage-full'));

    await user.click(answerButton('No'));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This phone is out of space, so the last change was not saved. Nothing else was lost. Free some space and try again.',
    );
    expect(screen.getByRole('heading', { level: 2, name: reads(USED_STATUS) })).toBeTruthy();
    expect(stored(session).screening.answers).toEqual({ 'caution.threatenedImmigration': 'no' });

    await user.click(answerButton('No'));
    await findHeading(NEVER_REPORT);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stored(session).screening.answers).toEqual({
      'caution.threatenedImmigration': 'no',
      'caution.usedStatusToControl': 'no',
    });
    expect(savePerson).toHaveBeenCalledTimes(2);
  });

  it('names the part the notebook refused instead of asking to try again', async () => {
    const { user, session } = await renderScreening({ resumeAt: 'caution.usedStatusToControl' });
    await findHeading(USED_STATUS);
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
      answers: { 'caution.threatenedImmigration': 'yes' },
      resumeAt: null,
    });
    await findHeading(SUGGESTION);
    vi.spyOn(session, 'savePerson').mockRejectedValueOnce(new VaultError('storage-full'));

    await user.click(screen.getByRole('radio', { name: 'Partial: limited tasks only' }));
    await user.click(screen.getByRole('button', { name: 'Save my choice' }));

    expect((await screen.findByRole('alert')).textContent).toContain('This phone is out of space');
    expect(onDone).not.toHaveBeenCalled();
    expect(stored(session).level).toBeNull();
    expect((screen.getByRole('radio', { name: 'Partial: limited tasks only' }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save my choice' }));
    await placeHeading();
    expect(stored(session).level).toBe('partial');
    expect(contentsOf(session).history).toHaveLength(1);
  });

  it('a failed placement in a group keeps the offer open; trying again places them once', async () => {
    const { user, session, onDone } = await renderScreening({ answers: allGood(CORE_QUESTIONS), resumeAt: null });
    await findHeading(SUGGESTION);
    await user.click(screen.getByRole('button', { name: 'Save my choice' }));
    await placeHeading();
    vi.spyOn(session, 'savePerson').mockRejectedValueOnce(new VaultError('storage-full'));

    await user.click(screen.getByRole('button', { name: 'Holds things for me' }));

    expect((await screen.findByRole('alert')).textContent).toContain('This phone is out of space');
    expect(onDone).not.toHaveBeenCalled();
    expect(stored(session).category).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Holds things for me' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(stored(session).category).toBe('information');
    expect(contentsOf(session).history.filter((entry) => entry.field === 'category')).toHaveLength(1);
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

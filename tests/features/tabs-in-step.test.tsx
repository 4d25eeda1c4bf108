/**
 * Two tabs on one notebook: the screens of this one (tab B) follow what the
 * other (tab A, a session without screens) saves, and a form opened before
 * A's change merges or asks instead of overwriting it.
 */
import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/person';
import { NotebookSession } from '../../src/vault/session';
import { FAST_KDF, freshName, person } from '../vault/helpers';
import {
  contentsOf,
  findTheList,
  goTo,
  PASSPHRASE,
  personCard,
  renderApp,
  SCREEN_CHANGE,
  submitPassphrase,
} from './harness';

/** Tab A holds the notebook with `people` in it; tab B shows the app on the list, unlocked. */
async function twoTabs(people: Person[] = []) {
  const name = freshName();
  const a = new NotebookSession({ name, kdf: FAST_KDF });
  await a.start();
  await a.create(PASSPHRASE);
  for (const entry of people) await a.savePerson(entry);
  const harness = await renderApp({ session: new NotebookSession({ name, kdf: FAST_KDF }) });
  await submitPassphrase(harness.user, PASSPHRASE);
  await findTheList();
  await goTo(harness.user, 'Your list');
  return { a, ...harness };
}

const later = () => new Date(Date.now() + 60_000).toISOString();

describe('two tabs in step', () => {
  it('someone added in the other tab appears on this list without a reload', async () => {
    const { a } = await twoTabs();
    await a.savePerson(person('Ana', { phones: [{ kind: 'mobile', number: '+12025550143' }] }));
    expect(await screen.findByText('Ana', { selector: '.person__label' }, SCREEN_CHANGE)).toBeTruthy();
    expect(within(personCard('Ana')).getByRole('link', { name: /^Call: Ana/ })).toBeTruthy();
  });

  it('a form opened before the other tab changed other details saves both', async () => {
    const ana = person('Ana', { relationship: 'cousin' });
    const { a, user, session } = await twoTabs([ana]);
    await user.click(screen.getByRole('button', { name: 'Details: Ana' }));
    const notes = await screen.findByLabelText('Notes', {}, SCREEN_CHANGE);
    await a.savePerson({ ...ana, relationship: 'neighbour', updatedAt: later() });
    await user.type(notes, 'Call after six.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findTheList();
    expect(contentsOf(session).people).toMatchObject([{ relationship: 'neighbour', notes: 'Call after six.' }]);
    // The other tab hears of the save over its channel, a moment later.
    await waitFor(() =>
      expect(contentsOf(a).people).toMatchObject([{ relationship: 'neighbour', notes: 'Call after six.' }]),
    );
  });

  it('when both tabs changed the same detail, it names it and saves nothing until the survivor chooses', async () => {
    const ana = person('Ana', { notes: 'First note.' });
    const { a, user, session } = await twoTabs([ana]);
    await user.click(screen.getByRole('button', { name: 'Details: Ana' }));
    const notes = await screen.findByLabelText('Notes', {}, SCREEN_CHANGE);
    await a.savePerson({ ...ana, notes: 'Written in the other tab.', label: 'Ana M', updatedAt: later() });
    await user.clear(notes);
    await user.type(notes, 'Written here.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Changed in another tab too')).toBeTruthy();
    const question = screen.getByText('Changed in another tab too').closest('.unsaved') as HTMLElement;
    expect(
      within(question)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Notes']);
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(contentsOf(session).people).toMatchObject([{ notes: 'Written in the other tab.' }]);

    await user.click(within(question).getByRole('button', { name: 'Keep what I wrote here' }));
    await findTheList();
    await waitFor(() => expect(contentsOf(a).people).toMatchObject([{ notes: 'Written here.', label: 'Ana M' }]));
  });

  it('keeping the other tab’s version keeps its words and this form’s other changes', async () => {
    const ana = person('Ana', { notes: 'First note.' });
    const { a, user, session } = await twoTabs([ana]);
    await user.click(screen.getByRole('button', { name: 'Details: Ana' }));
    const notes = await screen.findByLabelText('Notes', {}, SCREEN_CHANGE);
    await a.savePerson({ ...ana, notes: 'Written in the other tab.', updatedAt: later() });
    await user.clear(notes);
    await user.type(notes, 'Written here.');
    await user.type(screen.getByLabelText('Relationship'), 'aunt');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: "Keep the other tab's version" }));
    await findTheList();
    expect(contentsOf(session).people).toMatchObject([{ notes: 'Written in the other tab.', relationship: 'aunt' }]);
  });
});

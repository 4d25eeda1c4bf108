import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newOrganisation, type Organisation } from '../../src/domain/organisation';
import type { Person } from '../../src/domain/person';
import { person } from '../vault/helpers';
import { contentsOf, findTheList, goTo, renderApp, renderUnlockedWith, SCREEN_CHANGE } from './harness';

const STEPS = [
  { name: 'The people in your life', heading: 'The people in your life' },
  { name: 'Who may be safer to trust', heading: 'Who may be safer to trust' },
  // The organisations step brings its own screen and title.
  { name: 'Community organisations', heading: 'Organisations' },
  // The list step is the list itself.
  { name: 'Your list', heading: 'Your list' },
  { name: 'Keep it up to date', heading: 'Keep it up to date' },
] as const;

const NO_ONE_TO_SCREEN = 'Add people in step 1 first, then come back here.';

/** A notebook holding these people and organisations, unlocked through the app. */

function organisation(name: string): Organisation {
  return newOrganisation({ id: `org-${name}`, name, now: '2025-03-01T10:00:00.000Z' });
}

/** The overview's item for one step. */
function stepItem(name: string): HTMLElement {
  const item = screen.getByRole('heading', { name, level: 2 }).closest('li');
  if (!item) throw new Error(`no item for the step ${name}`);
  return item;
}

/** Opens step `number` (1 to 4) from the overview and waits for its title. */
async function openStep(user: UserEvent, number: 1 | 2 | 3 | 4 | 5): Promise<HTMLElement> {
  const step = STEPS[number - 1];
  if (!step) throw new Error(`there is no step ${number}`);
  await user.click(screen.getByRole('button', { name: `Open step ${number}: ${step.name}` }));
  return screen.findByRole('heading', { name: step.heading, level: 1 }, SCREEN_CHANGE);
}

/** Checks the progress shown on a step, in words and as a bar. */
function expectProgress(step: number): void {
  const label = `Step ${step} of 5`;
  expect(screen.getByText(label, { selector: 'p' })).toBeTruthy();
  const bar = screen.getByRole('progressbar', { name: label }) as HTMLProgressElement;
  expect(bar.value).toBe(step);
  expect(bar.max).toBe(5);
  expect(screen.getAllByRole('progressbar')).toHaveLength(1);
}

function sectionButton(name: 'Your list' | 'Steps' | 'Settings'): HTMLElement {
  return within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('button', { name });
}

describe('the steps overview', () => {
  it('lists the five steps in order, each with what it is for, and none started in an empty notebook', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');

    expect(screen.getByText(/Do them in any order, a few minutes at a time\./)).toBeTruthy();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual(
      STEPS.map((step) => step.name),
    );
    expect(items.map((item) => within(item).getByRole('button').textContent)).toEqual(
      STEPS.map((step, index) => `Open step ${index + 1}: ${step.name}`),
    );
    expect(within(stepItem('Who may be safer to trust')).getByText(/short questions about each person/)).toBeTruthy();
    for (const step of STEPS) expect(within(stepItem(step.name)).getByText('Not started')).toBeTruthy();
    expect(sectionButton('Steps').getAttribute('aria-current')).toBe('page');
  });

  it('says how far each step has gone, from what is in the notebook', async () => {
    const { user } = await renderUnlockedWith(
      [
        person('Ana', { category: 'primary', screening: answered({ 'trust.keepsDistance': 'yes' }) }),
        person('Bea', { category: 'information' }),
        person('Caro'),
      ],
      [organisation('Centro Latino'), organisation('Casa Amiga')],
    );
    await goTo(user, 'Steps');

    expect(within(stepItem('The people in your life')).getByText('3 people so far')).toBeTruthy();
    expect(within(stepItem('Who may be safer to trust')).getByText('1 of 3 people answered')).toBeTruthy();
    expect(within(stepItem('Community organisations')).getByText('2 organisations')).toBeTruthy();
    expect(within(stepItem('Your list')).getByText('2 people placed in your list')).toBeTruthy();
  });

  it('counts one person and one organisation in the singular', async () => {
    const { user } = await renderUnlockedWith(
      [person('Ana', { category: 'primary' })],
      [organisation('Centro Latino')],
    );
    await goTo(user, 'Steps');

    expect(within(stepItem('The people in your life')).getByText('1 person so far')).toBeTruthy();
    expect(within(stepItem('Who may be safer to trust')).getByText('0 of 1 people answered')).toBeTruthy();
    expect(within(stepItem('Community organisations')).getByText('1 organisation')).toBeTruthy();
    expect(within(stepItem('Your list')).getByText('1 person placed in your list')).toBeTruthy();
  });
});

describe('moving through the steps', () => {
  it('each step shows where it is among the five, and Next and Previous walk through them', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    await openStep(user, 1);

    expectProgress(1);
    const first = screen.getByRole('navigation', { name: 'Step 1 of 5' });
    expect(within(first).queryByRole('button', { name: 'Previous step' })).toBeNull();
    await user.click(within(first).getByRole('button', { name: 'Next step' }));

    await screen.findByRole('heading', { name: 'Who may be safer to trust', level: 1 }, SCREEN_CHANGE);
    expectProgress(2);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Step 2 of 5' })).getByRole('button', { name: 'Next step' }),
    );

    await screen.findByRole('heading', { name: 'Organisations', level: 1 }, SCREEN_CHANGE);
    expectProgress(3);
    const third = screen.getByRole('navigation', { name: 'Step 3 of 5' });
    expect(within(third).getByRole('button', { name: 'Next step' })).toBeTruthy();
    await user.click(within(third).getByRole('button', { name: 'Previous step' }));

    await screen.findByRole('heading', { name: 'Who may be safer to trust', level: 1 }, SCREEN_CHANGE);
    expectProgress(2);
    await user.click(screen.getByRole('button', { name: 'Previous step' }));

    await screen.findByRole('heading', { name: 'The people in your life', level: 1 }, SCREEN_CHANGE);
    expectProgress(1);
  });

  it('Next step from the organisations step opens the list', async () => {
    const { user } = await renderUnlockedWith([person('Ana')]);
    await goTo(user, 'Steps');
    await openStep(user, 3);

    await user.click(screen.getByRole('button', { name: 'Next step' }));

    await findTheList();
    expect(screen.getByText('Ana', { selector: '.person__label' })).toBeTruthy();
    expect(sectionButton('Steps').getAttribute('aria-current')).toBe('page');
  });

  it('any step can be opened directly from the overview and left through the top bar', async () => {
    const { user } = await renderUnlockedWith([person('Ana')]);

    for (const number of [3, 1, 4, 2] as const) {
      await goTo(user, 'Steps');
      const heading = await openStep(user, number);
      expect(heading).toBeTruthy();
      expect(sectionButton('Steps').getAttribute('aria-current')).toBe('page');
      expect(sectionButton('Your list').getAttribute('aria-current')).toBeNull();

      await user.click(sectionButton('Your list'));
      await findTheList();
      expect(screen.queryByRole('progressbar')).toBeNull();
      expect(sectionButton('Your list').getAttribute('aria-current')).toBe('page');
    }
  });

  it('opening a step moves the focus to its title, so a screen reader says where the person is', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step by step', level: 1 })),
    );

    const circles = await openStep(user, 1);
    await waitFor(() => expect(document.activeElement).toBe(circles));

    await goTo(user, 'Steps');
    const screening = await openStep(user, 2);
    await waitFor(() => expect(document.activeElement).toBe(screening));
  });

  it('Next and Previous between the screening and organisations steps move the focus to the new title', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    await openStep(user, 2);

    await user.click(screen.getByRole('button', { name: 'Next step' }));
    const organisations = await screen.findByRole('heading', { name: 'Organisations', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(organisations));

    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    const screening = await screen.findByRole(
      'heading',
      { name: 'Who may be safer to trust', level: 1 },
      SCREEN_CHANGE,
    );
    await waitFor(() => expect(document.activeElement).toBe(screening));
  });

  it('in the organisations step, the add form opens and closes in place, with the focus back on its button', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    await openStep(user, 3);

    await user.click(screen.getByRole('button', { name: 'Add an organisation' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Add an organisation', level: 2 })),
    );
    expectProgress(3);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an organisation' })),
    );
    expectProgress(3);
  });

  it('an organisation added in its step goes back to the step, not to the form', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    await openStep(user, 3);
    await user.click(screen.getByRole('button', { name: 'Add an organisation' }));
    await user.type(screen.getByLabelText('Name of the organisation'), 'Centro');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const heading = await screen.findByRole('heading', { name: 'Centro', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(sectionButton('Steps').getAttribute('aria-current')).toBe('page');

    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    const list = await screen.findByRole('heading', { name: 'Organisations', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(list));
    expectProgress(3);
    expect(screen.getByText('Centro', { selector: '.organisation__name' })).toBeTruthy();
    expect(screen.queryByLabelText('Name of the organisation')).toBeNull();
  });

  it('leaving a step part done keeps what was done there', async () => {
    const { user, session } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    await openStep(user, 1);
    const household = screen.getByText('People you live with', { selector: '.circle__name' }).closest('details');
    if (!household) throw new Error('no group for the household');
    await user.click(within(household).getByText('People you live with'));
    await user.type(within(household).getByLabelText('Add someone to this group'), 'Sam');
    await user.click(within(household).getByRole('button', { name: 'Add' }));
    await within(household).findByText('Sam was added.');

    await goTo(user, 'Settings');
    await goTo(user, 'Steps');

    expect(within(stepItem('The people in your life')).getByText('1 person so far')).toBeTruthy();
    expect(contentsOf(session).people).toMatchObject([{ label: 'Sam', circle: 'household' }]);
  });
});

describe('the screening step', () => {
  it('with nobody in the notebook yet, says to add people in step 1 first and offers no one', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    expect(within(stepItem('Who may be safer to trust')).getByText('Not started')).toBeTruthy();

    await openStep(user, 2);

    expect(screen.getByText(NO_ONE_TO_SCREEN)).toBeTruthy();
    expect(screen.queryByText('Choose a person.', { exact: false })).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
    expectProgress(2);
  });

  it('once someone is added in step 1, they can be chosen in step 2', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    await openStep(user, 2);
    expect(screen.getByText(NO_ONE_TO_SCREEN)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    await screen.findByRole('heading', { name: 'The people in your life', level: 1 }, SCREEN_CHANGE);
    const friends = screen.getByText('Friends and neighbours', { selector: '.circle__name' }).closest('details');
    if (!friends) throw new Error('no group for friends');
    await user.click(within(friends).getByText('Friends and neighbours'));
    await user.type(within(friends).getByLabelText('Add someone to this group'), 'Lina');
    await user.click(within(friends).getByRole('button', { name: 'Add' }));
    await within(friends).findByText('Lina was added.');
    await user.click(screen.getByRole('button', { name: 'Next step' }));

    await screen.findByRole('heading', { name: 'Who may be safer to trust', level: 1 }, SCREEN_CHANGE);
    expect(screen.queryByText(NO_ONE_TO_SCREEN)).toBeNull();
    expect(screen.getByText(/^Choose a person\./)).toBeTruthy();
    const lina = screen.getByText('Lina', { selector: '.person__label' }).closest('li');
    if (!lina) throw new Error('Lina is not listed');
    expect(within(lina).getByText('No answers yet')).toBeTruthy();
    expect(within(lina).getByRole('button', { name: 'Start: Lina' })).toBeTruthy();
  });

  it('lists people in order of their label, with how far their questions have gone', async () => {
    const { user } = await renderUnlockedWith([
      person('Caro', {
        screening: { ...answered({ 'trust.keepsDistance': 'yes' }), finishedAt: new Date().toISOString() },
      }),
      person('Ana'),
      person('Bea', { screening: answered({ 'trust.keepsDistance': 'no', 'trust.independent': 'unsure' }) }),
    ]);
    await goTo(user, 'Steps');
    await openStep(user, 2);

    const labels = [...document.querySelectorAll('.person__label')].map((label) => label.textContent);
    expect(labels).toEqual(['Ana', 'Bea', 'Caro']);
    expect(screen.getByRole('button', { name: 'Start: Ana' }).textContent).toBe('Start');
    expect(screen.getByRole('button', { name: 'Continue: Bea' }).textContent).toBe('Continue');
    expect(screen.getByRole('button', { name: 'Look again: Caro' }).textContent).toBe('Look again');
    const bea = screen.getByRole('button', { name: 'Continue: Bea' }).closest('li');
    expect(bea && within(bea).getByText('2 answers')).toBeTruthy();
    const caro = screen.getByRole('button', { name: 'Look again: Caro' }).closest('li');
    expect(caro && within(caro).getByText('1 answer')).toBeTruthy();
  });

  it('choosing a person opens their questions, and stopping for now comes back to the step with the answer kept', async () => {
    const { user, session } = await renderUnlockedWith([person('Ana')]);
    await goTo(user, 'Steps');
    await openStep(user, 2);

    await user.click(screen.getByRole('button', { name: 'Start: Ana' }));
    await screen.findByRole('heading', { name: /Questions about/, level: 1 }, SCREEN_CHANGE);
    expect(sectionButton('Steps').getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByText('Question 1 of 8');
    await user.click(screen.getByRole('button', { name: 'No' }));
    await screen.findByText('Question 2 of 8');
    await user.click(screen.getByRole('button', { name: 'Stop for now' }));

    await screen.findByRole('button', { name: 'Continue: Ana' }, SCREEN_CHANGE);
    expectProgress(2);
    expect(screen.getByText('1 answer')).toBeTruthy();
    expect(contentsOf(session).people[0]?.screening.answers).toEqual({ 'caution.threatenedImmigration': 'no' });
    await goTo(user, 'Steps');
    expect(within(stepItem('Who may be safer to trust')).getByText('1 of 1 people answered')).toBeTruthy();
  });

  it('Next from step 1 and Previous from step 2 move the focus to the new title', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Steps');
    await openStep(user, 1);
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    const second = await screen.findByRole('heading', { name: 'Who may be safer to trust', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(second));
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    const first = await screen.findByRole('heading', { name: 'The people in your life', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(first));
  });

  it('the list as step 4 shows its place among the steps and leads back to step 3', async () => {
    const { user } = await renderUnlockedWith([person('Ana')]);
    await goTo(user, 'Steps');
    await openStep(user, 4);
    expectProgress(4);
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    await screen.findByRole('heading', { name: 'Organisations', level: 1 }, SCREEN_CHANGE);
  });

  it('the questions about a person are one screen, with one main area and their title in focus', async () => {
    const { user } = await renderUnlockedWith([person('Ana')]);
    await goTo(user, 'Steps');
    await openStep(user, 2);
    await user.click(screen.getByRole('button', { name: 'Start: Ana' }));
    const title = await screen.findByRole('heading', { name: /Questions about/, level: 1 }, SCREEN_CHANGE);
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(title));
  });
});

function answered(answers: Person['screening']['answers']): Person['screening'] {
  return { answers, skipped: [], resumeAt: null, finishedAt: null };
}

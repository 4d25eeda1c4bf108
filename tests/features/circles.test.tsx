import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VaultError } from '../../src/vault/errors';
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

const STEP_NAME = 'The people in your life';

const CIRCLE_NAMES = [
  'People you live with',
  'Family in the country where you live now',
  'Family in your country of origin',
  'Friends and neighbours',
  'Faith or religious community',
  'Work, school or childcare',
  'Community organisations and services',
  'Legal, medical or social-service professionals',
] as const;
type CircleName = (typeof CIRCLE_NAMES)[number];

/** Opens step 1 from the Steps overview. */
async function openCirclesStep(user: UserEvent): Promise<void> {
  await goTo(user, 'Steps');
  await user.click(screen.getByRole('button', { name: `Open step 1: ${STEP_NAME}` }));
  await screen.findByRole('heading', { name: STEP_NAME, level: 1 }, SCREEN_CHANGE);
}

/** An unlocked, empty notebook, on step 1. */
async function onTheCircles() {
  const harness = await renderApp({ notebook: 'unlocked' });
  await openCirclesStep(harness.user);
  return harness;
}

/** The collapsible group of one circle. */
function circle(name: CircleName): HTMLDetailsElement {
  const group = screen.getByText(name, { selector: '.circle__name' }).closest('details');
  if (!group) throw new Error(`no group for the circle ${name}`);
  return group;
}

/** Opens a circle by its summary, as a person would, unless it is open already. */
async function openCircle(user: UserEvent, name: CircleName): Promise<HTMLDetailsElement> {
  const group = circle(name);
  if (!group.open) await user.click(within(group).getByText(name));
  expect(group.open).toBe(true);
  return group;
}

async function addToCircle(user: UserEvent, name: CircleName, label: string): Promise<void> {
  const group = await openCircle(user, name);
  await user.type(within(group).getByLabelText('Add someone to this group'), label);
  await user.click(within(group).getByRole('button', { name: 'Add' }));
  await within(group).findByText(`${label.trim()} was added.`);
}

/** The labels listed inside a circle, in order. */
function labelsIn(name: CircleName): string[] {
  const list = within(circle(name)).queryByRole('list', { name });
  if (!list) return [];
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.strong')?.textContent ?? '');
}

function storedPerson(session: Parameters<typeof contentsOf>[0], label: string) {
  const found = contentsOf(session).people.find((person) => person.label === label);
  if (!found) throw new Error(`${label} is not stored`);
  return found;
}

describe('step 1: the circles of people in your life', () => {
  it('shows the eight circles in order, with family split into the country where you live and the country of origin', async () => {
    await onTheCircles();

    expect(screen.getByText(/Think about the groups of people in your life, one at a time\./)).toBeTruthy();
    const names = [...document.querySelectorAll('.circle__name')].map((name) => name.textContent);
    expect(names).toEqual([...CIRCLE_NAMES]);
    expect(within(circle('Family in the country where you live now')).getByText(/same country as you/)).toBeTruthy();
    expect(
      within(circle('Family in your country of origin')).getByText(/back home or in another country/),
    ).toBeTruthy();
    for (const name of CIRCLE_NAMES) {
      expect(within(circle(name)).getByText('No one yet — tap to add')).toBeTruthy();
      // Empty circles start closed, so the screen stays short.
      expect(circle(name).open).toBe(false);
    }
  });

  it('each circle’s add form is named for its circle, and its Add button is described by it', async () => {
    await onTheCircles();
    const forms = CIRCLE_NAMES.map((name) => screen.getByRole('form', { name: `Add someone to: ${name}` }));
    expect(new Set(forms).size).toBe(CIRCLE_NAMES.length);
    for (const [index, name] of CIRCLE_NAMES.entries()) {
      const add = within(forms[index] as HTMLElement).getByRole('button', { name: 'Add' });
      expect(
        add
          .getAttribute('aria-describedby')
          ?.split(' ')
          .map((id) => document.getElementById(id)?.textContent),
      ).toEqual([name]);
    }
  });

  it('adding someone by a short label lists them in that circle, empties the field and stores the circle', async () => {
    const { user, session } = await onTheCircles();
    await addToCircle(user, 'Friends and neighbours', '  Mina  ');

    const group = circle('Friends and neighbours');
    expect(within(group).getByRole('status').textContent).toBe('Mina was added.');
    expect(labelsIn('Friends and neighbours')).toEqual(['Mina']);
    expect(within(group).getByText('1 person')).toBeTruthy();
    expect((within(group).getByLabelText('Add someone to this group') as HTMLInputElement).value).toBe('');
    expect(contentsOf(session).people).toMatchObject([{ label: 'Mina', circle: 'friends-neighbours', country: null }]);

    await addToCircle(user, 'Friends and neighbours', 'J.R.');
    expect(labelsIn('Friends and neighbours')).toEqual(['Mina', 'J.R.']);
    expect(within(group).getByText('2 people')).toBeTruthy();
  });

  it('someone added to a family circle is stored as living in that country', async () => {
    const { user, session } = await onTheCircles();
    await addToCircle(user, 'Family in the country where you live now', 'Tía Carmen');
    await addToCircle(user, 'Family in your country of origin', 'Abuela');

    expect(storedPerson(session, 'Tía Carmen')).toMatchObject({ circle: 'family-residence', country: 'residence' });
    expect(storedPerson(session, 'Abuela')).toMatchObject({ circle: 'family-origin', country: 'origin' });
    expect(labelsIn('Family in the country where you live now')).toEqual(['Tía Carmen']);
    expect(labelsIn('Family in your country of origin')).toEqual(['Abuela']);
  });

  it('an empty label asks for a name and adds nobody', async () => {
    const { user, session } = await onTheCircles();
    const group = await openCircle(user, 'People you live with');
    await user.type(within(group).getByLabelText('Add someone to this group'), '   ');
    await user.click(within(group).getByRole('button', { name: 'Add' }));

    expect(within(group).getByRole('alert').textContent).toBe('Write a first name, initials or a nickname.');
    expect(within(group).getByLabelText('Add someone to this group').getAttribute('aria-invalid')).toBe('true');
    expect(within(group).getByText('No one yet.')).toBeTruthy();
    expect(contentsOf(session).people).toEqual([]);
  });

  it('a closed card says it opens, and what it holds, in words as well as with its arrow', async () => {
    const { user } = await onTheCircles();
    const group = circle('Friends and neighbours');
    const summary = group.querySelector('summary');
    if (!summary) throw new Error('no summary');
    expect(group.open).toBe(false);
    expect(within(summary).getByText('No one yet — tap to add')).toBeTruthy();
    expect(within(summary).getByText('Show')).toBeTruthy();
    expect(summary.querySelector('.circle__chevron')).not.toBeNull();

    await user.click(within(group).getByText('Friends and neighbours'));
    expect(group.open).toBe(true);
    expect(within(summary).getByText('Hide')).toBeTruthy();
    expect(within(summary).getByText('No one yet.')).toBeTruthy();

    await addToCircle(user, 'Friends and neighbours', 'Lu');
    await addToCircle(user, 'Friends and neighbours', 'Rae');
    expect(within(summary).getByText('2 people')).toBeTruthy();
    await user.click(summary);
    expect(group.open).toBe(false);
    expect(within(summary).getByText('2 people')).toBeTruthy();
    expect(within(summary).getByText('Show')).toBeTruthy();
  });

  it('any circle can be skipped: the last circle can be filled first and the next step opens with the rest empty', async () => {
    const { user, session } = await onTheCircles();
    await addToCircle(user, 'Legal, medical or social-service professionals', 'Dr. K');
    await addToCircle(user, 'People you live with', 'Sam');

    for (const name of CIRCLE_NAMES.slice(1, -1)) {
      expect(within(circle(name)).getByText('No one yet — tap to add')).toBeTruthy();
    }
    expect(
      contentsOf(session)
        .people.map((person) => person.circle)
        .sort(),
    ).toEqual(['household', 'professionals']);

    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(
      await screen.findByRole('heading', { name: 'Who may be safer to trust', level: 1 }, SCREEN_CHANGE),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start: Dr. K' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start: Sam' })).toBeTruthy();
  });

  it('moving a person to another circle shows them there at once and stores the new circle', async () => {
    const { user, session } = await onTheCircles();
    await addToCircle(user, 'People you live with', 'Mina');

    await user.selectOptions(screen.getByLabelText('Group for Mina'), 'Faith or religious community');

    await waitFor(() => expect(labelsIn('Faith or religious community')).toEqual(['Mina']));
    expect(labelsIn('People you live with')).toEqual([]);
    expect(within(circle('People you live with')).getByText('No one yet.')).toBeTruthy();
    expect(circle('Faith or religious community').open).toBe(true);
    expect(storedPerson(session, 'Mina').circle).toBe('faith');
  });

  it('moving a person to another circle keeps them there after locking', async () => {
    const { user, session } = await onTheCircles();
    await addToCircle(user, 'Work, school or childcare', 'Mei');
    await addToCircle(user, 'Work, school or childcare', 'Ola');
    await user.selectOptions(screen.getByLabelText('Group for Mei'), 'Friends and neighbours');
    await waitFor(() => expect(storedPerson(session, 'Mei').circle).toBe('friends-neighbours'));

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await submitPassphrase(user, PASSPHRASE);
    await findTheList();
    await openCirclesStep(user);

    expect(labelsIn('Friends and neighbours')).toEqual(['Mei']);
    expect(labelsIn('Work, school or childcare')).toEqual(['Ola']);
    const select = screen.getByLabelText('Group for Mei') as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('Friends and neighbours');
    expect(storedPerson(session, 'Mei').circle).toBe('friends-neighbours');
  });

  it('moving someone between the two family circles changes the country they live in', async () => {
    const { user, session } = await onTheCircles();
    await addToCircle(user, 'Family in the country where you live now', 'Primo L');

    await user.selectOptions(screen.getByLabelText('Group for Primo L'), 'Family in your country of origin');

    await waitFor(() => expect(labelsIn('Family in your country of origin')).toEqual(['Primo L']));
    expect(storedPerson(session, 'Primo L')).toMatchObject({ circle: 'family-origin', country: 'origin' });
  });

  it('moving someone out of a family circle keeps the country already known for them', async () => {
    const { user, session } = await onTheCircles();
    await addToCircle(user, 'Family in your country of origin', 'Hermana');

    await user.selectOptions(screen.getByLabelText('Group for Hermana'), 'Friends and neighbours');

    await waitFor(() => expect(labelsIn('Friends and neighbours')).toEqual(['Hermana']));
    expect(storedPerson(session, 'Hermana')).toMatchObject({ circle: 'friends-neighbours', country: 'origin' });
  });

  it('every circle, and No group, is offered when moving a person', async () => {
    const { user } = await onTheCircles();
    await addToCircle(user, 'Faith or religious community', 'Pastor B');

    const options = within(screen.getByLabelText('Group for Pastor B')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['No group', ...CIRCLE_NAMES]);
  });

  it('choosing No group takes a person out of every circle but keeps them on the list', async () => {
    const { user, session } = await onTheCircles();
    await addToCircle(user, 'Faith or religious community', 'Pastor B');

    await user.selectOptions(screen.getByLabelText('Group for Pastor B'), 'No group');

    await waitFor(() => expect(storedPerson(session, 'Pastor B').circle).toBeNull());
    for (const name of CIRCLE_NAMES) expect(labelsIn(name)).toEqual([]);
    await goTo(user, 'Your list');
    expect(personCard('Pastor B')).toBeTruthy();
  });

  it('people added in the circles appear on the list, not yet sorted', async () => {
    const { user } = await onTheCircles();
    await addToCircle(user, 'Friends and neighbours', 'Lina');

    await goTo(user, 'Your list');
    const unsorted = screen.getByRole('region', { name: 'Not sorted yet' });
    expect(within(unsorted).getByText('Lina', { selector: '.person__label' })).toBeTruthy();
  });

  it('when saving fails, says why in plain words, keeps what was typed and adds nobody', async () => {
    const { user, session } = await onTheCircles();
    const failing = vi.spyOn(session, 'savePerson').mockRejectedValueOnce(new VaultError('storage-full'));
    const group = await openCircle(user, 'People you live with');
    const field = within(group).getByLabelText('Add someone to this group') as HTMLInputElement;
    await user.type(field, 'Nadia');
    await user.click(within(group).getByRole('button', { name: 'Add' }));

    expect((await within(group).findByRole('alert')).textContent).toMatch(
      /out of space, so the last change was not saved/,
    );
    expect(field.value).toBe('Nadia');
    expect(within(group).queryByText('Nadia was added.')).toBeNull();
    expect(contentsOf(session).people).toEqual([]);
    failing.mockRestore();

    await user.click(within(group).getByRole('button', { name: 'Add' }));
    expect(await within(group).findByText('Nadia was added.')).toBeTruthy();
    expect(within(group).queryByRole('alert')).toBeNull();
    expect(labelsIn('People you live with')).toEqual(['Nadia']);
  });
});

import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newOrganisation, type Organisation } from '../../src/domain/organisation';
import type { Person } from '../../src/domain/person';
import type { NotebookSession } from '../../src/vault/session';
import { person } from '../vault/helpers';
import {
  addPerson,
  contentsOf,
  findTheList,
  goTo,
  PASSPHRASE,
  personCard,
  renderApp,
  renderUnlockedWith,
  SCREEN_CHANGE,
  submitPassphrase,
} from './harness';

const CATEGORY_TITLES = {
  primary: 'People to contact first',
  information: 'People who hold things for you',
  organisation: 'Organisation contacts',
  interpreter: 'Interpreters and language help',
  unsorted: 'Not sorted yet',
} as const;

const ADVICE = {
  none: /^You have not chosen anyone to contact first yet\. When you feel ready, two or three people is a good number/,
  few: 'You have one person to contact first. If you can, a second person means someone is more likely to answer when you need them.',
  many: /^You have 4 people to contact first\. That is more than the two or three most people find manageable/,
} as const;

function organisation(name: string, extra: Partial<Organisation> = {}): Organisation {
  return { ...newOrganisation({ id: `org-${name}`, name, now: '2025-03-01T10:00:00.000Z' }), ...extra };
}

/** The titles of the groups shown, in order. */
function groupTitles(): string[] {
  return screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent ?? '');
}

/** The labels of the people and organisations listed in one group, in order. */
function labelsIn(title: string): string[] {
  const group = screen.getByRole('region', { name: title });
  return [...group.querySelectorAll('.person__label')].map((label) => label.firstChild?.textContent ?? '');
}

/** The gentle word about how many people to contact first. */
function advice(): string {
  const text = document.querySelector('.notice .notice__body p')?.textContent;
  if (!text) throw new Error('no advice shown');
  return text;
}

async function showBy(user: UserEvent, view: 'By group' | 'By what they know' | 'By country'): Promise<void> {
  await user.selectOptions(screen.getByLabelText('Show the list'), view);
}

async function openDetails(user: UserEvent, label: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: `Details: ${label}` }));
  await screen.findByRole('heading', { name: `Details for ${label}`, level: 2 }, SCREEN_CHANGE);
}

async function saveDetails(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await findTheList();
}

async function lockAndUnlock(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Lock' }));
  await submitPassphrase(user, PASSPHRASE);
  await findTheList();
}

function fieldValue(label: string): string {
  return (screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}

function selectedText(label: string): string | undefined {
  return (screen.getByLabelText(label) as HTMLSelectElement).selectedOptions[0]?.textContent ?? undefined;
}

/** The texts read out with a field: its hint, error and notes. */
function descriptions(element: HTMLElement): string[] {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '');
}

function checkbox(name: string): HTMLInputElement {
  return screen.getByRole('checkbox', { name }) as HTMLInputElement;
}

function stored(session: NotebookSession, label: string): Person {
  const found = contentsOf(session).people.find((entry) => entry.label === label);
  if (!found) throw new Error(`${label} is not stored`);
  return found;
}

/** An unlocked notebook with one person, Ana, on the list. */
async function withAna(phone?: string) {
  const harness = await renderApp({ notebook: 'unlocked' });
  await goTo(harness.user, 'Your list');
  await addPerson(harness.user, { label: 'Ana', phone });
  return harness;
}

describe('the list, grouped by place', () => {
  it('groups people by their place in the list, in the guide’s order, with those not sorted yet last', async () => {
    await renderUnlockedWith(
      [
        person('Eli'),
        person('Dalia', { category: 'interpreter' }),
        person('Caro', { category: 'organisation' }),
        person('Bea', { category: 'information' }),
        person('Ana', { category: 'primary' }),
      ],
      [organisation('Centro Latino', { phones: [{ kind: 'work', number: '+12025550143' }] })],
    );

    expect(groupTitles()).toEqual(Object.values(CATEGORY_TITLES));
    expect(labelsIn(CATEGORY_TITLES.primary)).toEqual(['Ana']);
    expect(labelsIn(CATEGORY_TITLES.information)).toEqual(['Bea']);
    expect(labelsIn(CATEGORY_TITLES.organisation)).toEqual(['Caro', 'Centro Latino']);
    expect(labelsIn(CATEGORY_TITLES.interpreter)).toEqual(['Dalia']);
    expect(labelsIn(CATEGORY_TITLES.unsorted)).toEqual(['Eli']);

    const primary = screen.getByRole('region', { name: CATEGORY_TITLES.primary });
    expect(within(primary).getByText(/Two or three people you would call first for short-term help/)).toBeTruthy();
    const interpreters = screen.getByRole('region', { name: CATEGORY_TITLES.interpreter });
    expect(within(interpreters).getByText(/who you trust not to repeat what they hear/)).toBeTruthy();
    const organisations = screen.getByRole('region', { name: CATEGORY_TITLES.organisation });
    const call = within(organisations).getByRole('link', { name: 'Call: Centro Latino, (202) 555-0143' });
    expect(call.getAttribute('href')).toBe('tel:+12025550143');
  });

  it('leaves out the groups that have nobody in them', async () => {
    await renderUnlockedWith([person('Ana', { category: 'primary' }), person('Eli')]);

    expect(groupTitles()).toEqual([CATEGORY_TITLES.primary, CATEGORY_TITLES.unsorted]);
    expect(screen.queryByRole('region', { name: CATEGORY_TITLES.information })).toBeNull();
  });

  it('with an empty list, offers to go through the steps instead of advice', async () => {
    const { user } = await renderApp({ notebook: 'unlocked' });
    await goTo(user, 'Your list');

    expect(screen.getByText(/^Your list is empty\./)).toBeTruthy();
    expect(document.querySelector('.notice')).toBeNull();
    expect(screen.queryByLabelText('Show the list')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go through the steps' }));
    expect(await screen.findByRole('heading', { name: 'Step by step', level: 1 }, SCREEN_CHANGE)).toBeTruthy();
  });
});

describe('a long list', () => {
  const numbered = (prefix: string, count: number, extra: Partial<Person> = {}) =>
    Array.from({ length: count }, (_, index) => person(`${prefix} ${String(index + 1).padStart(3, '0')}`, extra));

  it('shows the first 50 rows across the groups, then 50 more each time, with the focus on the first row added', async () => {
    const { user } = await renderUnlockedWith([
      ...numbered('First', 30, { category: 'primary' }),
      ...numbered('Later', 90),
    ]);

    expect(document.querySelectorAll('li.person')).toHaveLength(50);
    expect(labelsIn(CATEGORY_TITLES.primary)).toHaveLength(30);
    expect(labelsIn(CATEGORY_TITLES.unsorted).at(-1)).toBe('Later 020');
    expect(screen.getByText(/^Showing/).textContent).toBe('Showing 50 of 120');

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(document.querySelectorAll('li.person')).toHaveLength(100);
    expect(screen.getByText(/^Showing/).textContent).toBe('Showing 100 of 120');
    expect(document.activeElement?.textContent).toBe('Later 021');

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(labelsIn(CATEGORY_TITLES.unsorted)).toHaveLength(90);
    expect(labelsIn(CATEGORY_TITLES.unsorted).at(-1)).toBe('Later 090');
    expect(screen.getByText(/^Showing/).textContent).toBe('Showing 120 of 120');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Later 071');
  });

  it('after Show more, a later change to the list does not move the focus to another row', async () => {
    const { user } = await renderUnlockedWith([
      ...numbered('First', 30, { category: 'primary' }),
      ...numbered('Later', 90),
    ]);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(document.activeElement?.textContent).toBe('Later 021');

    await user.click(screen.getByRole('button', { name: 'Remove: First 001' }));
    await screen.findByText('First 001 was removed.');
    expect(document.activeElement?.classList.contains('person__label')).toBe(false);
  });

  it('a list of 50 shows whole, with no count and no Show more', async () => {
    await renderUnlockedWith(numbered('Friend', 50));

    expect(document.querySelectorAll('li.person')).toHaveLength(50);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(screen.queryByText(/^Showing/)).toBeNull();
  });
});

describe('the advice about how many people to contact first', () => {
  it('with nobody to contact first yet, gently suggests two or three people', async () => {
    await renderUnlockedWith([person('Ana'), person('Bea', { category: 'information' })]);
    expect(advice()).toMatch(ADVICE.none);
  });

  it('with one person to contact first, suggests a second', async () => {
    await renderUnlockedWith([person('Ana', { category: 'primary' })]);
    expect(advice()).toBe(ADVICE.few);
  });

  it('with three people to contact first, says it is a good number', async () => {
    await renderUnlockedWith(['Ana', 'Bea', 'Caro'].map((label) => person(label, { category: 'primary' })));
    expect(advice()).toBe('You have 3 people to contact first. That is a good number.');
  });

  it('with more than three people to contact first, says more people make plans harder to keep private', async () => {
    await renderUnlockedWith(['Ana', 'Bea', 'Caro', 'Dalia'].map((label) => person(label, { category: 'primary' })));
    expect(advice()).toMatch(ADVICE.many);
    expect(advice()).toContain('You may want to move some to another group.');
  });

  it('follows a change of place made in Details', async () => {
    const { user, session } = await renderUnlockedWith([person('Ana', { category: 'primary' }), person('Bea')]);
    expect(advice()).toBe(ADVICE.few);

    await openDetails(user, 'Bea');
    const place = screen.getByRole('group', { name: 'Place in your list' });
    expect((within(place).getByRole('radio', { name: 'Not sorted yet' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(place).getByRole('radio', { name: CATEGORY_TITLES.primary }));
    await saveDetails(user);

    expect(advice()).toBe('You have 2 people to contact first. That is a good number.');
    expect(labelsIn(CATEGORY_TITLES.primary)).toEqual(['Ana', 'Bea']);
    expect(screen.queryByRole('region', { name: CATEGORY_TITLES.unsorted })).toBeNull();
    expect(stored(session, 'Bea').category).toBe('primary');
  });
});

describe('what each person knows, and other views of the list', () => {
  it('every person shows what they know, or that it is not decided yet', async () => {
    await renderUnlockedWith([
      person('Ana', { level: 'full' }),
      person('Bea', { level: 'partial' }),
      person('Caro', { level: 'emergency' }),
      person('Dalia', { level: 'none' }),
      person('Eli'),
    ]);

    expect(within(personCard('Ana')).getByText('Knows: Full information')).toBeTruthy();
    expect(within(personCard('Bea')).getByText('Knows: Partial: limited tasks only')).toBeTruthy();
    expect(within(personCard('Caro')).getByText('Knows: Emergency use only')).toBeTruthy();
    expect(within(personCard('Dalia')).getByText('Knows: Better not to involve them')).toBeTruthy();
    expect(within(personCard('Eli')).getByText('Knows: Not decided yet')).toBeTruthy();
  });

  it('viewing by what they know groups people from full information to not decided, without organisations', async () => {
    const { user } = await renderUnlockedWith(
      [
        person('Eli'),
        person('Caro', { level: 'emergency', category: 'primary' }),
        person('Ana', { level: 'full' }),
        person('Bea', { level: 'partial' }),
        person('Abel', { level: 'full' }),
      ],
      [organisation('Centro Latino')],
    );

    await showBy(user, 'By what they know');

    expect(groupTitles()).toEqual([
      'Full information',
      'Partial: limited tasks only',
      'Emergency use only',
      'Not decided yet',
    ]);
    expect(labelsIn('Full information')).toEqual(['Abel', 'Ana']);
    expect(labelsIn('Partial: limited tasks only')).toEqual(['Bea']);
    expect(labelsIn('Emergency use only')).toEqual(['Caro']);
    expect(labelsIn('Not decided yet')).toEqual(['Eli']);
    expect(screen.queryByText('Centro Latino')).toBeNull();

    await showBy(user, 'By group');
    expect(groupTitles()).toEqual([CATEGORY_TITLES.primary, CATEGORY_TITLES.organisation, CATEGORY_TITLES.unsorted]);
  });

  it('viewing by country groups people by where they live: here, the country of origin, or not set', async () => {
    const { user } = await renderUnlockedWith([
      person('Tía Carmen', { country: 'residence', circle: 'family-residence' }),
      person('Abuela', { country: 'origin', circle: 'family-origin' }),
      person('Primo', { country: 'origin' }),
      person('Mina'),
    ]);

    await showBy(user, 'By country');

    expect((screen.getByLabelText('Show the list') as HTMLSelectElement).value).toBe('country');
    expect(groupTitles()).toEqual(['In the country where you live', 'In your country of origin', 'Country not set']);
    expect(labelsIn('In the country where you live')).toEqual(['Tía Carmen']);
    expect(labelsIn('In your country of origin')).toEqual(['Abuela', 'Primo']);
    expect(labelsIn('Country not set')).toEqual(['Mina']);
  });

  it('the country chosen in Details moves the person in the view by country', async () => {
    const { user, session } = await withAna();
    await openDetails(user, 'Ana');
    await user.selectOptions(screen.getByLabelText('Where they live'), 'In your country of origin');
    await saveDetails(user);

    await showBy(user, 'By country');
    expect(groupTitles()).toEqual(['In your country of origin']);
    expect(labelsIn('In your country of origin')).toEqual(['Ana']);
    expect(stored(session, 'Ana').country).toBe('origin');
  });

  it('choosing a family group in Details also sets where they live, and other groups leave it as it was', async () => {
    const { user, session } = await withAna();
    await openDetails(user, 'Ana');
    await user.selectOptions(screen.getByLabelText('Group'), 'Family in your country of origin');
    expect(selectedText('Where they live')).toBe('In your country of origin');
    await user.selectOptions(screen.getByLabelText('Group'), 'Friends and neighbours');
    expect(selectedText('Where they live')).toBe('In your country of origin');
    await saveDetails(user);
    expect(stored(session, 'Ana')).toMatchObject({ circle: 'friends-neighbours', country: 'origin' });
  });
});

describe('details of a person', () => {
  it('relationship, phone label and numbers of several kinds from different countries are saved and shown again after locking', async () => {
    const { user, session } = await withAna('(202) 555-0143');
    await openDetails(user, 'Ana');

    await user.type(screen.getByLabelText('Relationship'), 'Coworker');
    await user.type(screen.getByLabelText("Name to save in your phone's contacts"), 'A. Work');
    expect(selectedText('Kind of number 1')).toBe('Mobile');
    await user.click(screen.getByRole('button', { name: 'Add another number' }));
    await user.selectOptions(screen.getByLabelText('Kind of number 2'), 'Work');
    await user.type(screen.getByLabelText('Number 2'), '+52 55 1234 5678');
    await user.click(screen.getByRole('button', { name: 'Add another number' }));
    await user.selectOptions(screen.getByLabelText('Kind of number 3'), 'Home');
    await user.type(screen.getByLabelText('Number 3'), '+44 20 7946 0958');
    await saveDetails(user);

    expect(stored(session, 'Ana')).toMatchObject({
      relationship: 'Coworker',
      phoneLabel: 'A. Work',
      phones: [
        { kind: 'mobile', number: '+12025550143' },
        { kind: 'work', number: '+525512345678' },
        { kind: 'home', number: '+442079460958' },
      ],
    });
    const card = personCard('Ana');
    expect(within(card).getByText('· Coworker', { exact: false })).toBeTruthy();
    for (const shown of ['(202) 555-0143', '+52 55 1234 5678', '+44 20 7946 0958']) {
      expect(within(card).getByRole('link', { name: `Call: Ana, ${shown}` })).toBeTruthy();
    }
    // A text goes to the mobile only: a work or home line may not take one.
    expect(within(card).getByRole('link', { name: 'Text: Ana, (202) 555-0143' }).getAttribute('href')).toBe(
      'sms:+12025550143',
    );
    expect(within(card).queryByRole('link', { name: 'Text: Ana, +44 20 7946 0958' })).toBeNull();

    await lockAndUnlock(user);
    await openDetails(user, 'Ana');
    expect(fieldValue('Relationship')).toBe('Coworker');
    expect(fieldValue("Name to save in your phone's contacts")).toBe('A. Work');
    expect([1, 2, 3].map((index) => selectedText(`Kind of number ${index}`))).toEqual(['Mobile', 'Work', 'Home']);
    expect([1, 2, 3].map((index) => fieldValue(`Number ${index}`))).toEqual([
      '(202) 555-0143',
      '+52 55 1234 5678',
      '+44 20 7946 0958',
    ]);
  });

  it('removing one of several numbers keeps the others with their kinds', async () => {
    const { user, session } = await renderUnlockedWith([
      person('Rosa', {
        phones: [
          { kind: 'mobile', number: '+12025550143' },
          { kind: 'work', number: '+525512345678' },
          { kind: 'home', number: '+442079460958' },
        ],
      }),
    ]);
    await openDetails(user, 'Rosa');

    await user.click(screen.getByRole('button', { name: 'Remove number 2' }));
    expect(fieldValue('Number 2')).toBe('+44 20 7946 0958');
    expect(screen.queryByLabelText('Number 3')).toBeNull();
    await saveDetails(user);

    expect(stored(session, 'Rosa').phones).toEqual([
      { kind: 'mobile', number: '+12025550143' },
      { kind: 'home', number: '+442079460958' },
    ]);
    expect(within(personCard('Rosa')).queryByRole('link', { name: /\+52 55 1234 5678/ })).toBeNull();
  });

  it('messaging apps, languages, best times and ways to reach them are saved and shown again after locking', async () => {
    const { user, session } = await withAna();
    await openDetails(user, 'Ana');

    const apps = screen.getByRole('group', { name: 'Messaging apps they use' });
    expect(within(apps).queryByLabelText(/Name of the app or user name/)).toBeNull();
    await user.click(within(apps).getByRole('checkbox', { name: 'WhatsApp' }));
    await user.type(screen.getByLabelText('WhatsApp: Name of the app or user name (optional)'), 'Ana R');
    await user.click(within(apps).getByRole('checkbox', { name: 'Signal' }));
    await user.click(within(apps).getByRole('checkbox', { name: 'Another app' }));
    await user.type(screen.getByLabelText('Another app: Name of the app or user name (optional)'), 'Zalo');
    await user.type(screen.getByLabelText('Languages they speak'), 'Spanish, Quechua; Arabic');
    await user.type(screen.getByLabelText('Best times to reach them'), 'Weekday evenings after 7');
    const ways = screen.getByRole('group', { name: 'Best ways to reach them' });
    await user.click(within(ways).getByRole('checkbox', { name: 'A text message' }));
    await user.click(within(ways).getByRole('checkbox', { name: 'In person' }));
    await saveDetails(user);

    expect(stored(session, 'Ana')).toMatchObject({
      messaging: [
        { app: 'whatsapp', detail: 'Ana R' },
        { app: 'signal', detail: '' },
        { app: 'other', detail: 'Zalo' },
      ],
      languages: ['Spanish', 'Quechua', 'Arabic'],
      bestTimes: 'Weekday evenings after 7',
      reachBy: ['text', 'in-person'],
    });

    await lockAndUnlock(user);
    await openDetails(user, 'Ana');
    const appsAgain = screen.getByRole('group', { name: 'Messaging apps they use' });
    const ticked = within(appsAgain)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.closest('label')?.textContent);
    expect(ticked).toEqual(['WhatsApp', 'Signal', 'Another app']);
    expect(fieldValue('WhatsApp: Name of the app or user name (optional)')).toBe('Ana R');
    expect(fieldValue('Signal: Name of the app or user name (optional)')).toBe('');
    expect(fieldValue('Another app: Name of the app or user name (optional)')).toBe('Zalo');
    expect(fieldValue('Languages they speak')).toBe('Spanish, Quechua, Arabic');
    expect(fieldValue('Best times to reach them')).toBe('Weekday evenings after 7');
    const waysAgain = screen.getByRole('group', { name: 'Best ways to reach them' });
    for (const way of ['A phone call', 'A text message', 'A messaging app', 'In person', 'Email']) {
      const expected = way === 'A text message' || way === 'In person';
      expect((within(waysAgain).getByRole('checkbox', { name: way }) as HTMLInputElement).checked).toBe(expected);
    }
  });

  it('unticking a messaging app forgets it and its user name', async () => {
    const { user, session } = await renderUnlockedWith([
      person('Ana', { messaging: [{ app: 'telegram', detail: '@ana' }] }),
    ]);
    await openDetails(user, 'Ana');
    expect(fieldValue('Telegram: Name of the app or user name (optional)')).toBe('@ana');

    await user.click(checkbox('Telegram'));
    expect(screen.queryByLabelText('Telegram: Name of the app or user name (optional)')).toBeNull();
    await saveDetails(user);

    expect(stored(session, 'Ana').messaging).toEqual([]);
  });

  it('tasks from the list and in the survivor’s own words are saved and shown again after locking', async () => {
    const { user, session } = await withAna();
    await openDetails(user, 'Ana');

    const tasks = screen.getByRole('group', { name: 'What you feel comfortable asking them for' });
    expect(within(tasks).getAllByRole('checkbox')).toHaveLength(9);
    await user.click(within(tasks).getByRole('checkbox', { name: 'A ride' }));
    await user.click(within(tasks).getByRole('checkbox', { name: 'Keeping a bag for me' }));
    await user.click(within(tasks).getByRole('checkbox', { name: 'Holding a spare key' }));
    await user.click(within(tasks).getByRole('checkbox', { name: 'Holding a spare key' }));
    await user.type(
      within(tasks).getByLabelText('Other things, in your own words'),
      'Call my sister in Lima{Enter}{Enter}  Pick up my prescriptions  ',
    );
    await saveDetails(user);

    expect(stored(session, 'Ana')).toMatchObject({
      tasks: ['ride', 'keep-bag'],
      ownTasks: ['Call my sister in Lima', 'Pick up my prescriptions'],
    });

    await lockAndUnlock(user);
    await openDetails(user, 'Ana');
    const ticked = within(screen.getByRole('group', { name: 'What you feel comfortable asking them for' }))
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.closest('label')?.textContent);
    expect(ticked).toEqual(['A ride', 'Keeping a bag for me']);
    expect(fieldValue('Other things, in your own words')).toBe('Call my sister in Lima\nPick up my prescriptions');
  });

  it('choosing a place and how much they know moves the person and keeps a private history of the change', async () => {
    const { user, session } = await withAna();
    await openDetails(user, 'Ana');

    await user.click(
      within(screen.getByRole('group', { name: 'Place in your list' })).getByRole('radio', {
        name: CATEGORY_TITLES.interpreter,
      }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'How much they know' })).getByRole('radio', {
        name: 'Partial: limited tasks only',
      }),
    );
    await saveDetails(user);

    expect(labelsIn(CATEGORY_TITLES.interpreter)).toEqual(['Ana']);
    expect(within(personCard('Ana')).getByText('Knows: Partial: limited tasks only')).toBeTruthy();
    const ana = stored(session, 'Ana');
    expect(ana).toMatchObject({ category: 'interpreter', level: 'partial' });
    expect(contentsOf(session).history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: ana.id, field: 'level', from: null, to: 'partial' }),
        expect.objectContaining({ personId: ana.id, field: 'category', from: null, to: 'interpreter' }),
      ]),
    );
    expect(contentsOf(session).history).toHaveLength(2);

    await lockAndUnlock(user);
    await openDetails(user, 'Ana');
    const level = within(screen.getByRole('group', { name: 'How much they know' }));
    expect((level.getByRole('radio', { name: 'Partial: limited tasks only' }) as HTMLInputElement).checked).toBe(true);
    const place = within(screen.getByRole('group', { name: 'Place in your list' }));
    expect((place.getByRole('radio', { name: CATEGORY_TITLES.interpreter }) as HTMLInputElement).checked).toBe(true);
  });

  it('someone marked better not to involve can be set back to not decided yet', async () => {
    const { user, session } = await renderUnlockedWith([person('Dalia', { level: 'none' })]);
    await openDetails(user, 'Dalia');
    const level = within(screen.getByRole('group', { name: 'How much they know' }));
    expect(level.getAllByRole('radio')).toHaveLength(5);
    expect((level.getByRole('radio', { name: 'Better not to involve them' }) as HTMLInputElement).checked).toBe(true);
    expect((level.getByRole('radio', { name: 'Not decided yet' }) as HTMLInputElement).checked).toBe(false);

    await user.click(level.getByRole('radio', { name: 'Not decided yet' }));
    expect((level.getByRole('radio', { name: 'Better not to involve them' }) as HTMLInputElement).checked).toBe(false);
    await saveDetails(user);

    expect(within(personCard('Dalia')).getByText('Knows: Not decided yet')).toBeTruthy();
    expect(stored(session, 'Dalia').level).toBeNull();
    expect(contentsOf(session).history).toEqual([expect.objectContaining({ field: 'level', from: 'none', to: null })]);
  });

  it('Cancel leaves the details as they were', async () => {
    const { user, session } = await withAna();
    const before = stored(session, 'Ana');
    await openDetails(user, 'Ana');
    await user.type(screen.getByLabelText('Relationship'), 'Cousin');
    await user.click(checkbox('A ride'));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Go back without saving' }));

    await findTheList();
    expect(within(personCard('Ana')).queryByText(/Cousin/)).toBeNull();
    await waitFor(() => expect(stored(session, 'Ana')).toEqual(before));
    expect(contentsOf(session).history).toEqual([]);
  });

  it('asks before leaving changes that are not saved, and keeps them when the survivor stays', async () => {
    const { user, session } = await withAna();
    const before = stored(session, 'Ana');
    await openDetails(user, 'Ana');
    await user.type(screen.getByLabelText('Relationship'), 'Cousin');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const question = screen.getByText('Some changes are not saved yet');
    await waitFor(() => expect(document.activeElement?.contains(question)).toBe(true));
    expect(screen.getByText('If you go back now, the changes you made on this page will be lost.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByText('Some changes are not saved yet')).toBeNull();
    expect(fieldValue('Relationship')).toBe('Cousin');
    expect(stored(session, 'Ana')).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Go back without saving' }));
    await findTheList();
    expect(stored(session, 'Ana')).toEqual(before);
  });

  it('leaves at once when nothing was changed, or when a change was undone', async () => {
    const { user } = await withAna();
    await openDetails(user, 'Ana');
    await user.type(screen.getByLabelText('Relationship'), 'Cousin');
    await user.clear(screen.getByLabelText('Relationship'));
    await user.click(checkbox('A ride'));
    await user.click(checkbox('A ride'));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await findTheList();
    expect(screen.queryByText('Some changes are not saved yet')).toBeNull();
  });

  it('a number it cannot check does not stop the rest: everything is saved, the number as typed', async () => {
    const { user, session } = await withAna('(202) 555-0143');
    await openDetails(user, 'Ana');
    await user.type(screen.getByLabelText('Relationship'), 'Cousin');
    await user.click(screen.getByRole('button', { name: 'Add another number' }));
    await user.type(screen.getByLabelText('Number 2'), 'ask at the shop');
    await saveDetails(user);

    expect(stored(session, 'Ana')).toMatchObject({
      relationship: 'Cousin',
      phones: [
        { kind: 'mobile', number: '+12025550143' },
        { kind: 'mobile', number: 'ask at the shop' },
      ],
    });
    await openDetails(user, 'Ana');
    const second = screen.getByLabelText('Number 2');
    expect(second.getAttribute('aria-invalid')).toBeNull();
    expect(descriptions(second)).toContain('We could not check this number. It is kept as you typed it.');
    expect(descriptions(screen.getByLabelText('Number 1'))).not.toContain(
      'We could not check this number. It is kept as you typed it.',
    );
  });

  it('without a name to show, saves everything else, keeps the draft and takes the focus to the name', async () => {
    const { user, session } = await withAna();
    await openDetails(user, 'Ana');
    await user.clear(screen.getByLabelText('Name to show in this app'));
    await user.type(screen.getByLabelText('Relationship'), 'Neighbour');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const label = screen.getByLabelText('Name to show in this app');
    await waitFor(() => expect(document.activeElement).toBe(label));
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(label)).toContain('Please write a name, initials or a nickname.');
    expect(screen.getByRole('alert').textContent).toBe('Please write a name, initials or a nickname.');
    expect(screen.getByText('Everything else is saved. Write a name, then save again.')).toBeTruthy();
    expect(stored(session, 'Ana')).toMatchObject({ label: 'Ana', relationship: 'Neighbour' });
    expect(fieldValue('Relationship')).toBe('Neighbour');

    await user.type(label, 'Ana R.');
    await saveDetails(user);
    expect(stored(session, 'Ana R.')).toMatchObject({ relationship: 'Neighbour' });
  });

  it("reads a number without + in the country chosen for the person, and shows it in that country's form", async () => {
    const { user, session } = await withAna();
    await openDetails(user, 'Ana');
    await user.selectOptions(screen.getByLabelText('Group'), 'Family in your country of origin');
    await user.selectOptions(screen.getByLabelText('Country of their phone numbers'), 'Mexico');
    await user.type(screen.getByLabelText('Number 1'), '55 8765 4321');
    await saveDetails(user);

    expect(stored(session, 'Ana')).toMatchObject({
      circle: 'family-origin',
      phoneCountry: 'MX',
      phones: [{ number: '+525587654321' }],
    });
    expect(within(personCard('Ana')).getByText('+52 55 8765 4321')).toBeTruthy();
  });

  it('keeps the whole of a long paste in a note, says how much too long it is, and saves nothing until it fits', async () => {
    const { user, session } = await withAna();
    const before = stored(session, 'Ana');
    await openDetails(user, 'Ana');
    const notes = screen.getByLabelText('Notes');
    await user.click(notes);
    await user.paste('x'.repeat(10_000));

    const message = 'This is 6,000 characters too long. It can have up to 4,000. Please shorten it.';
    expect(fieldValue('Notes')).toHaveLength(10_000);
    expect(descriptions(notes)).toContain(message);
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(message);
    expect(document.activeElement).toBe(notes);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(notes));
    expect(fieldValue('Notes')).toHaveLength(10_000);
    expect(stored(session, 'Ana')).toEqual(before);

    await user.clear(notes);
    await user.type(notes, 'Call after six');
    await saveDetails(user);
    expect(stored(session, 'Ana').notes).toBe('Call after six');
  });

  it('a short field keeps a paste that is too long and says so in a sentence with one character', async () => {
    const { user } = await withAna();
    await openDetails(user, 'Ana');
    const fullName = screen.getByLabelText('Full name (optional)');
    await user.click(fullName);
    await user.paste('x'.repeat(201));
    expect(fieldValue('Full name (optional)')).toHaveLength(201);
    expect(descriptions(fullName)).toContain('This is 1 character too long. It can have up to 200. Please shorten it.');
    expect(fullName.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows what the notebook refused on the field it names, and keeps the draft', async () => {
    const { user, session } = await withAna();
    const before = stored(session, 'Ana');
    await openDetails(user, 'Ana');
    const languages = screen.getByLabelText('Languages they speak');
    await user.click(languages);
    await user.paste(Array.from({ length: 21 }, (_, index) => `L${index}`).join(','));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(document.activeElement).toBe(languages));
    expect(languages.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(languages).join(' ')).toMatch(/“Languages they speak” can have up to 20 items/);
    expect(stored(session, 'Ana')).toEqual(before);
  });
});

describe('leaving details with changes not saved', () => {
  it('the top bar asks first; staying keeps the draft, leaving goes where the survivor tapped', async () => {
    const { user, session } = await withAna();
    const before = stored(session, 'Ana');
    await openDetails(user, 'Ana');
    await user.type(screen.getByLabelText('Relationship'), 'Cousin');
    const nav = screen.getByRole('navigation', { name: 'Sections' });

    await user.click(within(nav).getByRole('button', { name: 'Help' }));
    const question = screen.getByText('Some changes are not saved yet');
    await waitFor(() => expect(document.activeElement?.contains(question)).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByText('Some changes are not saved yet')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Details for Ana', level: 2 })).toBeTruthy();
    expect(fieldValue('Relationship')).toBe('Cousin');

    await user.click(within(nav).getByRole('button', { name: 'Help' }));
    await user.click(screen.getByRole('button', { name: 'Go back without saving' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Details for Ana', level: 2 })).toBeNull());
    expect(within(nav).getByRole('button', { name: 'Help' }).getAttribute('aria-current')).toBe('page');
    expect(stored(session, 'Ana')).toEqual(before);
  });

  it('the top bar does not ask when nothing changed', async () => {
    const { user } = await withAna();
    await openDetails(user, 'Ana');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(within(nav).getByRole('button', { name: 'Help' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Details for Ana', level: 2 })).toBeNull());
    expect(screen.queryByText('Some changes are not saved yet')).toBeNull();
  });

  it('Lock never asks: it locks at once, changes or not', async () => {
    const { user } = await withAna();
    await openDetails(user, 'Ana');
    await user.type(screen.getByLabelText('Relationship'), 'Cousin');
    await user.click(screen.getByRole('button', { name: 'Lock' }));

    expect(await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE)).toBeTruthy();
    expect(screen.queryByText('Some changes are not saved yet')).toBeNull();
    expect(screen.queryByText('Cousin')).toBeNull();
  });
});

describe('opening someone from the list, and coming back', () => {
  function current(): string | null {
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    return nav.querySelector('[aria-current="page"]')?.textContent ?? null;
  }

  it('an organisation on the list opens with focus on its name, and Back returns to the list', async () => {
    const { user } = await renderUnlockedWith([person('Ana')], [organisation('Centro Latino')]);
    await user.click(screen.getByRole('button', { name: 'Details: Centro Latino' }));
    const heading = await screen.findByRole('heading', { name: 'Centro Latino', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(current()).toBe('Your list');

    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    const list = await screen.findByRole('heading', { name: 'Your list', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(list));
    expect(labelsIn(CATEGORY_TITLES.organisation)).toEqual(['Centro Latino']);
  });

  it('a person opened from the list step goes back to that step, not to home', async () => {
    const { user } = await renderUnlockedWith([person('Ana')]);
    await goTo(user, 'Steps');
    await user.click(screen.getByRole('button', { name: 'Open step 4: Your list' }));
    await screen.findByText('Step 4 of 5');
    await openDetails(user, 'Ana');
    expect(current()).toBe('Steps');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Step 4 of 5', {}, SCREEN_CHANGE);
    expect(current()).toBe('Steps');
  });

  it('after a look at someone’s details, the list comes back grouped as it was left', async () => {
    const { user } = await renderUnlockedWith([person('Ana', { country: 'origin' }), person('Bea')]);
    await showBy(user, 'By country');
    await openDetails(user, 'Ana');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await findTheList();
    expect((screen.getByLabelText('Show the list') as HTMLSelectElement).value).toBe('country');
    expect(groupTitles()).toEqual(['In your country of origin', 'Country not set']);
  });
});

describe('finding someone on a long list', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, index) => person(`Friend ${String(index + 1).padStart(2, '0')}`));

  it('with 10 people there is no search field', async () => {
    await renderUnlockedWith(many(10));
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('filters by name, full name, relationship or number, without minding accents or case, and says how many match', async () => {
    const { user } = await renderUnlockedWith([
      ...many(10),
      person('José', { relationship: 'Cousin' }),
      person('M.', { fullName: 'Mária Ötvös' }),
      person('Lin', { phones: [{ kind: 'mobile', number: '+12025550143' }] }),
    ]);
    const search = screen.getByRole('searchbox', { name: 'Find someone' });
    expect((search as HTMLInputElement).type).toBe('search');
    const status = search.closest('.list-search')?.querySelector('[role="status"]') as HTMLElement;

    await user.type(search, 'jose');
    expect([...document.querySelectorAll('.person__label')].map((label) => label.firstChild?.textContent)).toEqual([
      'José',
    ]);
    expect(status.textContent).toBe('1 person matches');

    await user.clear(search);
    await user.type(search, 'COUSIN');
    expect(screen.getByText('José', { selector: '.person__label' })).toBeTruthy();

    await user.clear(search);
    await user.type(search, 'maria otvos');
    expect(screen.getByText('M.', { selector: '.person__label' })).toBeTruthy();

    await user.clear(search);
    await user.type(search, '(202) 555');
    expect(screen.getByText('Lin', { selector: '.person__label' })).toBeTruthy();
    expect(document.querySelectorAll('li.person')).toHaveLength(1);

    await user.clear(search);
    await user.type(search, 'friend');
    expect(status.textContent).toBe('10 people match');

    await user.clear(search);
    await user.type(search, 'zzz');
    expect(document.querySelectorAll('li.person')).toHaveLength(0);
    expect(status.textContent).toBe('Nobody matches “zzz”.');

    await user.clear(search);
    expect(document.querySelectorAll('li.person')).toHaveLength(13);
    expect(status.textContent).toBe('');
  });

  it('someone just added shows and takes the focus even when they sort past the first page', async () => {
    const { user, session } = await renderUnlockedWith(
      Array.from({ length: 60 }, (_, index) => person(`Amigo ${String(index + 1).padStart(2, '0')}`)),
    );
    await user.click(screen.getByRole('button', { name: 'Add someone' }));
    await user.keyboard('Zoe');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const label = await screen.findByText('Zoe', { selector: '.person__label' });
    await waitFor(() => expect(document.activeElement).toBe(label));
    expect(labelsIn(CATEGORY_TITLES.unsorted).slice(-2)).toEqual(['Amigo 50', 'Zoe']);
    expect(screen.getByText(/^Showing/).textContent).toBe('Showing 51 of 61');
    expect(contentsOf(session).people).toHaveLength(61);

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(labelsIn(CATEGORY_TITLES.unsorted).slice(-2)).toEqual(['Amigo 60', 'Zoe']);
    expect(screen.getByText(/^Showing/).textContent).toBe('Showing 61 of 61');
    expect(document.activeElement?.textContent).toBe('Amigo 51');
  });
});

describe('call and text links', () => {
  it('offer Text only for a mobile number without an extension', async () => {
    await renderUnlockedWith([
      person('Ana', {
        phones: [
          { kind: 'mobile', number: '+12025550143' },
          { kind: 'mobile', number: '+1 202 555 0199 ext. 12' },
          { kind: 'work', number: '+12025550188' },
          { kind: 'home', number: '+12025550177' },
        ],
      }),
    ]);
    const card = personCard('Ana');
    expect(within(card).getAllByRole('link', { name: /^Call: Ana/ })).toHaveLength(4);
    const texts = within(card).getAllByRole('link', { name: /^Text: Ana/ });
    expect(texts.map((link) => link.getAttribute('href'))).toEqual(['sms:+12025550143']);
  });
});

import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  addPerson,
  contentsOf,
  fillPerson,
  findTheList,
  goTo,
  PASSPHRASE,
  personCard,
  renderApp,
  SCREEN_CHANGE,
  submitPassphrase,
} from './harness';

/** An unlocked, empty notebook, on the list. */
async function onTheList() {
  const harness = await renderApp({ notebook: 'unlocked' });
  await goTo(harness.user, 'Your list');
  return harness;
}

describe('people on the list', () => {
  it('adding a person with a label and a local phone shows them with links to call and text', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Ana', phone: '(202) 555-0143' });

    const card = personCard('Ana');
    expect(within(card).getByText('(202) 555-0143')).toBeTruthy();
    const call = within(card).getByRole('link', { name: 'Call: Ana, (202) 555-0143' });
    expect(call.getAttribute('href')).toBe('tel:+12025550143');
    const text = within(card).getByRole('link', { name: 'Text: Ana, (202) 555-0143' });
    expect(text.getAttribute('href')).toBe('sms:+12025550143');
    expect(contentsOf(session).people).toMatchObject([
      { label: 'Ana', phones: [{ kind: 'mobile', number: '+12025550143' }] },
    ]);
  });

  it('a pasted name longer than a name can be is kept whole and named, and no one is added until it fits', async () => {
    const { user, session } = await onTheList();
    await user.click(screen.getByRole('button', { name: 'Add someone' }));
    const label = await screen.findByLabelText('Name to show', { exact: false }, SCREEN_CHANGE);
    await user.click(label);
    await user.paste('A'.repeat(100));
    expect((label as HTMLInputElement).value).toHaveLength(100);
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'This is 40 characters too long. It can have up to 60. Please shorten it.',
    );

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(label));
    expect(contentsOf(session).people).toEqual([]);
  });

  it('shows a number from another country in international form', async () => {
    const { user } = await onTheList();
    await addPerson(user, { label: 'Rosa', phone: '+52 55 1234 5678' });

    const call = within(personCard('Rosa')).getByRole('link', { name: 'Call: Rosa, +52 55 1234 5678' });
    expect(call.getAttribute('href')).toBe('tel:+525512345678');
  });

  it('keeps labels written in Arabic, Chinese and Devanagari', async () => {
    const { user, session } = await onTheList();
    for (const label of ['سارة', '王芳', 'प्रिया']) await addPerson(user, { label });

    for (const label of ['سارة', '王芳', 'प्रिया']) expect(personCard(label)).toBeTruthy();
    expect(
      contentsOf(session)
        .people.map((person) => person.label)
        .sort(),
    ).toEqual(['سارة', '王芳', 'प्रिया'].sort());
  });

  it('a phone number it cannot check is kept as typed, and the person is added with it', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Tomas', phone: 'ask at the bakery' });

    expect(within(personCard('Tomas')).getByText('ask at the bakery')).toBeTruthy();
    expect(contentsOf(session).people).toMatchObject([
      { label: 'Tomas', phones: [{ kind: 'mobile', number: 'ask at the bakery' }] },
    ]);
  });

  it('a short code such as 988 is kept as a short code', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Line', phone: '988' });
    expect(contentsOf(session).people).toMatchObject([{ phones: [{ number: '988' }] }]);
  });

  it('asks for a name when the label is only spaces, and saves nothing', async () => {
    const { user, session } = await onTheList();
    await fillPerson(user, { label: '   ' });

    expect((await screen.findByRole('alert')).textContent).toBe('Please write a name, initials or a nickname.');
    expect(contentsOf(session).people).toEqual([]);
  });

  it('trims the label and saves a person without a phone, with nothing to call', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: '  K.M.  ' });

    expect(within(personCard('K.M.')).queryByRole('link')).toBeNull();
    expect(contentsOf(session).people).toMatchObject([{ label: 'K.M.', phones: [] }]);
  });

  it('lists people in alphabetical order of their label', async () => {
    const { user } = await onTheList();
    for (const label of ['Zoe', 'Ana', 'Milo']) await addPerson(user, { label });

    const labels = [...document.querySelectorAll('.person__label')].map((label) => label.textContent);
    expect(labels).toEqual(['Ana', 'Milo', 'Zoe']);
  });

  it('cancelling the form saves nothing', async () => {
    const { user, session } = await onTheList();
    await user.click(screen.getByRole('button', { name: 'Add someone' }));
    await user.type(screen.getByLabelText('Name to show'), 'Never saved');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('form', { name: 'Add someone' })).toBeNull();
    expect(screen.queryByText('Never saved')).toBeNull();
    expect(contentsOf(session).people).toEqual([]);
  });

  it('changing the label in Details keeps the phone', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Rosa', phone: '+52 55 1234 5678' });

    await user.click(screen.getByRole('button', { name: 'Details: Rosa' }));
    const label = (await screen.findByLabelText('Name to show in this app', {}, SCREEN_CHANGE)) as HTMLInputElement;
    expect(label.value).toBe('Rosa');
    expect((screen.getByLabelText('Number 1') as HTMLInputElement).value).toBe('+52 55 1234 5678');
    await user.clear(label);
    await user.type(label, 'Rosa M');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await findTheList();
    expect(screen.queryByText('Rosa', { selector: '.person__label' })).toBeNull();
    expect(within(personCard('Rosa M')).getByRole('link', { name: 'Call: Rosa M, +52 55 1234 5678' })).toBeTruthy();
    expect(contentsOf(session).people).toMatchObject([{ label: 'Rosa M', phones: [{ number: '+525512345678' }] }]);
  });

  it('a number in Details it cannot check is saved as typed, and shown with a gentle note when opened again', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Lin', phone: '202 555 0188' });

    await user.click(screen.getByRole('button', { name: 'Details: Lin' }));
    const number = await screen.findByLabelText('Number 1', {}, SCREEN_CHANGE);
    await user.clear(number);
    await user.type(number, '202 555 01888');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await findTheList();
    expect(contentsOf(session).people[0]?.phones).toEqual([{ kind: 'mobile', number: '202 555 01888' }]);
    await user.click(screen.getByRole('button', { name: 'Details: Lin' }));
    const again = await screen.findByLabelText('Number 1', {}, SCREEN_CHANGE);
    expect((again as HTMLInputElement).value).toBe('202 555 01888');
    expect(again.getAttribute('aria-invalid')).toBeNull();
    expect(
      again
        .getAttribute('aria-describedby')
        ?.split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toContain('We could not check this number. It is kept as you typed it.');
  });

  it('emptying the number in Details leaves the person without one', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Lin', phone: '202 555 0188' });

    await user.click(screen.getByRole('button', { name: 'Details: Lin' }));
    await user.clear(await screen.findByLabelText('Number 1', {}, SCREEN_CHANGE));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await findTheList();
    expect(within(personCard('Lin')).queryByRole('link')).toBeNull();
    expect(contentsOf(session).people[0]?.phones).toEqual([]);
  });

  it('removing shows an undo that brings the person back with their phone', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Ana', phone: '202 555 0143' });
    await addPerson(user, { label: 'Bea' });
    const ana = contentsOf(session).people.find((person) => person.label === 'Ana');

    await user.click(screen.getByRole('button', { name: 'Remove: Ana' }));
    const notice = (await screen.findByText('Ana was removed.')).closest<HTMLElement>('[role="status"]');
    if (!notice) throw new Error('the removal is not announced as a status');
    expect(screen.queryByText('Ana', { selector: '.person__label' })).toBeNull();
    expect(contentsOf(session).people.map((person) => person.label)).toEqual(['Bea']);

    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Ana', { selector: '.person__label' })).toBeTruthy();
    expect(within(personCard('Ana')).getByText('(202) 555-0143')).toBeTruthy();
    // Ana shows again as soon as she is saved; the notice goes in the render after.
    await waitFor(() => expect(screen.queryByText('Ana was removed.')).toBeNull());
    expect(contentsOf(session).people.find((person) => person.label === 'Ana')).toEqual(ana);
  });

  it('keeps people across a lock, and a removal stays removed', async () => {
    const { user } = await onTheList();
    await addPerson(user, { label: 'Ana', phone: '202 555 0143' });
    await addPerson(user, { label: 'Bea' });
    await user.click(screen.getByRole('button', { name: 'Remove: Bea' }));
    await screen.findByText('Bea was removed.');

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await submitPassphrase(user, PASSPHRASE);

    expect(await screen.findByText('Ana', { selector: '.person__label' }, SCREEN_CHANGE)).toBeTruthy();
    expect(within(personCard('Ana')).getByText('(202) 555-0143')).toBeTruthy();
    expect(screen.queryByText('Bea', { selector: '.person__label' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('the first Call shows a note that calls show in the phone log, and Not now stays on the list', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Ana', phone: '202 555 0143' });

    await user.click(within(personCard('Ana')).getByRole('link', { name: 'Call: Ana, (202) 555-0143' }));
    const note = await screen.findByRole('alert');
    expect(note.textContent).toContain('Before you call or text');
    expect(note.textContent).toContain('call log and on the phone bill');

    await user.click(within(note).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByText('Before you call or text')).toBeNull());
    expect(contentsOf(session).settings.callNoticeSeen).toBe(false);
    expect(screen.getByRole('heading', { name: 'Your list', level: 1 })).toBeTruthy();
  });

  // Regression: saving the E.164 form alone used to drop the extension.
  it('keeps an extension typed after a work number', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Office', phone: '202 555 0143 ext. 12' });
    const stored = contentsOf(session).people[0]?.phones[0]?.number;
    expect(stored).toBe('+1 202 555 0143 ext. 12');
  });
});

describe('adding someone in a hurry', () => {
  it('a name, a number and “contact first” save a first contact, shown with the focus on them and the next steps offered', async () => {
    const { user, session } = await onTheList();
    await user.click(screen.getByRole('button', { name: 'Add someone' }));
    const form = screen.getByRole('form', { name: 'Add someone' });
    // The name field has the focus at once: nothing to tap before typing.
    expect(document.activeElement).toBe(within(form).getByLabelText('Name to show'));
    const phone = within(form).getByLabelText('Phone number') as HTMLInputElement;
    expect([phone.type, phone.inputMode, phone.autocomplete]).toEqual(['tel', 'tel', 'off']);
    await user.keyboard('Marisol');
    await user.type(phone, '202 555 0143');
    await user.click(within(form).getByRole('checkbox', { name: 'Someone to contact first?' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const group = await screen.findByRole('region', { name: 'People to contact first' });
    const card = within(group).getByText('Marisol', { selector: '.person__label' }).closest('li') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByText('Marisol')));
    expect(within(card).getByRole('status').textContent).toContain('Marisol is saved.');
    expect(within(card).getByRole('link', { name: 'Call: Marisol, (202) 555-0143' }).getAttribute('href')).toBe(
      'tel:+12025550143',
    );
    expect(contentsOf(session).people).toMatchObject([
      { label: 'Marisol', category: 'primary', level: null, phones: [{ kind: 'mobile', number: '+12025550143' }] },
    ]);

    await user.click(within(card).getByRole('button', { name: 'Answer a few questions: Marisol' }));
    expect(await screen.findByText(/Marisol/, { selector: 'h1' }, SCREEN_CHANGE)).toBeTruthy();
  });

  it('a name alone is enough: saved unsorted, with no number and nothing to call', async () => {
    const { user, session } = await onTheList();
    await addPerson(user, { label: 'Tomás' });

    const card = personCard('Tomás');
    expect(within(card).queryByRole('link')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Not sorted yet' })).getByText('Tomás')).toBeTruthy();
    expect(contentsOf(session).people).toMatchObject([{ label: 'Tomás', category: null, phones: [] }]);
  });

  it('the next steps lead to the details, where how much they know is chosen', async () => {
    const { user } = await onTheList();
    await addPerson(user, { label: 'Ana', phone: '202 555 0143' });
    await user.click(within(personCard('Ana')).getByRole('button', { name: 'Details: Ana' }));
    expect(await screen.findByRole('heading', { name: 'Details for Ana', level: 2 }, SCREEN_CHANGE)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'How much they know' })).toBeTruthy();
  });

  it('Cancel gives the focus back to “Add someone”', async () => {
    const { user } = await onTheList();
    await user.click(screen.getByRole('button', { name: 'Add someone' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add someone' })));
  });
});

import './node-realm';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n, UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { newOrganisation, type Organisation } from '../../src/domain/organisation';
import { NotebookProvider } from '../../src/features/notebook';
import { Organisations, type OrganisationsPage } from '../../src/features/organisations/Organisations';
import { FieldLimitContext } from '../../src/ui/field-limit';
import { VaultError } from '../../src/vault/errors';
import { NotebookSession } from '../../src/vault/session';
import { FAST_KDF, freshName } from '../vault/helpers';
import { contentsOf, renderUnlockedWith, SCREEN_CHANGE } from './harness';

/** The texts read out with a field: its hint, error and notes. */
function descriptions(element: HTMLElement): string[] {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '');
}

const QUESTIONS = {
  confidentiality: 'Do you keep what I tell you private? When would you tell someone else, and who?',
  contactsImmigration: 'Do you ever tell immigration officials about the people you help?',
  experienceWithImmigrants: 'Have you helped immigrants who were hurt by a partner or family member before?',
  languageAccess: 'Does someone there speak my language, or can you find an interpreter?',
  anonymousFirst: 'Can I talk with you before I give my full name or address?',
} as const;

const CAUTION = /you may want to think carefully about what you share/;
const PHONE_INVALID = 'This does not look like a phone number. Check the digits, or start with + and the country code.';

/** Keeps the page shown as the app does: Back from an organisation, or from the add form, is the list. */
function OrganisationsHost() {
  const [page, setPage] = useState<OrganisationsPage>({ kind: 'list', adding: false });
  return (
    <Organisations
      page={page}
      onAdd={() => setPage({ kind: 'list', adding: true })}
      onAdded={(organisationId) => setPage({ kind: 'detail', organisationId, added: true })}
      onOpen={(organisationId) => setPage({ kind: 'detail', organisationId, added: false })}
      onBack={() => setPage({ kind: 'list', adding: false })}
    />
  );
}

/** A real, unlocked session on a fresh database, with the screen (kept as the app does, unless given) over it. */
async function renderOrganisations(
  seed: Organisation[] = [],
  shown: { element: ReactNode; heading: string } = { element: <OrganisationsHost />, heading: 'Organisations' },
  limitWords = false,
): Promise<{ session: NotebookSession; user: UserEvent }> {
  const session = new NotebookSession({ name: freshName(), kdf: FAST_KDF });
  await session.start();
  await session.create('some passphrase');
  for (const organisation of seed) await session.saveOrganisation(organisation);
  const i18n = await setupI18n('en');
  await i18n.loadNamespaces(UNLOCKED_NAMESPACES);
  const user = userEvent.setup({ delay: null });
  render(
    <I18nextProvider i18n={i18n}>
      <FieldLimitContext.Provider value={limitWords ? (over) => `This is ${over} too long.` : null}>
        <NotebookProvider session={session}>{shown.element}</NotebookProvider>
      </FieldLimitContext.Provider>
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { name: shown.heading, level: 1 });
  return { session, user };
}

function organisation(name: string, extra: Partial<Organisation> = {}): Organisation {
  const now = '2025-03-01T10:00:00.000Z';
  return { ...newOrganisation({ id: `org-${name}`, name, now }), ...extra };
}

function item(name: string): HTMLElement {
  const found = screen.getByText(name, { selector: '.organisation__name' }).closest('li');
  if (!found) throw new Error(`no list item for ${name}`);
  return found;
}

/** The block of one question: its answers, its note and its date. */
function question(text: string): HTMLElement {
  // The legend numbers the question: "1. Do you keep…".
  const group = screen.getByRole('group', { name: (name) => name.endsWith(text) });
  const block = group.closest<HTMLElement>('.question');
  if (!block) throw new Error(`no block for ${text}`);
  return block;
}

function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function open(user: UserEvent, name: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: `Open: ${name}` }));
  await screen.findByRole('heading', { name, level: 1 });
}

async function save(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved.');
}

describe('organisations', () => {
  it('shows the page its caller gives, and leaves every move to the caller', async () => {
    const moves = { onAdd: vi.fn(), onAdded: vi.fn(), onOpen: vi.fn(), onBack: vi.fn() };
    const page: OrganisationsPage = { kind: 'detail', organisationId: 'org-Centro', added: false };
    const { user } = await renderOrganisations([organisation('Centro'), organisation('Casa')], {
      element: <Organisations page={page} {...moves} />,
      heading: 'Centro',
    });
    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    expect(moves.onBack).toHaveBeenCalledOnce();
    expect(screen.getByRole('heading', { name: 'Centro', level: 1 })).toBeTruthy();
  });

  it('asks the caller to open an organisation or the add form from the list', async () => {
    const moves = { onAdd: vi.fn(), onAdded: vi.fn(), onOpen: vi.fn(), onBack: vi.fn() };
    const { user } = await renderOrganisations([organisation('Centro')], {
      element: <Organisations page={{ kind: 'list', adding: false }} {...moves} />,
      heading: 'Organisations',
    });
    await user.click(screen.getByRole('button', { name: 'Open: Centro' }));
    expect(moves.onOpen).toHaveBeenCalledWith('org-Centro');
    await user.click(screen.getByRole('button', { name: 'Add an organisation' }));
    expect(moves.onAdd).toHaveBeenCalledOnce();
    expect(screen.queryByLabelText('Name of the organisation')).toBeNull();
  });

  it('explains why organisations can be more neutral, and that questions can come first', async () => {
    await renderOrganisations();

    expect(screen.getByText(/can sometimes be more neutral than the people close to you/)).toBeTruthy();
    expect(screen.getByText(/You can ask them questions first/)).toBeTruthy();
    expect(screen.getByText('No organisations yet. Add one you have heard of or might contact.')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Organisations', level: 1 })),
    );
  });

  it('adds an organisation with its kind and opens it, then lists it', async () => {
    const { user, session } = await renderOrganisations();
    await user.click(screen.getByRole('button', { name: 'Add an organisation' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Add an organisation', level: 2 })),
    );

    const kinds = screen.getByRole('group', { name: 'What kind of organisation is it?' });
    expect(
      within(kinds)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['immigrant-support', 'violence-programme', 'cultural-centre', 'faith-charity', 'legal-clinic', 'other']);
    const legal = within(kinds).getByRole('radio', { name: 'Legal help' });
    expect(legal.getAttribute('aria-describedby')).toBeTruthy();
    const description = document.getElementById(legal.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/understands abuse linked to immigration status/);

    await user.type(screen.getByLabelText('Name of the organisation'), '  Clínica Legal  ');
    await user.click(legal);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const heading = await screen.findByRole('heading', { name: 'Clínica Legal', level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/Clínica Legal was added/)).toBeTruthy();
    expect(contentsOf(session).organisations).toMatchObject([
      { name: 'Clínica Legal', type: 'legal-clinic', questions: {}, helps: [] },
    ]);

    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    await screen.findByRole('heading', { name: 'Organisations', level: 1 });
    const listed = item('Clínica Legal');
    expect(within(listed).getByText('Legal help')).toBeTruthy();
    expect(within(listed).getByText('Questions asked: 0 of 5')).toBeTruthy();
    expect(within(listed).getByText('No phone number yet')).toBeTruthy();
    expect(screen.getByText('1 organisation')).toBeTruthy();
  });

  it('saves a kind of "Other" when none is chosen, and asks for a name first', async () => {
    const { user, session } = await renderOrganisations();
    await user.click(screen.getByRole('button', { name: 'Add an organisation' }));
    await user.type(screen.getByLabelText('Name of the organisation'), '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Please write the name of the organisation.');
    expect(contentsOf(session).organisations).toEqual([]);

    await user.type(screen.getByLabelText('Name of the organisation'), 'Centro');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Centro', level: 1 });
    expect(contentsOf(session).organisations).toMatchObject([{ name: 'Centro', type: 'other' }]);
  });

  it('cancelling the add form saves nothing and gives focus back to the button', async () => {
    const { user, session } = await renderOrganisations();
    await user.click(screen.getByRole('button', { name: 'Add an organisation' }));
    await user.type(screen.getByLabelText('Name of the organisation'), 'Never saved');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an organisation' })),
    );
    expect(contentsOf(session).organisations).toEqual([]);
  });

  it('records the answers to the five questions, with notes and dates', async () => {
    const { user, session } = await renderOrganisations([organisation('Centro Latino')]);
    await open(user, 'Centro Latino');

    const answers = [
      ['confidentiality', 'Yes', 'Only if a child is in danger', '2025-02-20'],
      ['contactsImmigration', 'No', 'Never, they said', '2025-02-21'],
      ['experienceWithImmigrants', 'Not sure', 'Ask for Marta', '2025-02-22'],
      ['languageAccess', 'Yes', 'Spanish on Tuesdays', '2025-02-23'],
    ] as const;
    for (const [key, answer, note, date] of answers) {
      const block = question(QUESTIONS[key]);
      await user.click(within(block).getByRole('radio', { name: answer }));
      // The date defaults to today when an answer is first given.
      const asked = within(block).getByLabelText('Date you asked') as HTMLInputElement;
      expect(asked.value).toBe(localToday());
      await user.type(within(block).getByLabelText('What they said'), note);
      await user.clear(asked);
      await user.type(asked, date);
      expect(asked.value).toBe(date);
    }
    // The fifth only has a note: not asked yet, and no date is invented.
    const fifth = question(QUESTIONS.anonymousFirst);
    expect(within(fifth).getByRole('radio', { name: 'Not asked yet' })).toHaveProperty('checked', true);
    await user.type(within(fifth).getByLabelText('What they said'), 'Ask next time');
    expect((within(fifth).getByLabelText('Date you asked') as HTMLInputElement).value).toBe('');

    await save(user);

    expect(contentsOf(session).organisations[0]?.questions).toEqual({
      confidentiality: { answer: 'yes', note: 'Only if a child is in danger', askedOn: '2025-02-20' },
      contactsImmigration: { answer: 'no', note: 'Never, they said', askedOn: '2025-02-21' },
      experienceWithImmigrants: { answer: 'unsure', note: 'Ask for Marta', askedOn: '2025-02-22' },
      languageAccess: { answer: 'yes', note: 'Spanish on Tuesdays', askedOn: '2025-02-23' },
      anonymousFirst: { answer: 'not-asked', note: 'Ask next time', askedOn: null },
    });

    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    expect(within(await findItem('Centro Latino')).getByText('Questions asked: 4 of 5')).toBeTruthy();
  });

  it('keeps a date that was already written when the answer changes', async () => {
    const stored = organisation('Casa', {
      questions: { languageAccess: { answer: 'unsure', note: '', askedOn: '2024-12-01' } },
    });
    const { user, session } = await renderOrganisations([stored]);
    await open(user, 'Casa');
    const block = question(QUESTIONS.languageAccess);
    expect(within(block).getByRole('radio', { name: 'Not sure' })).toHaveProperty('checked', true);

    await user.click(within(block).getByRole('radio', { name: 'Yes' }));
    expect((within(block).getByLabelText('Date you asked') as HTMLInputElement).value).toBe('2024-12-01');
    await save(user);
    expect(contentsOf(session).organisations[0]?.questions.languageAccess).toEqual({
      answer: 'yes',
      note: '',
      askedOn: '2024-12-01',
    });
  });

  it('shows a gentle caution when they say they may contact immigration, and only then', async () => {
    const { user, session } = await renderOrganisations([organisation('Faith Help')]);
    await open(user, 'Faith Help');
    expect(screen.queryByText(CAUTION)).toBeNull();

    await user.click(within(question(QUESTIONS.confidentiality)).getByRole('radio', { name: 'Yes' }));
    expect(screen.queryByText(CAUTION)).toBeNull();

    const immigration = question(QUESTIONS.contactsImmigration);
    await user.click(within(immigration).getByRole('radio', { name: 'Yes' }));
    const caution = within(immigration).getByText(CAUTION);
    expect(caution.textContent).toMatch(/does not decide anything for you/);
    expect(caution.closest('[role="status"]')).toBeTruthy();

    await save(user);
    expect(contentsOf(session).organisations[0]?.questions.contactsImmigration?.answer).toBe('yes');
    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    expect(within(await findItem('Faith Help')).getByText('They said they may contact immigration.')).toBeTruthy();

    await open(user, 'Faith Help');
    await user.click(within(question(QUESTIONS.contactsImmigration)).getByRole('radio', { name: 'No' }));
    expect(screen.queryByText(CAUTION)).toBeNull();
  });

  it('saves the ways the organisation might help', async () => {
    const { user, session } = await renderOrganisations([organisation('Centro')]);
    await open(user, 'Centro');
    const helps = screen.getByRole('group', { name: 'Tick the ways this organisation could help you.' });
    expect(within(helps).getAllByRole('checkbox')).toHaveLength(5);

    await user.click(within(helps).getByRole('checkbox', { name: /legal or immigration help that understands abuse/ }));
    await user.click(within(helps).getByRole('checkbox', { name: /interpreter for appointments or phone calls/ }));
    await user.click(within(helps).getByRole('checkbox', { name: /shelters, court, benefits, school or housing/ }));
    await save(user);
    // Kept in the guide's order, whatever order they were ticked in.
    expect(contentsOf(session).organisations[0]?.helps).toEqual(['local-processes', 'interpreters', 'legal-referrals']);

    await user.click(within(helps).getByRole('checkbox', { name: /interpreter for appointments or phone calls/ }));
    await save(user);
    expect(contentsOf(session).organisations[0]?.helps).toEqual(['local-processes', 'legal-referrals']);
  });

  it("names the guide's directory, dv.support, as plain text where it says how to find organisations", async () => {
    await renderOrganisations();
    const find = screen.getByText(/directories and referral lists/);
    expect(find.textContent).toContain('dv.support');
    expect(find.querySelector('a')).toBeNull();
    expect(document.querySelector('a[href*="dv.support"]')).toBeNull();
  });

  it('marks an organisation for emergency use only, saves it, and shows the mark in the list', async () => {
    const { user, session } = await renderOrganisations([organisation('Centro'), organisation('Casa')]);
    expect(within(item('Centro')).queryByText('Emergency use only')).toBeNull();
    await open(user, 'Centro');
    const mark = screen.getByRole('checkbox', { name: 'Emergency use only' });
    expect(mark).toHaveProperty('checked', false);
    await user.click(mark);
    await save(user);
    expect(contentsOf(session).organisations.find((saved) => saved.name === 'Centro')?.emergencyOnly).toBe(true);

    const [back] = screen.getAllByRole('button', { name: 'Back' });
    if (!back) throw new Error('no Back button');
    await user.click(back);
    await screen.findByRole('heading', { name: 'Organisations', level: 1 });
    expect(within(item('Centro')).getByText('Emergency use only')).toBeTruthy();
    expect(within(item('Casa')).queryByText('Emergency use only')).toBeNull();
  });

  it('saves contact details, and keeps the website as plain text that is never a link', async () => {
    const { user, session } = await renderOrganisations([organisation('Centro')]);
    await open(user, 'Centro');

    await user.type(screen.getByLabelText('Person to ask for'), 'Marta');
    await user.type(screen.getByLabelText('Email'), 'help@centro.example');
    await user.type(screen.getByLabelText('Address'), '12 Main St');
    await user.type(screen.getByLabelText('Website'), 'https://centro.example');
    await user.type(screen.getByLabelText('Opening hours'), 'Mon–Fri 9–5');
    await user.type(screen.getByLabelText('Other notes'), 'Side door');
    await user.click(screen.getByRole('button', { name: 'Add a phone number' }));
    await user.selectOptions(screen.getByLabelText('Kind of number 1'), 'Mobile');
    await user.type(screen.getByLabelText('Phone number 1'), '(202) 555-0143');
    await user.click(screen.getByRole('button', { name: 'Add a phone number' }));
    await user.type(screen.getByLabelText('Phone number 2'), '+44 20 7946 0958 ext. 12');
    await save(user);

    expect(contentsOf(session).organisations[0]).toMatchObject({
      contactPerson: 'Marta',
      email: 'help@centro.example',
      address: '12 Main St',
      website: 'https://centro.example',
      hours: 'Mon–Fri 9–5',
      notes: 'Side door',
      phones: [
        { kind: 'mobile', number: '+12025550143' },
        { kind: 'work', number: '+44 20 7946 0958 x12' },
      ],
    });
    // The extension is kept, not dropped as E.164 would.
    expect((screen.getByLabelText('Phone number 2') as HTMLInputElement).value).toBe('+44 20 7946 0958 x12');
    expect(screen.getByLabelText('Website').getAttribute('type')).toBe('text');
    expect(document.querySelector('a[href*="centro.example"]')).toBeNull();

    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    const link = within(await findItem('Centro')).getByRole('link', { name: '(202) 555-0143' });
    expect(link.getAttribute('href')).toBe('tel:+12025550143');
    expect(link.getAttribute('dir')).toBe('ltr');
    expect(document.querySelector('a[href*="centro.example"]')).toBeNull();
  });

  it('a number it cannot check saves with the rest, kept as typed, with a gentle note and no error', async () => {
    const { user, session } = await renderOrganisations([organisation('Centro')]);
    await open(user, 'Centro');

    await user.type(screen.getByLabelText('Person to ask for'), 'Marta');
    await user.click(screen.getByRole('button', { name: 'Add a phone number' }));
    await user.type(screen.getByLabelText('Phone number 1'), 'front desk 12b');
    await save(user);

    expect(contentsOf(session).organisations[0]).toMatchObject({
      contactPerson: 'Marta',
      phones: [{ kind: 'work', number: 'front desk 12b' }],
    });
    const phone = screen.getByLabelText('Phone number 1') as HTMLInputElement;
    expect(phone.value).toBe('front desk 12b');
    expect(phone.getAttribute('aria-invalid')).toBeNull();
    expect(descriptions(phone)).toContain('We could not check this number. It is kept as you typed it.');
    expect(screen.queryByText(PHONE_INVALID)).toBeNull();
  });

  it('without a name, saves everything else, keeps the draft, marks the name and takes the focus to it', async () => {
    const { user, session } = await renderOrganisations([organisation('Centro')]);
    await open(user, 'Centro');

    const name = screen.getByLabelText('Name of the organisation');
    await user.clear(name);
    await user.type(screen.getByLabelText('Person to ask for'), 'Marta');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(name)).toContain('Please write the name of the organisation.');
    expect(screen.getByText('Everything else is saved. Write a name, then save again.')).toBeTruthy();
    expect(contentsOf(session).organisations[0]).toMatchObject({ name: 'Centro', contactPerson: 'Marta' });
    expect((screen.getByLabelText('Person to ask for') as HTMLInputElement).value).toBe('Marta');
  });

  it('keeps the whole of a paste that is too long, says by how much, and saves nothing until it fits', async () => {
    const { user, session } = await renderOrganisations([organisation('Centro')], undefined, true);
    await open(user, 'Centro');
    const hours = screen.getByLabelText('Opening hours');
    await user.click(hours);
    await user.paste('9'.repeat(300));
    expect((hours as HTMLInputElement).value).toHaveLength(300);
    expect(descriptions(hours)).toContain('This is 100 too long.');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(hours));
    expect(contentsOf(session).organisations[0]?.hours).toBe('');
    expect((hours as HTMLInputElement).value).toHaveLength(300);
  });

  it('a failed save shows the message in plain words and loses nothing', async () => {
    const { user, session } = await renderOrganisations([organisation('Centro')]);
    await open(user, 'Centro');
    const failing = vi.spyOn(session, 'saveOrganisation').mockRejectedValueOnce(new VaultError('storage-full'));

    await user.click(within(question(QUESTIONS.confidentiality)).getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByLabelText('Other notes'), 'Call after 6');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/out of space, so the last change was not saved/);
    expect((screen.getByLabelText('Other notes') as HTMLTextAreaElement).value).toBe('Call after 6');
    expect(within(question(QUESTIONS.confidentiality)).getByRole('radio', { name: 'Yes' })).toHaveProperty(
      'checked',
      true,
    );
    failing.mockRestore();

    await save(user);
    expect(contentsOf(session).organisations[0]).toMatchObject({
      notes: 'Call after 6',
      questions: { confidentiality: { answer: 'yes' } },
    });
  });

  it('asks before leaving changes that are not saved', async () => {
    const stored = organisation('Centro');
    const { user, session } = await renderOrganisations([stored]);
    await open(user, 'Centro');
    await user.type(screen.getByLabelText('Opening hours'), 'Mornings');
    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);

    expect(screen.getByText('Some changes are not saved yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect((screen.getByLabelText('Opening hours') as HTMLInputElement).value).toBe('Mornings');

    await user.click(screen.getAllByRole('button', { name: 'Back' })[1]!);
    await user.click(screen.getByRole('button', { name: 'Go back without saving' }));
    await screen.findByRole('heading', { name: 'Organisations', level: 1 });
    expect(contentsOf(session).organisations).toEqual([stored]);
  });

  it('removing shows an undo that brings the organisation back as it was', async () => {
    const stored = organisation('Centro', {
      type: 'immigrant-support',
      helps: ['documents'],
      phones: [{ kind: 'work', number: '+12025550143' }],
      questions: { confidentiality: { answer: 'yes', note: 'Private', askedOn: '2025-02-20' } },
    });
    const { user, session } = await renderOrganisations([stored, organisation('Other place')]);

    await user.click(screen.getByRole('button', { name: 'Remove: Centro' }));
    const notice = (await screen.findByText('Centro was removed.')).closest<HTMLElement>('[role="status"]');
    if (!notice) throw new Error('the removal notice is not announced as a status');
    const undo = within(notice).getByRole('button', { name: 'Undo' });
    // Focus moves in an effect after the notice appears; a busy machine can see the notice first.
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.queryByText('Centro', { selector: '.organisation__name' })).toBeNull();
    expect(contentsOf(session).organisations.map((item) => item.name)).toEqual(['Other place']);

    await user.click(undo);
    const back = await findItem('Centro');
    expect(within(back).getByText('Questions asked: 1 of 5')).toBeTruthy();
    expect(within(back).getByRole('link', { name: '(202) 555-0143' })).toBeTruthy();
    // The organisation shows again as soon as it is saved; the notice goes in the render after.
    await waitFor(() => expect(screen.queryByText('Centro was removed.')).toBeNull());
    expect(contentsOf(session).organisations.find((item) => item.id === stored.id)).toEqual(stored);
  });
});

async function findItem(name: string): Promise<HTMLElement> {
  await screen.findByText(name, { selector: '.organisation__name' });
  return item(name);
}

describe('leaving an organisation with changes not saved', () => {
  it('the top bar asks first; staying keeps the draft, and Lock never asks', async () => {
    const { user } = await renderUnlockedWith([], [organisation('Centro Latino')]);
    await user.click(screen.getByRole('button', { name: 'Details: Centro Latino' }));
    await screen.findByRole('heading', { name: 'Centro Latino', level: 1 }, SCREEN_CHANGE);
    await user.type(screen.getByLabelText('Person to ask for'), 'Marta');
    const nav = screen.getByRole('navigation', { name: 'Sections' });

    await user.click(within(nav).getByRole('button', { name: 'Settings' }));
    expect(screen.getByText('Some changes are not saved yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('heading', { name: 'Centro Latino', level: 1 })).toBeTruthy();
    expect((screen.getByLabelText('Person to ask for') as HTMLInputElement).value).toBe('Marta');

    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE)).toBeTruthy();
  });
});

describe('the organisations the host suggests', () => {
  it('adds one to the notebook with one tap: its kind, number, hours, ways of helping and source, and offers it no more', async () => {
    const { session, user } = await renderOrganisations();
    const suggested = screen.getByRole('region', { name: 'Suggested organisations' });
    expect(within(suggested).getByText('the network')).toBeTruthy();
    expect(within(suggested).getByRole('link', { name: '(860) 763-4542' }).getAttribute('href')).toBe(
      'tel:+18607634542',
    );
    expect(within(suggested).getByText('Open at any hour · All languages')).toBeTruthy();

    await user.click(within(suggested).getByRole('button', { name: 'Add to my notebook: the network' }));

    await waitFor(() => expect(contentsOf(session).organisations).toHaveLength(1));
    const [added] = contentsOf(session).organisations;
    expect(added).toMatchObject({
      name: 'the network',
      type: 'violence-programme',
      phones: [{ kind: 'work', number: '+18607634542' }],
      helps: ['groups-planning'],
      hours: 'Open at any hour',
    });
    expect(added?.notes).toContain('All languages');
    expect(added?.notes).toContain('Source: the network, “Resources For Immigrants”');
    expect(screen.getByText('the network is now in your notebook.')).toBeTruthy();
    expect(within(suggested).queryByRole('button', { name: /Add to my notebook/ })).toBeNull();
    expect(within(suggested).getByText('In your notebook')).toBeTruthy();
    expect(screen.getByText('1 organisation')).toBeTruthy();
  });

  it('counts one already written by hand, with the same name and number, as in the notebook', async () => {
    await renderOrganisations([organisation('The Network', { phones: [{ kind: 'work', number: '+18607634542' }] })]);
    const suggested = screen.getByRole('region', { name: 'Suggested organisations' });
    expect(within(suggested).queryByRole('button', { name: /Add to my notebook/ })).toBeNull();
    expect(within(suggested).getByText('In your notebook')).toBeTruthy();
  });
});

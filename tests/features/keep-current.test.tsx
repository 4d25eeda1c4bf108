import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newOrganisation } from '../../src/domain/organisation';
import { person } from '../vault/helpers';
import { contentsOf, findTheList, goTo, renderUnlockedWith, SCREEN_CHANGE } from './harness';

const DAY = 24 * 60 * 60 * 1000;

const longAgo = new Date(Date.now() - 45 * DAY).toISOString();

const ana = () =>
  person('Ana', {
    fullName: 'Ana Beatriz Souza',
    phoneLabel: 'AB',
    category: 'primary',
    level: 'full',
    phones: [{ kind: 'mobile', number: '+12025550143' }],
    createdAt: longAgo,
    updatedAt: longAgo,
  });
const bo = () =>
  person('Bo', {
    fullName: 'Bo Nguyen Tran',
    category: 'information',
    level: 'partial',
    phones: [{ kind: 'home', number: '+442079460958' }],
  });

const centro = () => newOrganisation({ id: 'org-centro', name: 'Centro Latino', now: longAgo });

function question(text: RegExp): HTMLElement {
  const group = screen.getByRole('group', { name: text });
  const item = group.closest('li');
  if (!item) throw new Error('no question block');
  return item;
}

describe('checking the list', () => {
  afterEach(() => vi.restoreAllMocks());

  it("asks the guide's five review questions, in its order", async () => {
    const { user } = await renderUnlockedWith([ana()]);
    await user.click(screen.getByRole('button', { name: 'Check my list now' }));
    await screen.findByRole('heading', { name: 'Check your list', level: 1 }, SCREEN_CHANGE);
    const asked = [...document.querySelectorAll('.review__question legend')].map((legend) => legend.textContent);
    expect(asked).toEqual([
      '1. Has anyone on your list started sharing information more widely?',
      '2. Has anyone made new threats involving immigration, the police or community leaders?',
      '3. Have you met new people or organisations who might belong on your list?',
      '4. Do you want different safe contacts in the country where you live and in your country of origin?',
      '5. Do your safe contacts know the best ways and times to reach you?',
    ]);
  });

  it('after 30 days without a check, home gently reminds; the review leads to fixing things and records the date', async () => {
    const { user, session } = await renderUnlockedWith([ana(), bo()]);
    expect(screen.getByText(/It has been a while since you checked your list/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Check my list now' }));
    await screen.findByRole('heading', { name: 'Check your list', level: 1 }, SCREEN_CHANGE);
    expect(screen.getByText('You have not checked your list yet.')).toBeTruthy();

    const sharing = question(/started sharing information more widely/);
    expect(within(sharing).queryByText('What you could do')).toBeNull();
    await user.click(within(sharing).getByRole('radio', { name: 'Yes' }));
    expect(within(sharing).getByText('What you could do')).toBeTruthy();
    expect(within(sharing).getByRole('button', { name: 'Details: Ana' })).toBeTruthy();
    expect(within(sharing).getByRole('button', { name: 'Answer the questions again: Bo' })).toBeTruthy();

    const reach = question(/best ways and times to reach you/);
    await user.click(within(reach).getByRole('radio', { name: 'Yes' }));
    expect(within(reach).queryByText('What you could do')).toBeNull();
    await user.click(within(reach).getByRole('radio', { name: 'No' }));
    expect(within(reach).getByRole('button', { name: 'Details: Ana' })).toBeTruthy();

    const added = question(/met new people or organisations/);
    await user.click(within(added).getByRole('radio', { name: 'Not sure' }));
    expect(within(added).getByRole('button', { name: 'Add people' })).toBeTruthy();

    const countries = question(/different safe contacts in the country where you live and in your country of origin/);
    await user.click(within(countries).getByRole('radio', { name: 'No' }));
    expect(within(countries).queryByText('What you could do')).toBeNull();
    await user.click(within(countries).getByRole('radio', { name: 'Yes' }));
    expect(within(countries).getByText(/Look at where each person lives/)).toBeTruthy();
    expect(within(countries).getByRole('button', { name: 'Details: Bo' })).toBeTruthy();
    expect(within(countries).getByRole('button', { name: 'Add people' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'I have checked my list' }));
    await findTheList();
    expect(contentsOf(session).settings.lastReviewedAt).not.toBeNull();
    expect(screen.queryByText(/It has been a while/)).toBeNull();
    expect(screen.getByText(/^Last checked on /)).toBeTruthy();
  });

  it('answers are kept while the survivor goes to fix something and comes back', async () => {
    const { user } = await renderUnlockedWith([ana()]);
    await user.click(screen.getByRole('button', { name: 'Check my list now' }));
    await screen.findByRole('heading', { name: 'Check your list', level: 1 }, SCREEN_CHANGE);
    await user.click(within(question(/started sharing information more widely/)).getByRole('radio', { name: 'Yes' }));
    await user.click(
      within(question(/started sharing information more widely/)).getByRole('button', { name: 'Details: Ana' }),
    );
    await screen.findByRole('heading', { name: 'Details for Ana', level: 2 }, SCREEN_CHANGE);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { name: 'Check your list', level: 1 }, SCREEN_CHANGE);
    expect(
      within(question(/started sharing information more widely/)).getByRole('radio', { name: 'Yes' }),
    ).toHaveProperty('checked', true);
  });

  it('opens an organisation from the review, and Back returns to the review with its answers, leaving no history', async () => {
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const address = window.location.href;
    const { user } = await renderUnlockedWith([ana()], [centro()]);
    await user.click(screen.getByRole('button', { name: 'Check my list now' }));
    await screen.findByRole('heading', { name: 'Check your list', level: 1 }, SCREEN_CHANGE);
    const sharing = question(/started sharing information more widely/);
    await user.click(within(sharing).getByRole('radio', { name: 'Yes' }));
    expect(within(sharing).getByText('Centro Latino')).toBeTruthy();

    await user.click(within(sharing).getByRole('button', { name: 'Details: Centro Latino' }));
    const heading = await screen.findByRole('heading', { name: 'Centro Latino', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('button', { name: 'Steps' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    const review = await screen.findByRole('heading', { name: 'Check your list', level: 1 }, SCREEN_CHANGE);
    await waitFor(() => expect(document.activeElement).toBe(review));
    expect(
      within(question(/started sharing information more widely/)).getByRole('radio', { name: 'Yes' }),
    ).toHaveProperty('checked', true);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.href).toBe(address);
  });

  it('offers the organisations on the question about new threats, and not on the one about contacts in each country', async () => {
    const { user } = await renderUnlockedWith([ana()], [centro()]);
    await user.click(screen.getByRole('button', { name: 'Check my list now' }));
    await screen.findByRole('heading', { name: 'Check your list', level: 1 }, SCREEN_CHANGE);
    const threats = question(/new threats/);
    await user.click(within(threats).getByRole('radio', { name: 'Yes' }));
    expect(within(threats).getByRole('button', { name: 'Details: Centro Latino' })).toBeTruthy();
    const byCountry = question(/different safe contacts/);
    await user.click(within(byCountry).getByRole('radio', { name: 'Yes' }));
    expect(within(byCountry).queryByRole('button', { name: 'Details: Centro Latino' })).toBeNull();
  });

  it('"Add an organisation" opens the form at once; Cancel leaves it on the list of organisations', async () => {
    const { user } = await renderUnlockedWith([ana()]);
    await user.click(screen.getByRole('button', { name: 'Check my list now' }));
    await screen.findByRole('heading', { name: 'Check your list', level: 1 }, SCREEN_CHANGE);
    const added = question(/met new people or organisations/);
    await user.click(within(added).getByRole('radio', { name: 'Yes' }));
    await user.click(within(added).getByRole('button', { name: 'Add an organisation' }));
    await screen.findByRole('heading', { name: 'Organisations', level: 1 }, SCREEN_CHANGE);
    expect(screen.getByLabelText('Name of the organisation')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByLabelText('Name of the organisation')).toBeNull());
    expect(screen.getByRole('button', { name: 'Add an organisation' })).toBeTruthy();
  });

  it('a new notebook has no reminder, and the interval can be changed in Settings', async () => {
    const { user, session } = await renderUnlockedWith([bo()]);
    expect(screen.queryByText(/It has been a while/)).toBeNull();
    await goTo(user, 'Settings');
    await user.selectOptions(screen.getByLabelText('Remind me to check my list'), 'Every 7 days');
    await waitFor(() => expect(contentsOf(session).settings.reviewIntervalDays).toBe(7));
  });
});

describe('the emergency view', () => {
  it('is one tap from home and shows the emergency numbers and the people to contact first, nothing else', async () => {
    const { user } = await renderUnlockedWith([ana(), bo()]);
    await user.click(screen.getByRole('button', { name: 'Emergency numbers' }));
    await screen.findByRole('heading', { name: 'Emergency numbers', level: 1 }, SCREEN_CHANGE);
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toContain('tel:911');
    expect(links).toContain('tel:+18007997233');
    expect(links).toContain('tel:+12025550143');
    expect(links).toContain('sms:+12025550143');
    expect(screen.getByRole('link', { name: /Call Ana/ })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Bo');
  });

  it('shows the local line that answers at any hour in every language beside 911 and the national hotline, with its source as text', async () => {
    const { user } = await renderUnlockedWith([ana()]);
    await user.click(screen.getByRole('button', { name: 'Emergency numbers' }));
    await screen.findByRole('heading', { name: 'Emergency numbers', level: 1 }, SCREEN_CHANGE);
    const services = screen.getAllByRole('link').slice(0, 3);
    expect(services.map((link) => link.getAttribute('href'))).toEqual([
      'tel:911',
      'tel:+18007997233',
      'tel:+18607634542',
    ]);
    const local = screen.getByRole('link', { name: /the network/ });
    expect(local.textContent).toContain('860.763.4542');
    expect(local.closest('li')?.textContent).toContain('Open at any hour · All languages');
    expect(screen.getByText(/Resources For Immigrants/).closest('a')).toBeNull();
    expect(screen.getByText(/Resources For Immigrants/).parentElement?.textContent).toMatch(/^Source:/);
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^(tel|sms):/);
  });

  it('offers a text only to mobile numbers without an extension', async () => {
    const cy = person('Cy', {
      category: 'primary',
      phones: [
        { kind: 'mobile', number: '+12025550150' },
        { kind: 'home', number: '+12025550151' },
        { kind: 'mobile', number: '+1 202 555 0152 ext. 4' },
      ],
    });
    const { user } = await renderUnlockedWith([cy]);
    await user.click(screen.getByRole('button', { name: 'Emergency numbers' }));
    await screen.findByRole('heading', { name: 'Emergency numbers', level: 1 }, SCREEN_CHANGE);
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toContain('tel:+12025550151');
    expect(links).toContain('tel:+12025550152;ext=4');
    expect(links.filter((href) => href?.startsWith('sms:'))).toEqual(['sms:+12025550150']);
  });

  it('lists the organisations marked for emergency use only, and no others', async () => {
    const marked = { ...centro(), emergencyOnly: true, phones: [{ kind: 'work' as const, number: '+12025550170' }] };
    const other = {
      ...newOrganisation({ id: 'org-casa', name: 'Casa', now: longAgo }),
      phones: [{ kind: 'work' as const, number: '+12025550171' }],
    };
    const { user } = await renderUnlockedWith([ana()], [marked, other]);
    await user.click(screen.getByRole('button', { name: 'Emergency numbers' }));
    await screen.findByRole('heading', { name: 'Organisations, if other plans do not work', level: 2 }, SCREEN_CHANGE);
    expect(screen.getByRole('link', { name: /Call Centro Latino/ }).getAttribute('href')).toBe('tel:+12025550170');
    expect(screen.queryByText(/Casa/)).toBeNull();
  });

  it('dials at once, without the note shown before the first call elsewhere', async () => {
    const { user } = await renderUnlockedWith([ana()]);
    await user.click(screen.getByRole('button', { name: 'Emergency numbers' }));
    const call = await screen.findByRole('link', { name: /Call Ana/ }, SCREEN_CHANGE);
    const clicked = new MouseEvent('click', { bubbles: true, cancelable: true });
    call.dispatchEvent(clicked);
    expect(clicked.defaultPrevented).toBe(false);
    expect(screen.queryByText('Before you call or text')).toBeNull();
  });
});

async function openKeep(user: Awaited<ReturnType<typeof renderUnlockedWith>>['user'], task: RegExp) {
  await goTo(user, 'Steps');
  await user.click(screen.getByRole('button', { name: /Open step 5: Keep it up to date/ }));
  await screen.findByRole('heading', { name: 'Keep it up to date', level: 1 }, SCREEN_CHANGE);
  await user.click(screen.getByRole('button', { name: task }));
}

describe('the paper copy', () => {
  it('prints only short names by default, with the emergency numbers and no title', async () => {
    const { user } = await renderUnlockedWith([ana(), bo()]);
    await openKeep(user, /Make a paper copy/);
    const sheet = await screen.findByRole('article', { name: 'What will be printed' }, SCREEN_CHANGE);
    expect(sheet.textContent).toContain('Ana');
    expect(sheet.textContent).toContain('(202) 555-0143');
    expect(sheet.textContent).not.toMatch(/Souza|Tran/);
    expect(sheet.textContent).toContain('911');
    expect(sheet.textContent).toContain('1-800-799-7233');
    expect(sheet.textContent).not.toMatch(/hotline|violence/i);
    expect(within(sheet).queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('full names, a chosen title, fewer groups and named numbers are all up to the survivor', async () => {
    const { user } = await renderUnlockedWith([ana(), bo()]);
    await openKeep(user, /Make a paper copy/);
    const sheet = await screen.findByRole('article', { name: 'What will be printed' }, SCREEN_CHANGE);
    await user.click(screen.getByRole('radio', { name: 'Full names, where you wrote them' }));
    await user.type(screen.getByLabelText('Title at the top (optional)'), 'Numbers');
    await user.click(screen.getByRole('checkbox', { name: 'People who hold things for you' }));
    await user.click(screen.getByRole('checkbox', { name: 'Write what each emergency number is for' }));
    expect(sheet.textContent).toContain('Ana Beatriz Souza');
    expect(sheet.textContent).not.toContain('Bo');
    expect(within(sheet).getByRole('heading', { name: 'Numbers', level: 2 })).toBeTruthy();
    expect(sheet.textContent).toContain('National Domestic Violence Hotline');
  });

  it('a title pasted longer than the page can hold is kept and named, and Print waits until it fits', async () => {
    const print = vi.spyOn(globalThis, 'print').mockImplementation(() => {});
    const { user } = await renderUnlockedWith([ana()]);
    await openKeep(user, /Make a paper copy/);
    const title = await screen.findByLabelText('Title at the top (optional)', {}, SCREEN_CHANGE);
    await user.click(title);
    await user.paste('N'.repeat(100));
    expect((title as HTMLInputElement).value).toHaveLength(100);
    expect(title.getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(title);

    await user.clear(title);
    await user.type(title, 'Numbers');
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it("prints what each person can be asked for, in the list's words and their own, unless the survivor leaves it off", async () => {
    const helper = person('Lu', {
      category: 'information',
      tasks: ['spare-key', 'keep-documents'],
      ownTasks: ['Feed the cat'],
      phones: [{ kind: 'mobile', number: '+12025550160' }],
    });
    const { user } = await renderUnlockedWith([helper]);
    await openKeep(user, /Make a paper copy/);
    const sheet = await screen.findByRole('article', { name: 'What will be printed' }, SCREEN_CHANGE);
    expect(sheet.textContent).toContain(
      'Can help with: Holding a spare key, Keeping copies of documents, Feed the cat',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Write what you can ask each person for' }));
    expect(sheet.textContent).not.toContain('Can help with');
    expect(sheet.textContent).not.toContain('spare key');
  });

  it('prints people not sorted yet in a group of their own, and never people marked as not on the list', async () => {
    const unsorted = person('Quin', { phones: [{ kind: 'home', number: '+12025550161' }] });
    const left = person('Zed', { level: 'none', phones: [{ kind: 'home', number: '+12025550162' }] });
    const { user } = await renderUnlockedWith([ana(), unsorted, left]);
    await openKeep(user, /Make a paper copy/);
    const sheet = await screen.findByRole('article', { name: 'What will be printed' }, SCREEN_CHANGE);
    const group = within(sheet).getByRole('heading', { name: 'Not sorted yet', level: 3 }).closest('section');
    expect(group?.textContent).toContain('Quin');
    expect(group?.textContent).toContain('(202) 555-0161');
    expect(sheet.textContent).not.toContain('Zed');
    await user.click(screen.getByRole('checkbox', { name: 'Not sorted yet' }));
    expect(sheet.textContent).not.toContain('Quin');
    expect(sheet.textContent).toContain('Ana');
  });

  it('writes "Emergency" once at most, with the numbers named or not', async () => {
    const { user } = await renderUnlockedWith([ana()]);
    await openKeep(user, /Make a paper copy/);
    const sheet = await screen.findByRole('article', { name: 'What will be printed' }, SCREEN_CHANGE);
    expect(sheet.textContent?.match(/emergency/gi)).toHaveLength(1);
    await user.click(screen.getByRole('checkbox', { name: 'Write what each emergency number is for' }));
    expect(sheet.textContent?.match(/emergency/gi)).toHaveLength(1);
  });

  it('marks an organisation to contact only if other plans fail, without the word "emergency"', async () => {
    const lastResort = {
      ...centro(),
      emergencyOnly: true,
      phones: [{ kind: 'work' as const, number: '+12025550170' }],
    };
    const { user } = await renderUnlockedWith([], [lastResort]);
    await openKeep(user, /Make a paper copy/);
    const sheet = await screen.findByRole('article', { name: 'What will be printed' }, SCREEN_CHANGE);
    const entry = within(sheet).getByText('Centro Latino').closest('li');
    expect(entry?.textContent).toContain('Only if other plans do not work');
    expect(sheet.textContent?.match(/emergency/gi)).toHaveLength(1);
  });

  it('Print opens the browser print dialog', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = await renderUnlockedWith([ana()]);
    await openKeep(user, /Make a paper copy/);
    await user.click(await screen.findByRole('button', { name: 'Print' }, SCREEN_CHANGE));
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});

describe('simple names in the phone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves a contacts file with the phone labels and numbers, and no full names', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderUnlockedWith([ana(), bo()]);
    await openKeep(user, /Make a contacts file/);
    expect(await screen.findByText('Saved as: AB', {}, SCREEN_CHANGE)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /Saved as: Bo/ }));
    await user.click(screen.getByRole('button', { name: 'Save a file with 1 contact' }));
    expect(click).toHaveBeenCalledOnce();
    const text = await blobs[0]?.text();
    expect(text).toContain('FN:AB');
    expect(text).toContain('TEL;TYPE=CELL:+12025550143');
    expect(text).not.toMatch(/Souza|Bo/);
    expect(screen.getByText(/The file is in your downloads/)).toBeTruthy();
  });
});

describe('the private history of a person', () => {
  it('a change of what they know, with a reason, shows in their history', async () => {
    const { user } = await renderUnlockedWith([ana()]);
    await user.click(screen.getByRole('button', { name: 'Details: Ana' }));
    await screen.findByRole('heading', { name: 'Details for Ana', level: 2 }, SCREEN_CHANGE);
    expect(screen.queryByLabelText(/Why did you change this/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Emergency use only' }));
    await user.type(screen.getByLabelText(/Why did you change this/), 'She told her sister');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findTheList();
    await user.click(screen.getByRole('button', { name: 'Details: Ana' }));
    await screen.findByRole('heading', { name: 'Details for Ana', level: 2 }, SCREEN_CHANGE);
    expect(screen.getByText('What they know: from Full information to Emergency use only.')).toBeTruthy();
    expect(screen.getByText('Why: She told her sister')).toBeTruthy();
  });
});

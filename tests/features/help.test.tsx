/**
 * The help pages, rendered on their own in a real i18next (the same setup as
 * the app), in English and in Arabic.
 */
import './node-realm';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupI18n, UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { HELP_TOPICS, Help, type HelpProps, type HelpTopic } from '../../src/features/help/Help';

const TITLES: Record<HelpTopic, string> = {
  danger: 'In danger now',
  rights: 'Your rights',
  evidence: 'Saving evidence',
  technology: 'Phone safety',
};

const BACK = 'Back to all topics';

/** Keeps the open page as the app does, and tells `onTopic` too when a test listens. */
function HelpHost({ topic: first = null, onTopic }: Partial<HelpProps>) {
  const [topic, setTopic] = useState<HelpTopic | null>(first);
  return (
    <Help
      topic={topic}
      onTopic={(next) => {
        setTopic(next);
        onTopic?.(next);
      }}
    />
  );
}

async function renderHelp(language = 'en', props: Partial<HelpProps> = {}): Promise<{ i18n: i18n; user: UserEvent }> {
  const i18n = await setupI18n(language);
  await i18n.loadNamespaces(UNLOCKED_NAMESPACES);
  const user = userEvent.setup({ delay: null });
  render(
    <I18nextProvider i18n={i18n}>
      <HelpHost {...props} />
    </I18nextProvider>,
  );
  const title = i18n.t(props.topic ? `help:topics.${props.topic}.title` : 'help:title');
  await screen.findByRole('heading', { level: 1, name: title });
  return { i18n, user };
}

async function openTopic(user: UserEvent, title: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: title }));
  return screen.findByRole('heading', { level: 1, name: title });
}

function links(): HTMLAnchorElement[] {
  return [...document.querySelectorAll('a')];
}

/** The fact block around an element, with the "Source: …" lines inside it. */
function sourcesOf(element: Element): string[] {
  const fact = element.closest('.help-fact');
  if (!fact) throw new Error(`not inside a fact: ${element.textContent}`);
  return [...fact.querySelectorAll('.help-source')].map((line) => line.textContent ?? '');
}

afterEach(() => vi.restoreAllMocks());

describe('Help', () => {
  it('lists the four topics under one h1', async () => {
    await renderHelp();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    for (const title of Object.values(TITLES)) expect(screen.getByRole('button', { name: title })).toBeTruthy();
  });

  it.each(HELP_TOPICS)('opens "%s" with focus on its heading, and returns to the list', async (topic) => {
    const { user } = await renderHelp();
    const heading = await openTopic(user, TITLES[topic]);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();

    await user.click(screen.getAllByRole('button', { name: BACK })[0] as HTMLElement);
    const list = await screen.findByRole('heading', { level: 1, name: 'Help' });
    await waitFor(() => expect(document.activeElement).toBe(list));
    expect(screen.getByRole('button', { name: TITLES[topic] })).toBeTruthy();
  });

  it('offers the way back both at the top and at the end of a page', async () => {
    const { user } = await renderHelp();
    await openTopic(user, TITLES.technology);
    const backs = screen.getAllByRole('button', { name: BACK });
    expect(backs).toHaveLength(2);
    await user.click(backs[1] as HTMLElement);
    await screen.findByRole('heading', { level: 1, name: 'Help' });
  });

  it('changes pages without touching the address or the history', async () => {
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const address = window.location.href;
    const { user } = await renderHelp();
    for (const title of Object.values(TITLES)) {
      await openTopic(user, title);
      await user.click(screen.getAllByRole('button', { name: BACK })[0] as HTMLElement);
      await screen.findByRole('heading', { level: 1, name: 'Help' });
    }
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.href).toBe(address);
  });

  it('follows the topic its caller keeps, and tells the caller when the person goes back', async () => {
    const onTopic = vi.fn();
    const { user } = await renderHelp('en', { topic: 'rights', onTopic });
    await user.click(screen.getAllByRole('button', { name: BACK })[0] as HTMLElement);
    expect(onTopic).toHaveBeenCalledWith(null);
  });

  it('calls 911 in one tap from the list of topics: a plain tel: link, nothing shown first', async () => {
    await renderHelp();
    const call = screen.getByRole('link', { name: /911/ });
    expect(call.getAttribute('href')).toBe('tel:911');
    // Record whether the app held the tap back, then stop jsdom from trying to navigate.
    let held: boolean | undefined;
    const record = (event: Event) => {
      held = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', record);
    try {
      await userEvent.setup({ delay: null }).click(call);
    } finally {
      window.removeEventListener('click', record);
    }
    expect(held).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('gives 911 and the National Domestic Violence Hotline as call links with the right numbers', async () => {
    const { user } = await renderHelp();
    await openTopic(user, TITLES.danger);
    const emergency = screen.getByRole('link', { name: /911/ });
    expect(emergency.getAttribute('href')).toBe('tel:911');
    const hotline = screen.getByRole('link', { name: /National Domestic Violence Hotline/ });
    expect(hotline.getAttribute('href')).toBe('tel:+18007997233');
    expect(hotline.textContent).toContain('1-800-799-7233');
    expect(screen.getByText('1-800-799-SAFE')).toBeTruthy();
    const local = screen.getByRole('link', { name: /860\.763\.4542/ });
    expect(local.getAttribute('href')).toBe('tel:+18607634542');
  });

  it('explains how to call without leaving a trace: call list, bill, another phone', async () => {
    const { user } = await renderHelp();
    await openTopic(user, TITLES.danger);
    const section = screen
      .getByRole('heading', { level: 2, name: 'Calling without leaving a trace' })
      .closest('section');
    if (!section) throw new Error('no section');
    expect(section.textContent).toMatch(/call list/);
    expect(section.textContent).toMatch(/delete them/);
    expect(section.textContent).toMatch(/phone bill/);
    expect(section.textContent).toMatch(/a friend’s phone/);
  });

  it('shows the source beside every number and every fact that could change', async () => {
    const { user } = await renderHelp();
    for (const title of Object.values(TITLES)) {
      await openTopic(user, title);
      const facts = [...document.querySelectorAll('.help-fact')];
      expect(facts.length, title).toBeGreaterThan(0);
      for (const fact of facts) {
        const lines = sourcesOf(fact);
        expect(lines.length, fact.textContent ?? '').toBeGreaterThan(0);
        for (const line of lines) expect(line).toMatch(/^Source: \S/);
      }
      for (const link of links()) expect(sourcesOf(link).length, link.href).toBeGreaterThan(0);
      await user.click(screen.getAllByRole('button', { name: BACK })[0] as HTMLElement);
      await screen.findByRole('heading', { level: 1, name: 'Help' });
    }
  });

  it('names the page behind each number and each state rule', async () => {
    const { user } = await renderHelp();
    await openTopic(user, TITLES.danger);
    expect(sourcesOf(screen.getByRole('link', { name: /911/ }))).toEqual([
      'Source: the network, “Resources For Immigrants”',
    ]);
    expect(sourcesOf(screen.getByRole('link', { name: /National Domestic Violence Hotline/ }))).toEqual([
      'Source: “What should I do if the person I am serving is in immediate danger?”',
    ]);
    await user.click(screen.getAllByRole('button', { name: BACK })[0] as HTMLElement);

    await openTopic(user, TITLES.rights);
    const states = screen.getByText(/New York and New Jersey/);
    expect(sourcesOf(states)).toEqual([expect.stringMatching(/^Source: Rosenblum Law, /)]);
    expect(sourcesOf(screen.getByText(/whatever their immigration status/))).toEqual([
      expect.stringMatching(/^Source: the network/),
    ]);
    expect(sourcesOf(screen.getByText(/U visa/))).toEqual([expect.stringMatching(/^Source: the network/)]);
  });

  it('says plainly that the rights page is not legal advice, and that only a lawyer can say who qualifies', async () => {
    const { user } = await renderHelp();
    await openTopic(user, TITLES.rights);
    expect(screen.getByText('This is not legal advice')).toBeTruthy();
    expect(screen.getByText(/Only an immigration lawyer can say/)).toBeTruthy();
    expect(screen.getByText(/orders? of protection/i, { selector: 'h2' })).toBeTruthy();
    expect(screen.getByText(/waiting list/)).toBeTruthy();
  });

  it('lists the kinds of evidence to keep and where to keep copies', async () => {
    const { user } = await renderHelp();
    await openTopic(user, TITLES.evidence);
    const kinds = within(screen.getByRole('heading', { name: 'What to keep' }).closest('section') as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(kinds).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Photos/),
        'Voicemails',
        expect.stringMatching(/screenshots/),
        expect.stringMatching(/Medical records/),
        expect.stringMatching(/^Court papers/),
      ]),
    );
    expect(screen.getByText(/someone you trust/)).toBeTruthy();
  });

  it('says what the notebook protects and what it cannot, with the names of its own buttons', async () => {
    const { user } = await renderHelp();
    await openTopic(user, TITLES.technology);
    expect(screen.getByText(/The Exit button closes it at once/)).toBeTruthy();
    expect(screen.getByText(/with the Lock button/)).toBeTruthy();
    expect(screen.getByText(/does not erase your browser’s history/)).toBeTruthy();
    expect(screen.getByText(/spy software/)).toBeTruthy();
  });

  it('links to no website on any page: only tel: and sms:', async () => {
    const { user } = await renderHelp();
    const seen: string[] = links().map((link) => link.getAttribute('href') ?? '');
    for (const title of Object.values(TITLES)) {
      await openTopic(user, title);
      seen.push(...links().map((link) => link.getAttribute('href') ?? ''));
      await user.click(screen.getAllByRole('button', { name: BACK })[0] as HTMLElement);
      await screen.findByRole('heading', { level: 1, name: 'Help' });
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const href of seen) {
      expect(href).not.toMatch(/http/i);
      expect(href).toMatch(/^(tel|sms):\+?\d+$/);
    }
  });

  it('reads in Arabic, right to left, with every number in a left-to-right island', async () => {
    const { i18n, user } = await renderHelp('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(i18n.t('help:title'));
    for (const topic of HELP_TOPICS) {
      const title = i18n.t(`help:topics.${topic}.title`);
      expect(title).not.toBe(TITLES[topic]);
      await openTopic(user, title);
      for (const link of links()) {
        const number = link.querySelector('bdi');
        expect(number?.getAttribute('dir'), link.href).toBe('ltr');
        expect(link.href.replace(/\D/g, '')).toContain((number?.textContent ?? '').replace(/\D/g, ''));
      }
      for (const source of document.querySelectorAll('.help-source'))
        expect(source.querySelector('bdi')).not.toBeNull();
      await user.click(screen.getAllByRole('button', { name: i18n.t('help:back') })[0] as HTMLElement);
      await screen.findByRole('heading', { level: 1, name: i18n.t('help:title') });
    }
    const emergency = screen.getByRole('link', { name: /911/ });
    expect(emergency.getAttribute('href')).toBe('tel:911');
    expect(emergency.querySelector('[dir="ltr"]')?.textContent).toBe('911');
  });
});

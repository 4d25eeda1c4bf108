/**
 * Every screen in the pseudo-language: each piece of text the app shows must
 * carry its marks, so a string that skipped the locale files stands out.
 */
import './node-realm';
import { screen } from '@testing-library/react';
import type { i18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { UNLOCKED_NAMESPACES } from '../../src/app/i18n';
import { PSEUDO_END, PSEUDO_START } from '../../src/app/pseudo';
import { SOURCES } from '../../src/domain/sources';
import { IDENTITIES } from '../../src/safety/identity';
import { countryOptions } from '../../src/ui/countries';
import { DEPLOYMENT } from '../../src/ui/deployment';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../../src/ui/languages';
import { NotebookSession } from '../../src/vault/session';
import { FAST_KDF, freshName, person } from '../vault/helpers';
import { PASSPHRASE, renderApp, SCREEN_CHANGE } from './harness';

/** Text that is data or a proper name, not a translatable string. */
const ALLOWED = new Set<string>([
  'Ana',
  '(202) 555-0143',
  ...[...LANGUAGES, PSEUDO_LANGUAGE].map((language) => language.name),
  ...Object.values(IDENTITIES).map((identity) => identity.name),
  // The host's hotlines and organisations are shown in the host's own words.
  DEPLOYMENT.emergency.number,
  ...DEPLOYMENT.hotlines.flatMap((line) => [line.name, line.number, line.alsoWritten ?? '', line.source]),
  ...DEPLOYMENT.organisations.flatMap((organisation) => [
    organisation.name,
    organisation.about ?? '',
    organisation.source,
  ]),
  // Country names come from the browser's own data in the survivor's language, like month names.
  ...countryOptions(PSEUDO_LANGUAGE.code).options.map((option) => option.label),
  // Sources are cited as the pages name themselves, in their own language.
  ...Object.values(SOURCES).map((source) => source.name),
]);

/** Every visible piece of text, and every accessible label, that lacks the pseudo marks. */
function untranslated(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, [hidden]')) continue;
    check(node.textContent ?? '', parent);
  }
  for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const value = element.getAttribute(name);
      if (value) check(value, element);
    }
  }
  return found;

  function check(raw: string, where: Element) {
    const text = raw.replace(/[\u2068\u2069]/g, '').trim();
    if (!text || text.includes(PSEUDO_START) || text.includes(PSEUDO_END)) return;
    if (ALLOWED.has(text)) return;
    // Numbers, dates in digits, punctuation and symbols only.
    if (!/\p{L}/u.test(text)) return;
    found.push(`${where.tagName.toLowerCase()}: ${text}`);
  }
}

async function unlockedInPseudo() {
  const name = freshName();
  const earlier = new NotebookSession({ name, kdf: FAST_KDF });
  await earlier.start();
  await earlier.create(PASSPHRASE);
  await earlier.savePerson(
    person('Ana', { category: 'primary', level: 'full', phones: [{ kind: 'mobile', number: '+12025550143' }] }),
  );
  earlier.lock();
  const harness = await renderApp({
    session: new NotebookSession({ name, kdf: FAST_KDF }),
    language: PSEUDO_LANGUAGE.code,
  });
  const { user, i18n } = harness;
  await user.type(screen.getByLabelText(i18n.t('unlock:label')), PASSPHRASE);
  await user.click(screen.getByRole('button', { name: i18n.t('unlock:submit') }));
  // The words behind the passphrase load after unlocking; the screens wait for them, and so does this.
  await i18n.loadNamespaces(UNLOCKED_NAMESPACES);
  await screen.findByRole('heading', { level: 1, name: i18n.t('people:title') }, SCREEN_CHANGE);
  return harness;
}

function button(i18n: i18n, key: string, options?: Record<string, unknown>): HTMLElement {
  return screen.getByRole('button', { name: i18n.t(key, options) });
}

describe('the pseudo-language', () => {
  it('marks every string, placeholders left as they are', async () => {
    const { i18n } = await renderApp({ notebook: 'none', language: PSEUDO_LANGUAGE.code });
    expect(i18n.t('setup:title')).toBe('⟦Ŵëlçőmë⟧'.replace('Ŵ', 'W'));
    await i18n.loadNamespaces('circles');
    expect(i18n.t('circles:added', { label: 'Ana' })).toBe('⟦Ana wåş åddëd.⟧');
  });

  it('the first-run screen shows no text outside the locale files', async () => {
    await renderApp({ notebook: 'none', language: PSEUDO_LANGUAGE.code });
    expect(untranslated()).toEqual([]);
  });

  it('the unlock screen shows no text outside the locale files', async () => {
    await renderApp({ notebook: 'locked', language: PSEUDO_LANGUAGE.code });
    expect(untranslated()).toEqual([]);
  });

  it('every screen behind the passphrase shows no text outside the locale files', { timeout: 15_000 }, async () => {
    const { user, i18n } = await unlockedInPseudo();
    const visited: Record<string, string[]> = {};
    const visit = (name: string) => {
      visited[name] = untranslated();
    };
    const nav = (key: string) => user.click(button(i18n, `common:nav.${key}`));
    const openStep = async (step: number, name: string) => {
      await nav('steps');
      await user.click(button(i18n, 'guide:open', { step, name: i18n.t(`guide:steps.${name}.name`) }));
    };

    visit('list');
    await user.click(button(i18n, 'people:emergency'));
    visit('emergency');
    await nav('steps');
    visit('steps');
    await openStep(1, 'circles');
    visit('circles');
    await openStep(2, 'screening');
    visit('screening chooser');
    await user.click(screen.getByRole('button', { name: `${i18n.t('guide:screening.start')}: Ana` }));
    visit('screening introduction');
    await user.click(button(i18n, 'screening:parts.start'));
    await screen.findByText(i18n.t('screening:progress', { number: 1, count: 8 }));
    visit('screening question');
    await user.click(button(i18n, 'screening:answers.no'));
    await user.click(await screen.findByRole('button', { name: i18n.t('screening:nav.seeSuggestion') }));
    await screen.findByRole('button', { name: i18n.t('screening:more.title') });
    visit('screening suggestion');
    await user.click(button(i18n, 'screening:choice.save'));
    await screen.findByRole('button', { name: i18n.t('screening:place.notNow') });
    visit('screening place in the list');
    await openStep(3, 'organisations');
    visit('organisations');
    await openStep(5, 'current');
    visit('keep it up to date');
    for (const task of ['review', 'paper', 'backup', 'contacts']) {
      await openStep(5, 'current');
      await user.click(button(i18n, `review:keep.${task}.open`));
      visit(task);
    }
    await nav('help');
    visit('help');
    for (const topic of ['danger', 'rights', 'evidence', 'technology']) {
      await nav('help');
      await user.click(button(i18n, `help:topics.${topic}.title`));
      visit(`help ${topic}`);
    }
    await nav('settings');
    visit('settings');
    await nav('home');
    await user.click(screen.getByRole('button', { name: `${i18n.t('list:actions.details')}: Ana` }));
    visit('details');

    const problems = Object.entries(visited).filter(([, found]) => found.length > 0);
    expect(problems).toEqual([]);
    expect(Object.keys(visited).length).toBeGreaterThanOrEqual(19);
  });
});

/**
 * Renders the whole app over a real NotebookSession (fake IndexedDB, real
 * Web Crypto, fast Argon2id), plus small drivers so each test reads like the
 * behaviour it checks. Drivers find elements as a person would: by role and
 * by label.
 */
import './node-realm';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { expect, type Mock, vi } from 'vitest';
import { App } from '../../src/app/App';
import { setupI18n } from '../../src/app/i18n';
import type { Organisation } from '../../src/domain/organisation';
import type { Person } from '../../src/domain/person';
import { NotebookProvider } from '../../src/features/notebook';
import { StrengthEstimatorContext } from '../../src/features/setup/strength-estimator';
import { NotebookSession } from '../../src/vault/session';
import type { VaultContents } from '../../src/vault/vault';
import { FAST_KDF, freshName } from '../vault/helpers';
import { openEstimatorOnThePage } from './strength-on-page';

export const PASSPHRASE = 'quiet river under the old bridge';

/** Moving between screens can wait for a lazily loaded chunk and for key derivation. */
export const SCREEN_CHANGE = { timeout: 5000 } as const;

export interface Harness {
  session: NotebookSession;
  i18n: i18n;
  user: UserEvent;
  /** The database name, unique to this test. */
  name: string;
}

/** What the session holds while unlocked; fails the test otherwise. */
export function contentsOf(session: NotebookSession): VaultContents {
  const state = session.getState();
  if (state.phase !== 'unlocked') throw new Error(`expected an unlocked notebook, the phase is ${state.phase}`);
  return state.contents;
}

/**
 * Starts a session on a fresh database and renders the app.
 * `notebook`: 'none' shows the first run; 'locked' and 'unlocked' create one
 * with PASSPHRASE through the session first (faster than typing it).
 */
export async function renderApp(
  options: {
    notebook?: 'none' | 'locked' | 'unlocked';
    session?: NotebookSession;
    /** Whether a language was chosen on this device before; false shows the language screen first. */
    languageChosen?: boolean;
    language?: string;
  } = {},
): Promise<Harness> {
  localStorage.clear();
  if (options.languageChosen ?? true) localStorage.setItem('notebook.language', options.language ?? 'en');
  const name = freshName();
  const session = options.session ?? new NotebookSession({ name, kdf: FAST_KDF });
  await session.start();
  const notebook = options.notebook ?? 'none';
  if (notebook !== 'none') await session.create(PASSPHRASE);
  if (notebook === 'locked') session.lock();
  const i18n = await setupI18n();
  const user = userEvent.setup({ delay: null });
  render(
    <I18nextProvider i18n={i18n}>
      <NotebookProvider session={session}>
        <StrengthEstimatorContext.Provider value={openEstimatorOnThePage}>
          <App />
        </StrengthEstimatorContext.Provider>
      </NotebookProvider>
    </I18nextProvider>,
  );
  // Wait for the first screen: the unlocked screens load lazily.
  const phase = session.getState().phase;
  const chosen = options.languageChosen ?? true;
  if (!chosen && phase === 'new') {
    await screen.findByRole('heading', { level: 1, name: i18n.t('language.choose') }, SCREEN_CHANGE);
  } else if (i18n.language !== 'en') {
    await screen.findByRole('heading', { level: 1 }, SCREEN_CHANGE);
  } else {
    if (phase === 'new') await screen.findByLabelText('Choose a passphrase', {}, SCREEN_CHANGE);
    if (phase === 'locked') await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE);
    if (phase === 'unlocked') await findUnlocked();
  }
  return { session, i18n, user, name };
}

/** Waits for the screens behind the passphrase: the bar with Lock is their sign. */
export async function findUnlocked(): Promise<HTMLElement> {
  return screen.findByRole('button', { name: 'Lock' }, SCREEN_CHANGE);
}

/** First run, as typed by the person. Ends on the first screen behind the passphrase. */
export async function createNotebook(user: UserEvent, passphrase = PASSPHRASE): Promise<void> {
  await user.type(await screen.findByLabelText('Choose a passphrase'), passphrase);
  await user.type(screen.getByLabelText('Type it again'), passphrase);
  await user.click(screen.getByRole('button', { name: 'Create my notebook' }));
  await findUnlocked();
}

/** Types a passphrase on the unlock screen and presses Open. */
export async function submitPassphrase(user: UserEvent, passphrase: string): Promise<void> {
  await user.type(await screen.findByLabelText('Passphrase', {}, SCREEN_CHANGE), passphrase);
  await user.click(screen.getByRole('button', { name: 'Open' }));
}

/** The sections of the top bar and the heading each one opens on. */
const SECTIONS = { 'Your list': 'Your list', Steps: 'Step by step', Settings: 'Settings' } as const;

export async function goTo(user: UserEvent, section: keyof typeof SECTIONS): Promise<void> {
  const nav = screen.getByRole('navigation', { name: 'Sections' });
  await user.click(within(nav).getByRole('button', { name: section }));
  await screen.findByRole('heading', { name: SECTIONS[section], level: 1 }, SCREEN_CHANGE);
}

/**
 * Waits for the list. Its heading alone does not tell: a person's details
 * open under the same heading, so the list's own "Add someone" is its sign.
 */
export async function findTheList(): Promise<HTMLElement> {
  await screen.findByRole('button', { name: 'Add someone' }, SCREEN_CHANGE);
  return screen.getByRole('heading', { name: 'Your list', level: 1 });
}

/** Opens the add form from the list, fills it and saves. Does not wait for the result. */
export async function fillPerson(user: UserEvent, fields: { label: string; phone?: string }): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Add someone' }));
  const form = screen.getByRole('form', { name: 'Add someone' });
  await user.type(within(form).getByLabelText('Name to show'), fields.label);
  if (fields.phone) await user.type(within(form).getByLabelText('Phone number'), fields.phone);
  await user.click(within(form).getByRole('button', { name: 'Save' }));
}

/** Adds a person from the list and waits until the form has closed and they are listed. */
export async function addPerson(user: UserEvent, fields: { label: string; phone?: string }): Promise<void> {
  await fillPerson(user, fields);
  await waitFor(() => expect(screen.queryByRole('form', { name: 'Add someone' })).toBeNull());
  await screen.findByText(fields.label.trim(), { selector: '.person__label' });
}

/** The list item of the person with this label. */
export function personCard(label: string): HTMLElement {
  const item = screen.getByText(label, { selector: '.person__label' }).closest('li');
  if (!item) throw new Error(`no list item for ${label}`);
  return item;
}

/**
 * Pretends the browser has a Storage API whose `persisted()` and `persist()`
 * answer as given, or ('unsupported') one without them. 'later': `persist()`
 * waits until the test calls `answer` (Firefox waits for the person to answer
 * its question). `quotaBytes`: what `estimate()` says. Returns the undo.
 */
export function stubPersistentStorage(
  answer: boolean | 'unsupported' | 'later',
  options: { quotaBytes?: number } = {},
): {
  persist: Mock<() => Promise<boolean>>;
  answer: (granted: boolean) => void;
  restore: () => void;
} {
  let granted = answer === true;
  let answerLater: (value: boolean) => void = () => undefined;
  const persist = vi.fn(() =>
    answer === 'later'
      ? new Promise<boolean>((resolve) => {
          answerLater = resolve;
        })
      : Promise.resolve(granted),
  );
  const estimate = async (): Promise<StorageEstimate> => ({ quota: options.quotaBytes ?? 10 * 1000 ** 3, usage: 0 });
  const storage = answer === 'unsupported' ? {} : { persist, persisted: async () => granted, estimate };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  return {
    persist,
    answer: (value) => {
      granted = value;
      answerLater(value);
    },
    restore: () => {
      Reflect.deleteProperty(navigator, 'storage');
    },
  };
}

/** Pretends to be another browser (its user agent and touch points). Returns the undo. */
export function stubBrowser(userAgent: string, maxTouchPoints = 5): () => void {
  Object.defineProperty(navigator, 'userAgent', { configurable: true, value: userAgent });
  Object.defineProperty(navigator, 'maxTouchPoints', { configurable: true, value: maxTouchPoints });
  return () => {
    Reflect.deleteProperty(navigator, 'userAgent');
    Reflect.deleteProperty(navigator, 'maxTouchPoints');
  };
}

export const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

/**
 * A notebook that already holds these people and organisations, unlocked
 * through the app as a person would, on the People screen.
 */
export async function renderUnlockedWith(people: Person[], organisations: Organisation[] = []): Promise<Harness> {
  const name = freshName();
  const earlier = new NotebookSession({ name, kdf: FAST_KDF });
  await earlier.start();
  await earlier.create(PASSPHRASE);
  for (const entry of people) await earlier.savePerson(entry);
  for (const entry of organisations) await earlier.saveOrganisation(entry);
  earlier.lock();
  const harness = await renderApp({ session: new NotebookSession({ name, kdf: FAST_KDF }) });
  await submitPassphrase(harness.user, PASSPHRASE);
  await findTheList();
  return harness;
}

/** Drivers shared by the end-to-end tests, so each test reads like the behaviour. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppLanguageCode } from '../src/domain/app-languages';
import { languageInfo } from '../src/ui/languages';

export const PASSPHRASE = 'river lantern quietly seven';

export async function createNotebook(page: Page, passphrase = PASSPHRASE, url = '/'): Promise<void> {
  await page.goto(url);
  await chooseLanguage(page, 'English');
  await page.getByLabel('Choose a passphrase').fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Create my notebook' }).click();
  // Key derivation is deliberately slow; allow for a busy machine.
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
}

/** The first screen on a new device: the language, each named in itself. */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Open' }).click();
}

export async function addPerson(page: Page, label: string, phone: string): Promise<void> {
  await page.getByRole('button', { name: 'Add someone' }).click();
  await page.getByLabel('Name to show').fill(label);
  await page.getByLabel('Phone number').fill(phone);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(label, { exact: true })).toBeVisible();
}

/** Everything the page's origin keeps: every IndexedDB store, web storage, caches, cookies. */
export async function dumpOriginStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const decode = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) value = new Uint8Array(value);
      if (ArrayBuffer.isView(value)) {
        const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return {
          utf8: new TextDecoder().decode(bytes),
          latin1: Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''),
        };
      }
      if (Array.isArray(value)) return value.map(decode);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner)]));
      }
      return value;
    };
    const out: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        out[`idb:${info.name}/${store}`] = decode(rows);
      }
      db.close();
    }
    out.localStorage = { ...localStorage };
    out.sessionStorage = { ...sessionStorage };
    out.cookies = document.cookie;
    const cached: Record<string, string> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached[`${name} ${request.url}`] = response ? await response.text() : '';
      }
    }
    out.caches = cached;
    return JSON.stringify(out);
  });
}

/** A language the app offers, by its code, as src/ui/languages.ts lists them. */
export type LanguageCode = AppLanguageCode;

/**
 * The app's words in one language, read from its translation files, so a test
 * can find a button by what a person reading that language sees.
 * `words('es')('people:add')` is "Añadir una persona"; `{{…}}` is filled from `values`.
 */
export function words(language: LanguageCode): (key: string, values?: Record<string, string | number>) => string {
  const files = new Map<string, unknown>();
  return (key, values = {}) => {
    const split = key.indexOf(':');
    const namespace = split < 0 ? 'common' : key.slice(0, split);
    const path = key.slice(split + 1);
    let file = files.get(namespace);
    if (file === undefined) {
      file = JSON.parse(readFileSync(join('locales', language, `${namespace}.json`), 'utf8'));
      files.set(namespace, file);
    }
    let found: unknown = file;
    for (const part of path.split('.')) {
      found = found !== null && typeof found === 'object' ? (found as Record<string, unknown>)[part] : undefined;
    }
    if (typeof found !== 'string') throw new Error(`no text for ${key} in ${language}`);
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
  };
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name with `{{…}}` left unfilled, matched whatever fills it. */
export function pattern(text: string): RegExp {
  return new RegExp(`^${literally(text).replace(/\\\{\\\{\w+\\\}\\\}/g, '.+')}$`);
}

/**
 * Walks every screen of the app in one language, from the first screen on a
 * new device to the unlock screen, and calls `visit` on each with its name.
 * Along the way it creates a notebook with two people (one to contact first,
 * with a question answered) and one organisation.
 */
export async function walkEveryScreen(
  page: Page,
  language: LanguageCode,
  visit: (name: string) => Promise<void>,
): Promise<void> {
  const t = words(language);
  const name = languageInfo(language).name;
  const button = (text: string) => page.getByRole('button', { name: text, exact: true });
  const section = (key: 'home' | 'steps' | 'help' | 'settings') =>
    page.getByRole('navigation', { name: t('nav.label') }).getByRole('button', { name: t(`nav.${key}`), exact: true });
  const openStep = async (step: number) => {
    await section('steps').click();
    await page.getByRole('button', { name: pattern(t('guide:open', { step })) }).click();
  };
  const add = async (label: string, phone: string) => {
    await button(t('people:add')).click();
    await page.getByLabel(t('people:form.label'), { exact: true }).fill(label);
    await page.getByLabel(t('people:form.phone'), { exact: true }).fill(phone);
    await button(t('actions.save')).click();
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  };

  await page.goto('/');
  await visit('language');
  await chooseLanguage(page, name);
  await visit('first run');
  await page.getByLabel(t('setup:passphrase.label'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(t('setup:passphrase.confirmLabel'), { exact: true }).fill(PASSPHRASE);
  await button(t('setup:passphrase.create')).click();
  await expect(page.getByRole('heading', { name: t('people:title'), level: 1 })).toBeVisible({ timeout: 30_000 });
  await visit('empty list');
  await add('Ana', '+1 202 555 0143');
  await add('Bea', '+1 202 555 0178');
  await visit('list');

  await button(`${t('list:actions.details')}: Ana`).click();
  await visit('details');
  await page
    .getByRole('group', { name: t('list:details.category') })
    .getByRole('radio', { name: new RegExp(literally(t('list:categories.primary')), 'i') })
    .check();
  await button(t('actions.save')).click();
  await button(t('people:emergency')).click();
  await visit('emergency');

  await section('steps').click();
  await visit('steps');
  await openStep(1);
  await page.locator('details.circle summary').first().click();
  await visit('circles');
  await openStep(2);
  await visit('screening chooser');
  await page
    .getByRole('button', { name: pattern(`${t('guide:screening.start')}: {{label}}`) })
    .first()
    .click();
  await visit('screening introduction');
  await button(t('screening:parts.start')).click();
  await visit('screening question');
  await button(t('screening:answers.yes')).click();
  await button(t('screening:nav.seeSuggestion')).click();
  await visit('suggestion');

  await openStep(3);
  await visit('organisations');
  await button(t('organisations:add.action')).click();
  await visit('add organisation');
  await page.getByLabel(t('organisations:name.label'), { exact: true }).fill('Centro');
  await button(t('actions.save')).click();
  await expect(page.getByRole('heading', { name: 'Centro', level: 1 })).toBeVisible();
  await visit('organisation');
  await openStep(4);
  await visit('the list as a step');

  for (const task of ['review', 'paper', 'backup', 'contacts'] as const) {
    await openStep(5);
    if (task === 'review') await visit('keep it up to date');
    await button(t(`review:keep.${task}.open`)).click();
    await visit(task);
  }

  await section('help').click();
  await visit('help');
  const topics = await page.locator('.help-topic__open').allTextContents();
  for (const topic of topics) {
    await section('help').click();
    await button(topic).click();
    await visit(`help: ${topic}`);
  }

  await section('settings').click();
  await visit('settings');
  await button(t('actions.lock')).click();
  await expect(page.getByLabel(t('unlock:label'), { exact: true })).toBeVisible();
  await visit('unlock');
}

/**
 * Every tap and every typed character through one door, so a test can say how
 * much a person has to do. A filled field counts its characters as keystrokes.
 */
export function inputCounter() {
  let taps = 0;
  let keys = 0;
  return {
    async tap(target: Locator): Promise<void> {
      taps++;
      await target.click();
    },
    async check(target: Locator): Promise<void> {
      taps++;
      await target.check();
    },
    async select(target: Locator, value: string): Promise<void> {
      taps++;
      await target.selectOption(value);
    },
    /** A tap into the field, then the text typed. */
    async fill(target: Locator, text: string): Promise<void> {
      taps++;
      keys += text.length;
      await target.fill(text);
    },
    /** Text typed where the focus already is. */
    async type(page: Page, text: string): Promise<void> {
      keys += text.length;
      await page.keyboard.type(text);
    },
    get taps(): number {
      return taps;
    },
    get keys(): number {
      return keys;
    },
  };
}

/** Drivers shared by the end-to-end tests, so each test reads like the behaviour. */
import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'river lantern quietly seven';

export async function createNotebook(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.goto('/');
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

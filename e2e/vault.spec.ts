import { expect, test } from '@playwright/test';
import { addPerson, createNotebook, dumpOriginStorage, PASSPHRASE, unlock } from './helpers';

test.describe('the encrypted notebook', () => {
  test('keeps a person encrypted at rest, locks on reload, and opens only with the right passphrase', async ({
    page,
  }) => {
    const label = 'Marigold-Xq7';
    const phoneDigits = '4155550172';
    await createNotebook(page);
    await addPerson(page, label, `(415) 555-0172`);
    await expect(page.getByRole('link', { name: `Call: ${label}, (415) 555-0172` })).toHaveAttribute(
      'href',
      `tel:+1${phoneDigits}`,
    );

    const stored = await dumpOriginStorage(page);
    expect(stored).toContain('idb:notebook/people');
    for (const marker of [label, phoneDigits, '555-0172', '+14155550172', PASSPHRASE]) {
      expect(stored.includes(marker), `"${marker}" must not be readable anywhere in the origin's storage`).toBe(false);
    }

    await page.reload();
    await expect(page.getByLabel('Passphrase')).toBeVisible();
    await expect(page.getByText(label)).toHaveCount(0);

    await unlock(page, 'not the right words');
    await expect(page.getByText('That passphrase does not open this notebook', { exact: false })).toBeVisible();
    await expect(page.getByText(label)).toHaveCount(0);

    await unlock(page);
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  });

  test('edits, removes and brings back a person with undo', async ({ page }) => {
    await createNotebook(page);
    await addPerson(page, 'Rosa', '+52 55 1234 5678');
    await page.getByRole('button', { name: 'Details: Rosa' }).click();
    await page.getByLabel('Name to show in this app').fill('Rosa M');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Rosa M', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Remove: Rosa M' }).click();
    await expect(page.getByText('Rosa M was removed.')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Rosa M', { exact: true })).toBeVisible();
  });

  test('keeps a number it cannot check as typed: the person is saved, and Details says so gently', async ({ page }) => {
    await createNotebook(page);
    await page.getByRole('button', { name: 'Add someone' }).click();
    await page.getByLabel('Name to show').fill('Tomas');
    await page.getByLabel('Phone number').fill('ask at the bakery');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Tomas is saved.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Details: Tomas' }).click();
    await expect(page.getByText('We could not check this number. It is kept as you typed it.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /Number/ }).first()).toHaveValue('ask at the bakery');
  });

  test('changes the passphrase, then deletes everything after a clear confirmation', async ({ page }) => {
    await createNotebook(page);
    await addPerson(page, 'Lin', '+1 202 555 0188');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    await page.getByLabel('New passphrase', { exact: true }).fill('a different long passphrase');
    await page.getByLabel('Type the new passphrase again').fill('a different long passphrase');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(page.getByText('Your passphrase has been changed', { exact: false })).toBeVisible();

    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page, 'a different long passphrase');
    await expect(page.getByText('Lin', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    // Nothing is left, not even the language: the first screen asks for it again.
    await expect(page.getByRole('heading', { name: 'Choose your language', level: 1 })).toBeVisible();
    const stored = JSON.parse(await dumpOriginStorage(page)) as Record<string, unknown>;
    expect(stored['idb:notebook/keystore']).toEqual([]);
    expect(stored['idb:notebook/people']).toEqual([]);
    expect(stored.localStorage).toEqual({});
  });

  test('creates and opens the notebook while the browser never answers whether it will keep it', async ({ page }) => {
    // Firefox answers persist() only when the person answers its question; here nobody ever does.
    await page.addInitScript(() => {
      StorageManager.prototype.persist = () => new Promise<boolean>(() => undefined);
    });
    await createNotebook(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(
      page.getByText('This browser was asked to keep your notebook and has not answered yet.'),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
  });
});

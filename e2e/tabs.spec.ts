/**
 * The notebook open in two tabs of one browser: a lock in one reaches the
 * other at once, so nothing stays open behind the person's back; a save in
 * one shows in the other, and two edits of one person never overwrite each
 * other silently.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, createNotebook, unlock } from './helpers';

/** A second tab on the same notebook, unlocked, showing the list. */
async function secondTab(first: Page): Promise<Page> {
  const second = await first.context().newPage();
  await second.goto('/');
  await unlock(second);
  await expect(second.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(second.getByText('Marigold', { exact: true })).toBeVisible();
  return second;
}

test.describe('two tabs', () => {
  test('Lock in one tab shows the unlock screen in the other, with nothing of the list left', async ({ page }) => {
    await createNotebook(page);
    await addPerson(page, 'Marigold', '+1 202 555 0143');
    const other = await secondTab(page);

    // Opening the second tab left the first one open: only a lock chosen by the person reaches the other tab.
    await expect(page.getByText('Marigold', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByLabel('Passphrase')).toBeVisible();

    await expect(other.getByLabel('Passphrase')).toBeVisible();
    await expect(other.getByText('Marigold')).toHaveCount(0);
    await expect(other.getByRole('button', { name: 'Lock' })).toHaveCount(0);
  });

  test('the quick exit in one tab locks the other', async ({ page }) => {
    await createNotebook(page);
    await addPerson(page, 'Marigold', '+1 202 555 0143');
    const other = await secondTab(page);

    await expect(page.getByText('Marigold', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect(page).not.toHaveURL(/\/$/);

    await expect(other.getByLabel('Passphrase')).toBeVisible();
    await expect(other.getByText('Marigold')).toHaveCount(0);
  });

  test('"delete everything" in one tab leaves the other on the first screen, as on a new phone, with no other message', async ({
    page,
  }) => {
    await createNotebook(page);
    await addPerson(page, 'Marigold', '+1 202 555 0143');
    const other = await secondTab(page);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByRole('heading', { name: 'Choose your language', level: 1 })).toBeVisible();

    await expect(other.getByRole('heading', { name: 'Choose your language', level: 1 })).toBeVisible();
    await expect(other.getByText('Marigold')).toHaveCount(0);
    await expect(other.getByText('newer version', { exact: false })).toHaveCount(0);
    await expect(other.getByRole('button', { name: 'Reload' })).toHaveCount(0);
  });

  test('someone added in one tab appears in the other without a reload', async ({ page }) => {
    await createNotebook(page);
    await addPerson(page, 'Marigold', '+1 202 555 0143');
    const other = await secondTab(page);
    await addPerson(page, 'Juniper', '+1 202 555 0199');
    await expect(other.getByText('Juniper', { exact: true })).toBeVisible();
  });

  test('the same detail changed in both tabs: the second save asks which to keep, and keeps the choice', async ({
    page,
  }) => {
    await createNotebook(page);
    await addPerson(page, 'Marigold', '+1 202 555 0143');
    const other = await secondTab(page);
    for (const tab of [page, other]) await tab.getByRole('button', { name: 'Details: Marigold' }).click();

    await page.getByLabel('Notes').fill('Written in the first tab.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Add someone' })).toBeVisible();

    await other.getByLabel('Notes').fill('Written in the second tab.');
    await other.getByRole('button', { name: 'Save' }).click();
    await expect(other.getByText('Changed in another tab too')).toBeVisible();
    await expect(other.locator('.unsaved li')).toHaveText(['Notes']);
    await other.getByRole('button', { name: 'Keep what I wrote here' }).click();
    await expect(other.getByRole('button', { name: 'Add someone' })).toBeVisible();

    await page.getByRole('button', { name: 'Details: Marigold' }).click();
    await expect(page.getByLabel('Notes')).toHaveValue('Written in the second tab.');
  });
});

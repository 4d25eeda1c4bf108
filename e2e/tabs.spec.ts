/**
 * The notebook open in two tabs of one browser: a lock in one reaches the
 * other at once, so nothing stays open behind the person's back.
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
});

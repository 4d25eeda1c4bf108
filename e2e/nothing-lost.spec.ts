/**
 * Nothing typed is lost: a number abroad typed without + is read in the
 * person's country, a number the app cannot check is kept as typed with the
 * rest of the form, and leaving by the top bar with changes not saved asks.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, createNotebook } from './helpers';

const NOTE = 'We could not check this number. It is kept as you typed it.';

async function openDetails(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Your list', exact: true }).click();
  await page.getByRole('button', { name: `Details: ${label}` }).click();
  await expect(page.getByRole('heading', { name: `Details for ${label}`, level: 2 })).toBeVisible();
}

async function saveDetails(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible();
}

test('a number abroad typed without + saves in the international form of the country chosen for the person', async ({
  page,
}) => {
  await createNotebook(page);
  await addPerson(page, 'Lupe', '');
  await openDetails(page, 'Lupe');
  await page.getByLabel('Group').selectOption({ label: 'Family in your country of origin' });
  await page.getByLabel('Country of their phone numbers').selectOption({ label: 'Mexico' });
  await page.getByRole('textbox', { name: 'Number 1', exact: true }).fill('55 8765 4321');
  await saveDetails(page);

  await expect(page.getByText('+52 55 8765 4321')).toBeVisible();
  await expect(page.getByRole('link', { name: /Call: Lupe/ })).toHaveAttribute('href', 'tel:+525587654321');
});

test('a number the app cannot check saves with the rest of the form, and shows as typed with a gentle note', async ({
  page,
}) => {
  await createNotebook(page);
  await addPerson(page, 'Ana', '202 555 0143');
  await openDetails(page, 'Ana');
  await page.getByLabel('Relationship').fill('Cousin');
  await page.getByRole('button', { name: 'Add another number' }).click();
  await page.getByRole('textbox', { name: 'Number 2', exact: true }).fill('ask at the shop');
  await saveDetails(page);

  await expect(page.getByText('ask at the shop')).toBeVisible();
  await openDetails(page, 'Ana');
  await expect(page.getByLabel('Relationship')).toHaveValue('Cousin');
  const second = page.getByRole('textbox', { name: 'Number 2', exact: true });
  await expect(second).toHaveValue('ask at the shop');
  await expect(second).not.toHaveAttribute('aria-invalid', 'true');
  await expect(second).toHaveAccessibleDescription(NOTE);
});

test('leaving by the top bar with changes not saved asks first, and staying keeps them', async ({ page }) => {
  await createNotebook(page);
  await addPerson(page, 'Ana', '202 555 0143');
  await openDetails(page, 'Ana');
  await page.getByLabel('Relationship').fill('Cousin');
  const nav = page.getByRole('navigation', { name: 'Sections' });

  await nav.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.getByText('Some changes are not saved yet')).toBeVisible();
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByRole('heading', { name: 'Details for Ana', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Relationship')).toHaveValue('Cousin');

  await nav.getByRole('button', { name: 'Help', exact: true }).click();
  await page.getByRole('button', { name: 'Go back without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Details for Ana', level: 2 })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: 'Help', exact: true })).toHaveAttribute('aria-current', 'page');
});

/**
 * A survivor in a hurry: from the unlocked list to a first contact with a
 * phone number in at most 8 taps (typing aside), with nothing else required.
 * Every tap the test makes goes through one counter, so the figure is what a
 * person would do.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { chooseLanguage, createNotebook, PASSPHRASE } from './helpers';

const MOST_TAPS = 8;

/** Taps through one door, so they can be counted. */
function tapCounter() {
  let taps = 0;
  return {
    async tap(target: Locator): Promise<void> {
      taps++;
      await target.click();
    },
    get count(): number {
      return taps;
    },
  };
}

test('a first contact with a number is saved in at most 8 taps, and is listed to contact first with a working Call', async ({
  page,
}) => {
  await createNotebook(page);
  const taps = tapCounter();

  await taps.tap(page.getByRole('button', { name: 'Add someone' }));
  // The name field has the focus: the name is typed at once.
  await expect(page.getByLabel('Name to show')).toBeFocused();
  await page.keyboard.type('Marisol');
  await taps.tap(page.getByLabel('Phone number'));
  await page.keyboard.type('202 555 0143');
  await taps.tap(page.getByRole('checkbox', { name: 'Someone to contact first?' }));
  await taps.tap(page.getByRole('button', { name: 'Save' }));

  const group = page.getByRole('region', { name: 'People to contact first' });
  const row = group.getByRole('listitem').filter({ hasText: 'Marisol' });
  await expect(row).toBeVisible();
  console.log(`Taps from the unlocked list to a saved first contact with a number: ${taps.count}`);
  expect(taps.count).toBeLessThanOrEqual(MOST_TAPS);

  // The focus is on them, and the next steps are offered, not required.
  await expect(row.locator('.person__label')).toBeFocused();
  await expect(row.getByText('Marisol is saved.')).toBeVisible();
  await expect(row.getByRole('button', { name: 'Answer a few questions: Marisol' })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Details: Marisol' })).toBeVisible();

  const call = row.getByRole('link', { name: 'Call: Marisol, (202) 555-0143' });
  await expect(call).toHaveAttribute('href', 'tel:+12025550143');
  await expect(row.getByRole('link', { name: 'Text: Marisol, (202) 555-0143' })).toHaveAttribute(
    'href',
    'sms:+12025550143',
  );

  // A tap on Call shows the note about call logs once, then goes on to the tel: link.
  await call.click();
  await expect(page.getByRole('alert').getByText('Before you call or text')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert').getByText('Before you call or text')).toBeHidden();
  // A tel: link hands over to the phone; the app stays on the list.
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible();
});

const SCREENSHOT_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'ar', name: 'العربية' },
] as const;

/** The first run in another language: the names on the screens come from its locale files. */
async function createNotebookIn(page: Page, language: string): Promise<void> {
  await page.goto('/');
  await chooseLanguage(page, language);
  const passphrase = page.locator('input[type="password"]');
  await passphrase.nth(0).fill(PASSPHRASE);
  await passphrase.nth(1).fill(PASSPHRASE);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('.add-button')).toBeVisible({ timeout: 30_000 });
}

for (const { code, name } of SCREENSHOT_LANGUAGES) {
  test(`the quick path at 360 px in ${code}`, async ({ page }, testInfo) => {
    await createNotebookIn(page, name);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await page.screenshot({ path: testInfo.outputPath(`quick-home-${code}.png`) });
    await page.locator('.add-button').click();
    const form = page.locator('form.quick-add');
    await page.keyboard.type(code === 'ar' ? 'مريم' : 'Marisol');
    await form.locator('input[type="tel"]').click();
    await page.keyboard.type('202 555 0143');
    await form.locator('input[type="checkbox"]').click();
    await page.screenshot({ path: testInfo.outputPath(`quick-form-${code}.png`) });
    await form.locator('button[type="submit"]').click();
    await expect(page.locator('.person--added')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`quick-saved-${code}.png`) });
    // Nothing is wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

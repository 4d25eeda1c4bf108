/**
 * Switching to Arabic with the network off: the whole page turns right to
 * left, the text is Arabic, nothing is wider than the phone, numbers stay
 * left to right, and the quick exit leaves for the Arabic page.
 */
import { expect, test } from '@playwright/test';
import { addPerson, createNotebook } from './helpers';

test('switching to Arabic offline turns the page right to left, and the quick exit still works', async ({
  page,
  context,
}, testInfo) => {
  await createNotebook(page);
  await addPerson(page, 'Ana', '+1 202 555 0143');
  // After the first visit everything, every language included, is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  await context.setOffline(true);

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإعدادات');

  const nav = page.getByRole('navigation').first();
  await nav.getByRole('button').first().click();
  await expect(page.getByText('Ana', { exact: true })).toBeVisible();
  const number = page.locator('.contact-links__number').first();
  await expect(number).toHaveAttribute('dir', 'ltr');
  await expect(number).toHaveText('(202) 555-0143');

  // The layout mirrors: the first navigation button sits at the right-hand edge.
  const first = await nav.getByRole('button').first().boundingBox();
  const last = await nav.getByRole('button').last().boundingBox();
  expect(first && last && first.x > last.x).toBe(true);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('arabic-list.png'), fullPage: true });

  await page.getByRole('button', { name: 'مساعدة' }).click();
  await page.screenshot({ path: testInfo.outputPath('arabic-help.png'), fullPage: true });

  // The quick exit, found by its place rather than its English name.
  await page.locator('.quick-exit__button').click();
  await page.waitForURL(/\/exit\/ar\/recipes\.html$/);
  await page.goBack();
  await expect(page.getByText('Ana', { exact: true })).toHaveCount(0);
});

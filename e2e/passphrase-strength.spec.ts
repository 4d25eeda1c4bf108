/**
 * The passphrase strength estimate on the create screen: it explains a weak
 * passphrase in the person's language, works offline from the service
 * worker's cache (without the language's word list, which is fetched only
 * when needed), passes axe's WCAG A and AA rules, and is never loaded by the
 * unlock screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { chooseLanguage, createNotebook, type LanguageCode, words } from './helpers';

const ESTIMATOR_CHUNK = /\/assets\/(estimator[\w.]*|strength-[\w-]+)-[\w-]+\.js$/;

/**
 * The scripts the pages and their workers ask for from now on, by URL, the
 * ones the service worker answers from its cache included (but not its own
 * precaching).
 */
function requestedScripts(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker() === null && request.url().endsWith('.js')) urls.push(request.url());
  });
  return urls;
}

async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

const CASES: readonly { code: LanguageCode; name: string; dictionary: RegExp }[] = [
  { code: 'en', name: 'English', dictionary: /strength-en-/ },
  { code: 'ar', name: 'العربية', dictionary: /strength-ar-/ },
];

for (const { code, name, dictionary } of CASES) {
  test(`explains offline, in ${name}, why "12345678" is easy to guess, and still lets it be used`, async ({
    page,
    context,
  }, testInfo) => {
    const t = words(code);
    const scripts = requestedScripts(context);
    await page.goto('/');
    await controlledByServiceWorker(page);
    await context.setOffline(true);
    await chooseLanguage(page, name);
    expect(scripts.filter((url) => ESTIMATOR_CHUNK.test(url))).toEqual([]);

    await page.getByLabel(t('setup:passphrase.label')).fill('12345678');
    const estimate = page.locator('.strength');
    await expect(estimate.getByText(t('setup:strength.level.easy'), { exact: true })).toBeVisible();
    await expect(estimate).toContainText(t('setup:strength.reason.common'));
    await expect(estimate).toContainText(t('setup:strength.help.unrelatedWords'));
    await expect(estimate).toContainText(t('setup:strength.stillYours'));
    expect(scripts.some((url) => /\/assets\/estimator\.worker-/.test(url))).toBe(true);
    // The language's word list is not shipped with the app (it weighs megabytes): offline on a
    // first visit it cannot come, and the estimate still knows common passwords and patterns.
    expect(scripts.some((url) => dictionary.test(url))).toBe(true);

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByLabel(t('setup:passphrase.confirmLabel')).fill('12345678');
    await estimate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`create-weak-${code}.png`), fullPage: true });

    await page.getByRole('button', { name: t('setup:passphrase.create') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('list:title'), { timeout: 30_000 });
  });
}

test('the unlock screen loads none of the strength estimator', async ({ page, context }) => {
  await createNotebook(page);
  const scripts = requestedScripts(context);
  await page.reload();
  await expect(page.getByLabel('Passphrase')).toBeVisible();
  await page.getByLabel('Passphrase').fill('12345678');
  // Longer than the estimate's pause after typing: it would have loaded by now on a screen that has it.
  await page.waitForTimeout(1000);
  expect(scripts.some((url) => /\/assets\/index-/.test(url))).toBe(true);
  expect(scripts.filter((url) => ESTIMATOR_CHUNK.test(url))).toEqual([]);
});

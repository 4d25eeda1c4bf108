import { expect, type Page, test } from '@playwright/test';
import { BASE_URL } from '../playwright.config';
import { EXIT_PAGE_IDS, exitUrl } from '../src/safety/exit-pages';
import { LANGUAGES } from '../src/ui/languages';
import { addPerson, createNotebook, PASSPHRASE, unlock } from './helpers';

const ORIGIN = BASE_URL;

/** Words that would say what the app is for, in English and Spanish. */
const PURPOSE_WORDS = [
  'safe',
  'safety',
  'violence',
  'abuse',
  'abusive',
  'immigra',
  'help',
  'contact',
  'shelter',
  'hotline',
  'domestic',
  'victim',
  'survivor',
  'police',
  'emergenc',
  'escape',
  'seguridad',
  'seguro',
  'violencia',
  'abuso',
  'inmigra',
  'ayuda',
  'contacto',
  'refugio',
  'víctima',
  'sobreviviente',
  'policía',
];

function purposeWordsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return PURPOSE_WORDS.filter((word) => lower.includes(word));
}

async function expectExitPage(page: Page) {
  await page.waitForURL(`${ORIGIN}/exit/recipes.html`);
  await expect(page).toHaveTitle('Easy weeknight recipes');
}

test.describe('no network trail', () => {
  test('makes no request outside its own origin, then works offline after the first visit', async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));

    await createNotebook(page);
    await addPerson(page, 'Ana', '+1 415 555 0100');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);

    expect(requests.length).toBeGreaterThan(0);
    const elsewhere = requests.filter((url) => !url.startsWith(`${ORIGIN}/`));
    expect(elsewhere).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await unlock(page);
    await expect(page.getByText('Ana', { exact: true })).toBeVisible();
    await addPerson(page, 'Bo', '+44 20 7946 0958');
    await page.getByRole('button', { name: 'Steps', exact: true }).click();
    for (const [step, heading] of [
      ['The people in your life', 'The people in your life'],
      ['Who may be safer to trust', 'Who may be safer to trust'],
      ['Community organisations', 'Organisations'],
    ]) {
      await page.getByRole('button', { name: new RegExp(`Open step \\d: ${step}`) }).click();
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Steps', exact: true }).click();
    }
    await page.getByRole('button', { name: 'Your list', exact: true }).click();
    await page.getByRole('button', { name: 'Answer a few questions: Bo' }).click();
    await expect(page.getByRole('heading', { name: /^Questions about .Bo.$/, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Your list', exact: true }).click();
    await page.getByRole('button', { name: 'Details: Bo' }).click();
    await expect(page.getByLabel('Name to show in this app')).toHaveValue('Bo');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Exit: leave this page now' }).click();
    await expectExitPage(page);
    expect(requests.filter((url) => !url.startsWith(`${ORIGIN}/`))).toEqual([]);
  });

  test('the production page carries a Content-Security-Policy that allows only its own origin', async ({ page }) => {
    await page.goto('/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });
});

test.describe('quick exit', () => {
  test('the Exit button covers, locks and leaves for an ordinary page; Back shows nothing of the notebook', async ({
    page,
  }) => {
    await createNotebook(page);
    await addPerson(page, 'Marisol', '+1 415 555 0101');
    await page.getByRole('button', { name: 'Exit: leave this page now' }).click();
    await expectExitPage(page);

    await page.goBack();
    await expect(page.getByText('Marisol')).toHaveCount(0);

    await page.goto('/');
    await expect(page.getByLabel('Passphrase')).toBeVisible();
    await expect(page.getByText('Marisol')).toHaveCount(0);
  });

  test('is on the first-run and unlock screens too, and stays in view while scrolling', async ({ page }) => {
    await page.goto('/');
    const exit = page.getByRole('button', { name: 'Exit: leave this page now' });
    await expect(exit).toBeInViewport();
    await page.mouse.wheel(0, 2000);
    await expect(exit).toBeInViewport();
    const box = await exit.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);

    await createNotebook(page);
    await page.reload();
    await expect(page.getByLabel('Passphrase')).toBeVisible();
    await exit.click();
    await expectExitPage(page);
  });

  test('pressing Shift three times leaves, and says how many presses are left', async ({ page }) => {
    await createNotebook(page);
    await addPerson(page, 'Yusuf', '+1 415 555 0102');
    await page.keyboard.press('Shift');
    await expect(page.getByTestId('exit-status')).toHaveText('Press Shift 2 more times to leave this page.');
    await page.keyboard.press('Shift');
    await expect(page.getByTestId('exit-status')).toHaveText('Press Shift 1 more time to leave this page.');
    await page.keyboard.press('Shift');
    await expectExitPage(page);
    await page.goBack();
    await expect(page.getByText('Yusuf')).toHaveCount(0);
  });

  test('Shift twice then another key does not leave, and the count runs out after five seconds', async ({ page }) => {
    await createNotebook(page);
    // The page's clock stands still from here, so the five seconds pass only when the test says.
    // It is installed once the notebook is open: unlocking runs on real time.
    await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
    await page.clock.pauseAt(new Date('2026-03-02T09:00:01Z'));
    const status = page.getByTestId('exit-status');

    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await expect(status).toHaveText('');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(`${ORIGIN}/`);

    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Press Shift 1 more time to leave this page.');
    await page.clock.runFor(4900);
    await expect(status).toHaveText('Press Shift 1 more time to leave this page.');
    await page.clock.runFor(100);
    await expect(status).toHaveText('Shift count reset.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Press Shift 2 more times to leave this page.');
    await expect(page).toHaveURL(`${ORIGIN}/`);
    await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible();
  });
});

test.describe('the quick exit in the language of the app', () => {
  test('the service worker keeps every language’s exit pages for offline use', async ({ request }) => {
    const worker = await (await request.get('/sw.js')).text();
    for (const { code } of LANGUAGES) {
      for (const page of EXIT_PAGE_IDS) {
        expect(worker, `${code} ${page}`).toContain(`url:"${exitUrl(page, code).slice(1)}"`);
      }
    }
  });

  test('in Spanish the Exit button leaves for the Spanish recipes; Back shows nothing of the notebook', async ({
    page,
  }) => {
    await createNotebook(page);
    await addPerson(page, 'Marisol', '+1 415 555 0101');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption({ label: 'Español' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('button', { name: 'Salir' }).click();
    await page.waitForURL(`${ORIGIN}/exit/es/recipes.html`);
    await expect(page).toHaveTitle('Recetas fáciles para entre semana');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.goBack();
    await expect(page.getByText('Marisol')).toHaveCount(0);
  });

  test('in Arabic, offline, the quick exit leaves for an Arabic calculator that works', async ({ page, context }) => {
    await createNotebook(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Page to show when you press Exit').selectOption({ label: 'A calculator' });
    await context.setOffline(true);
    await page.getByLabel('Language').selectOption({ label: 'العربية' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

    await page.locator('.quick-exit__button').click();
    await page.waitForURL(`${ORIGIN}/exit/ar/calculator.html`);
    await expect(page).toHaveTitle('الآلة الحاسبة');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    for (const key of ['7', '*', '6', '=']) await page.locator(`button[data-key="${key}"]`).click();
    await expect(page.locator('#display')).toHaveText('٤٢');
  });
});

test.describe('neutral identity', () => {
  test('no manifest, screen title or the unlock screen names what the app is for', async ({ page, request }) => {
    for (const identity of ['notebook', 'recipes', 'lists']) {
      const manifest = await (await request.get(`/manifests/${identity}.webmanifest`)).text();
      expect(purposeWordsIn(manifest), `manifest ${identity}`).toEqual([]);
    }
    await page.goto('/');
    const titles = [await page.title()];
    await createNotebook(page);
    titles.push(await page.title());
    await page.getByRole('button', { name: 'Settings' }).click();
    titles.push(await page.title());
    await page.reload();
    await expect(page.getByLabel('Passphrase')).toBeVisible();
    titles.push(await page.title());
    for (const title of titles) expect(purposeWordsIn(title), title).toEqual([]);
    expect(purposeWordsIn((await page.locator('body').textContent()) ?? '')).toEqual([]);
  });

  test('choosing another name and icon swaps the manifest and the title', async ({ page }) => {
    await createNotebook(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Recipes' }).check();
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifests/recipes.webmanifest');
    await expect(page).toHaveTitle('Recipes');
    await page.reload();
    await expect(page).toHaveTitle('Recipes');
    await expect(page.getByRole('heading', { name: 'Recipes', level: 1 })).toBeVisible();
  });
});

test.describe('auto-lock', () => {
  test('locks after the chosen time without use', async ({ page }) => {
    await createNotebook(page);
    await addPerson(page, 'Idris', '+1 415 555 0103');
    await page.clock.install();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Lock after this long without use').selectOption('1');
    await expect(page.getByText('Saved.')).toBeVisible();
    await page.clock.fastForward('01:05');
    await expect(page.getByLabel('Passphrase')).toBeVisible();
    await expect(page.getByText('Idris')).toHaveCount(0);
  });

  test('covers the page and locks when it is hidden', async ({ page }) => {
    await createNotebook(page);
    await addPerson(page, 'Noor', '+1 415 555 0104');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await page.evaluate(() => document.documentElement.classList.contains('covered'))).toBe(true);
    await expect(page.locator('#root')).toBeHidden();
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(page.getByLabel('Passphrase')).toBeVisible();
    await expect(page.getByText('Noor')).toHaveCount(0);
    await unlock(page, PASSPHRASE);
    await expect(page.getByText('Noor', { exact: true })).toBeVisible();
  });
});

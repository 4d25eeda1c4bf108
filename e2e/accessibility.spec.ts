/**
 * Accessibility on every screen: axe with the WCAG 2.0, 2.1 and 2.2 A and AA
 * rules, nothing wider than a 320 px phone, touch targets of at least 44 px,
 * text at 200% without loss, and a walk with the keyboard only.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { EXIT_PAGE_IDS, exitUrl } from '../src/safety/exit-pages';
import { LANGUAGES } from '../src/ui/languages';
import { addPerson, chooseLanguage, PASSPHRASE } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface ScreenProblems {
  axe: string[];
  overflow: number;
  smallTargets: string[];
}

/** What is wrong with the screen as it is now; empty lists and 0 when all is well. */
async function problemsOn(page: Page): Promise<ScreenProblems> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const axe = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  const { overflow, smallTargets } = await page.evaluate(() => {
    const root = document.documentElement;
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, summary, textarea',
    )) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A checkbox or radio counts with its label, which is the target a finger hits.
      const target =
        element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')
          ? (element.closest('label')?.getBoundingClientRect() ?? box)
          : box;
      if (target.height < 44 || target.width < 44) {
        small.push(
          `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(target.width)}x${Math.round(target.height)}`,
        );
      }
    }
    // The page scrolls inside its own box above the bottom bar: anything too wide shows there.
    const scroller = document.querySelector('.shell__page') ?? root;
    const overflow = Math.max(root.scrollWidth - root.clientWidth, scroller.scrollWidth - scroller.clientWidth);
    return { overflow, smallTargets: small };
  });
  return { axe, overflow, smallTargets };
}

const checked: string[] = [];

async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150);
  const problems = await problemsOn(page);
  checked.push(name);
  expect(problems, name).toEqual({ axe: [], overflow: 0, smallTargets: [] });
}

async function goToSection(page: Page, name: 'Your list' | 'Steps' | 'Help' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true }).click();
}

async function openStep(page: Page, name: RegExp): Promise<void> {
  await goToSection(page, 'Steps');
  await page.getByRole('button', { name }).click();
}

test.describe('every screen', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('has no WCAG A/AA violations, fits 320 px and has targets of 44 px', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await expectAccessible(page, 'language');
    await chooseLanguage(page, 'English');
    await expectAccessible(page, 'first run');
    await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create my notebook' }).click();
    await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, 'empty list');
    await addPerson(page, 'Ana', '+1 202 555 0143');
    await expectAccessible(page, 'list');

    await page.getByRole('button', { name: 'Details: Ana' }).click();
    await expectAccessible(page, 'details');
    await page
      .getByRole('group', { name: 'Place in your list' })
      .getByRole('radio', { name: /contact first/ })
      .check();
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('button', { name: 'Emergency numbers' }).click();
    await expectAccessible(page, 'emergency view');

    await goToSection(page, 'Steps');
    await expectAccessible(page, 'steps');
    await openStep(page, /Open step 1/);
    await page.locator('details.circle summary').first().click();
    await expectAccessible(page, 'circles');
    await openStep(page, /Open step 2/);
    await expectAccessible(page, 'screening chooser');
    await page.getByRole('button', { name: 'Start: Ana' }).click();
    await expectAccessible(page, 'screening introduction');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expectAccessible(page, 'screening question');
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await page.getByRole('button', { name: 'See the suggestion' }).click();
    await expectAccessible(page, 'suggestion');

    await openStep(page, /Open step 3/);
    await expectAccessible(page, 'organisations');
    await page.getByRole('button', { name: 'Add an organisation' }).click();
    await expectAccessible(page, 'add organisation');
    await page.getByLabel('Name of the organisation').fill('Centro');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Centro', level: 1 })).toBeVisible();
    await expectAccessible(page, 'organisation');

    await openStep(page, /Open step 5/);
    await expectAccessible(page, 'keep it up to date');
    for (const [task, name] of [
      ['Check my list', 'review'],
      ['Make a paper copy', 'paper copy'],
      ['Make or open a protected copy', 'protected copy'],
      ['Make a contacts file', 'contacts file'],
    ] as const) {
      await openStep(page, /Open step 5/);
      await page.getByRole('button', { name: task, exact: true }).click();
      if (name === 'review') {
        await page
          .getByRole('group', { name: /started sharing information/ })
          .getByRole('radio', { name: 'Yes' })
          .check();
      }
      await expectAccessible(page, name);
    }

    await goToSection(page, 'Help');
    await expectAccessible(page, 'help');
    const topics = await page.locator('.help-topic__open').allTextContents();
    expect(topics.length).toBeGreaterThanOrEqual(4);
    for (const topic of topics) {
      await goToSection(page, 'Help');
      await page.getByRole('button', { name: topic, exact: true }).click();
      await expectAccessible(page, `help: ${topic}`);
    }

    await goToSection(page, 'Settings');
    await expectAccessible(page, 'settings');

    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByLabel('Passphrase')).toBeVisible();
    await expectAccessible(page, 'unlock');

    for (const exitPage of ['/exit/recipes.html', '/exit/calculator.html']) {
      await page.goto(exitPage);
      await expectAccessible(page, exitPage);
    }
    expect(checked.length).toBeGreaterThanOrEqual(25);
  });

  test('the exit pages in every language have no WCAG A/AA violations, fit 320 px and have targets of 44 px', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const problems: Record<string, ScreenProblems> = {};
    for (const { code } of LANGUAGES) {
      for (const exitPage of EXIT_PAGE_IDS) {
        const url = exitUrl(exitPage, code);
        await page.goto(url);
        const found = await problemsOn(page);
        if (found.axe.length > 0 || found.overflow > 0 || found.smallTargets.length > 0) problems[url] = found;
      }
    }
    expect(problems).toEqual({});
  });
});

test('text at 200% still fits a 360 px phone, on the list, a question and help', async ({ page }) => {
  await page.goto('/');
  await chooseLanguage(page, 'English');
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my notebook' }).click();
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
  await addPerson(page, 'Ana', '+1 202 555 0143');
  // Through the CSSOM: the page's policy rightly refuses inline style sheets.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const overflow = () =>
    page.evaluate(() => {
      const root = document.documentElement;
      const scroller = document.querySelector('.shell__page') ?? root;
      return Math.max(root.scrollWidth - root.clientWidth, scroller.scrollWidth - scroller.clientWidth);
    });
  expect(await overflow()).toBe(0);
  await page.getByRole('button', { name: 'Answer a few questions: Ana' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  expect(await overflow()).toBe(0);
  await goToSection(page, 'Help');
  expect(await overflow()).toBe(0);
  await goToSection(page, 'Settings');
  expect(await overflow()).toBe(0);
});

test('the whole flow works with the keyboard only', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  // Tab to English and press Enter.
  await tabTo(page, 'English');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Choose a passphrase');
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, 'Type it again');
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, 'Create my notebook');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeFocused({ timeout: 30_000 });

  await tabTo(page, 'Add someone');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Name to show');
  await page.keyboard.type('Ana');
  await tabTo(page, 'Save');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ana', { exact: true })).toBeVisible();

  await tabTo(page, 'Answer a few questions: Ana');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Start');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 1 of 8')).toBeVisible();
  await tabTo(page, 'Yes');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 of 8')).toBeVisible();

  await tabTo(page, 'Help');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await tabTo(page, 'Lock');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Passphrase');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeFocused({ timeout: 30_000 });
  await expect(page.getByText('Ana', { exact: true })).toBeVisible();
});

/** Presses Tab until the focused element has this accessible name (or label), at most 60 times. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelled = element.getAttribute('aria-label');
      if (labelled) return labelled;
      if (element instanceof HTMLInputElement && element.labels?.[0]) return element.labels[0].textContent ?? '';
      return element.textContent ?? '';
    });
    if (focused.trim() === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/**
 * The production page allows nothing but its own origin (vite.config.ts).
 * A walk through the app must not trip that policy even once: a violation
 * is either a request the app should not make or code that works only by
 * luck, and both would show in the console of the survivor's browser.
 */
import { expect, type Page, test } from '@playwright/test';
import { addPerson, createNotebook, PASSPHRASE, unlock } from './helpers';

declare global {
  interface Window {
    policyViolations?: string[];
  }
}

async function recordProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolations?.push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return problems;
}

const violations = (page: Page) => page.evaluate(() => window.policyViolations ?? ['not recorded']);

test('a walk through the app breaks no rule of its Content-Security-Policy and logs no error', async ({ page }) => {
  const problems = await recordProblems(page);

  await createNotebook(page);
  await addPerson(page, 'Ana', '+1 202 555 0143');
  await page.getByRole('button', { name: 'Answer a few questions: Ana' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  await page.getByRole('button', { name: 'See the suggestion' }).click();
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
  for (const section of ['Steps', 'Help', 'Settings']) {
    await page.getByRole('button', { name: section, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Your list', exact: true }).click();
  await expect(page.getByText('Ana', { exact: true })).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

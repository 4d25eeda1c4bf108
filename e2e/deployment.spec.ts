/**
 * A host's own deployment configuration, end to end: the app is built with
 * a custom file (NOTEBOOK_CONFIG) into a folder of its own and served as a
 * static host serves it. Its numbers show on the emergency screen and on the
 * paper copy, its organisation goes into the notebook with one tap, and a
 * later build with new numbers reaches an open app as an offered update that
 * waits while a form has unsaved changes. A file with a mistake stops the
 * build and names the field.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page, test } from '@playwright/test';
import { createNotebook, PASSPHRASE, unlock } from './helpers';
import { serveWithHeaders } from './serve-with-headers.mjs';

const run = promisify(execFile);

/** Beside the suite's own server (E2E_PORT), in the same range. */
const PORT = Number(process.env.E2E_PORT ?? '4173') + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;

const SOURCE = 'Harbour Council, “Help in the city”';

/** A host in another country: its own emergency number, lines, organisation, language order and identities. */
function configuration(lines: { national: string; local: string }) {
  return {
    country: 'GB',
    emergency: { number: '999', source: SOURCE, checkedOn: '2026-12-01' },
    hotlines: [
      {
        name: 'Riverside Helpline',
        number: lines.national,
        reach: 'national',
        hours: 'any',
        languages: 'all',
        source: SOURCE,
        checkedOn: '2026-12-01',
      },
      {
        name: 'Harbour Line',
        number: lines.local,
        reach: 'local',
        hours: 'Monday to Friday, 9 to 5',
        languages: ['en', 'pl'],
        source: SOURCE,
        checkedOn: '2026-12-01',
      },
    ],
    organisations: [
      {
        type: 'immigrant-support',
        name: 'Harbour Welcome Centre',
        phone: '0161 496 0123',
        helps: ['interpreters', 'documents'],
        about: 'Advice and interpreters, no appointment needed.',
        languages: ['pl', 'uk'],
        source: SOURCE,
      },
    ],
    languagesFirst: ['fr', 'es'],
    identities: ['recipes', 'lists'],
  };
}

const BUILD_A = { national: '0808 2000 247', local: '020 7946 0123' };
const BUILD_B = { national: '0808 801 0327', local: '020 7946 0999' };

let work: string;
let site: string;
let server: Server;

async function build(name: string, config: unknown): Promise<string> {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  const outDir = join(work, name);
  await run('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, NOTEBOOK_CONFIG: file },
  });
  return outDir;
}

/** Puts a build where the server serves from, as a host replaces its files. */
function publish(build: string): void {
  for (const entry of readdirSync(site)) rmSync(join(site, entry), { recursive: true, force: true });
  cpSync(build, site, { recursive: true });
}

let buildA: string;
let buildB: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'notebook-deployment-'));
  site = join(work, 'site');
  buildA = await build('build-a', configuration(BUILD_A));
  buildB = await build('build-b', configuration(BUILD_B));
  cpSync(buildA, site, { recursive: true });
  server = await serveWithHeaders(site, PORT);
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

async function goToSection(page: Page, name: 'Your list' | 'Steps' | 'Help'): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true }).click();
}

async function openStep(page: Page, name: RegExp): Promise<void> {
  await goToSection(page, 'Steps');
  await page.getByRole('button', { name }).click();
}

async function expectEmergencyNumbers(page: Page, lines: { national: string; local: string }): Promise<void> {
  await goToSection(page, 'Your list');
  await page.getByRole('button', { name: 'Emergency numbers' }).click();
  await expect(page.getByRole('heading', { name: 'Emergency numbers', level: 1 })).toBeVisible();
  const national = page.getByRole('link', { name: new RegExp(`Riverside Helpline ${lines.national}`) });
  const local = page.getByRole('link', { name: new RegExp(`Harbour Line ${lines.local}`) });
  await expect(national).toHaveAttribute('href', `tel:+44${lines.national.replace(/\D/g, '').slice(1)}`);
  await expect(local).toHaveAttribute('href', `tel:+44${lines.local.replace(/\D/g, '').slice(1)}`);
}

test('a build with a host’s configuration shows its numbers on the emergency screen and the paper copy, and adds its organisation in one tap', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${ORIGIN}/`);
  // The host's languages come first after the phone's own; the host's first identity is worn.
  const languages = page.locator('.language-list button');
  await expect(languages.nth(0)).toHaveText('English');
  await expect(languages.nth(1)).toHaveText('Français');
  await expect(languages.nth(2)).toHaveText('Español');
  await expect(page).toHaveTitle('Recipes');

  await createNotebook(page, PASSPHRASE, `${ORIGIN}/`);

  await expectEmergencyNumbers(page, BUILD_A);
  await expect(page.getByRole('link', { name: /Police, fire or ambulance 999/ })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByText('Open at any hour · All languages')).toBeVisible();
  await expect(page.getByText('Hours: Monday to Friday, 9 to 5 · Languages: English and Polish')).toBeVisible();
  await expect(page.getByText(/^Source:/).first()).toContainText(SOURCE);

  // The help page on danger calls the same numbers, and says the region's emergency number.
  await goToSection(page, 'Help');
  await page.getByRole('button', { name: 'In danger now' }).click();
  await expect(page.getByRole('heading', { name: 'Call 999', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: `Call ${BUILD_A.national}, Riverside Helpline` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Call ${BUILD_A.local}, Harbour Line` })).toBeVisible();

  await openStep(page, /Open step 5/);
  await page.getByRole('button', { name: 'Make a paper copy', exact: true }).click();
  const sheet = page.getByRole('article', { name: 'What will be printed' });
  for (const number of ['999', BUILD_A.national, BUILD_A.local]) await expect(sheet).toContainText(number);
  await expect(sheet).not.toContainText('Riverside');
  await expect(sheet).toContainText('Helpline (any hour)');
  await expect(sheet).toContainText('Local helpline');
  await page.getByRole('checkbox', { name: 'Write what each emergency number is for' }).check();
  await expect(sheet).toContainText('Riverside Helpline');
  await expect(sheet).toContainText('Harbour Line');
  await expect(sheet).not.toContainText('860');

  await openStep(page, /Open step 3/);
  const suggested = page.getByRole('region', { name: 'Suggested organisations' });
  await expect(suggested.getByText('Advice and interpreters, no appointment needed.')).toBeVisible();
  await suggested.getByRole('button', { name: 'Add to my notebook: Harbour Welcome Centre' }).click();
  await expect(page.getByText('Harbour Welcome Centre is now in your notebook.')).toBeVisible();
  await expect(suggested.getByText('In your notebook', { exact: true })).toBeVisible();

  // In the notebook itself: it is there after locking and opening again, with its number.
  await page.getByRole('button', { name: 'Lock' }).first().click();
  await unlock(page);
  await openStep(page, /Open step 3/);
  await page.getByRole('button', { name: 'Open: Harbour Welcome Centre' }).click();
  await expect(page.getByRole('heading', { name: 'Harbour Welcome Centre', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Phone number 1')).toHaveValue(/161 496 0123/);
});

test('a new build with new numbers is offered to the open app, waits while a form has unsaved changes, and then shows the new numbers', async ({
  page,
}) => {
  test.setTimeout(120_000);
  publish(buildA);
  await createNotebook(page, PASSPHRASE, `${ORIGIN}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expectEmergencyNumbers(page, BUILD_A);

  // The host ships a new build; the browser looks for a new worker (as it does on its own on a later visit).
  publish(buildB);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect(page.getByText('A new version of the app is ready.')).toBeVisible({ timeout: 30_000 });

  // A form with unsaved changes: the update waits and says why, and nothing typed is lost.
  await goToSection(page, 'Your list');
  await page.getByRole('button', { name: 'Add someone' }).click();
  await page.getByLabel('Name to show').fill('Ana');
  await page.getByRole('button', { name: 'Update now' }).click();
  await expect(page.getByText(/^Finish or leave the form first/)).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.getByLabel('Name to show')).toHaveValue('Ana');

  // Once the form is saved, the update goes ahead: the page reloads, locked, with the new build.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Ana', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Update now' }).click();
  await expect(page.getByLabel('Passphrase')).toBeVisible({ timeout: 30_000 });
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expectEmergencyNumbers(page, BUILD_B);
  await expect(page.getByText(BUILD_A.national)).toHaveCount(0);
});

test('a configuration with a mistake stops the build and names the field', async () => {
  const broken = configuration(BUILD_A);
  const file = join(work, 'broken.json');
  writeFileSync(
    file,
    JSON.stringify({ ...broken, hotlines: [{ ...broken.hotlines[0], number: '0808 2000' }, broken.hotlines[1]] }),
  );
  const failed = await run('node_modules/.bin/vite', ['build', '--outDir', join(work, 'broken')], {
    env: { ...process.env, NOTEBOOK_CONFIG: file },
  }).then(
    () => null,
    (error: { code?: number; stderr?: string }) => error,
  );
  expect(failed?.code).not.toBe(0);
  expect(failed?.stderr).toContain(`The deployment configuration ${file} has mistakes:`);
  expect(failed?.stderr).toContain('hotlines[0].number: "0808 2000" is not a phone number of GB');
});

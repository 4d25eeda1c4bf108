/**
 * Keeping the list: a protected copy that survives deleting everything, a
 * damaged copy that changes nothing, and a paper copy that prints only what
 * the survivor chose.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { addPerson, chooseLanguage, createNotebook, PASSPHRASE } from './helpers';

const COPY_PASSPHRASE = 'another long copy passphrase';
const MARKER = 'Zyxwv Quokka';

async function openKeepTask(page: Page, task: string): Promise<void> {
  await page.getByRole('button', { name: 'Steps', exact: true }).click();
  await page.getByRole('button', { name: /Open step 5: Keep it up to date/ }).click();
  await page.getByRole('button', { name: task }).click();
}

async function setDetails(page: Page, label: string, fill: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Your list', exact: true }).click();
  await page.getByRole('button', { name: `Details: ${label}` }).click();
  await fill(page);
  await page.getByRole('button', { name: 'Save' }).click();
  // Details open under the list's own heading: the list's "Add someone" says it is back.
  await expect(page.getByRole('button', { name: 'Add someone' })).toBeVisible();
}

/** A new notebook holding Ana, a person to contact first whose full name is the marker. */
async function createNotebookWithAna(page: Page): Promise<void> {
  await createNotebook(page);
  await addPerson(page, 'Ana', '+1 202 555 0143');
  await setDetails(page, 'Ana', async (details) => {
    await details.getByLabel('Full name (optional)').fill(MARKER);
    await details
      .getByRole('group', { name: 'Place in your list' })
      .getByRole('radio', { name: /contact first/ })
      .check();
  });
}

async function addOrganisation(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Steps', exact: true }).click();
  await page.getByRole('button', { name: /Open step 3: Community organisations/ }).click();
  await page.getByRole('button', { name: 'Add an organisation' }).click();
  await page.getByLabel('Name of the organisation').fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const question = page.locator('.question', {
    has: page.getByRole('group', { name: /keep what I tell you private/ }),
  });
  await question.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
}

test('a protected copy brings everything back after deleting everything; a damaged copy changes nothing', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await createNotebookWithAna(page);
  await setDetails(page, 'Ana', async (details) => {
    await details
      .getByRole('group', { name: 'How much they know' })
      .getByRole('radio', { name: /Full information/ })
      .check();
  });
  await addOrganisation(page, 'Centro Latino');

  // Make the copy.
  await openKeepTask(page, 'Make or open a protected copy');
  await page.getByLabel('Passphrase for the copy').fill(COPY_PASSPHRASE);
  await page.getByLabel('Type it again').fill(COPY_PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the protected copy' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^notebook-\d{4}-\d{2}-\d{2}\.backup$/);
  const file = readFileSync(await download.path());
  const text = file.toString('utf8');
  // Short words are searched as the JSON strings they would be if they leaked: base64 never writes a quote,
  // while a bare "Ana" turns up in about one ciphertext in 50 by chance.
  for (const secret of [MARKER, 'Zyxwv', '"Ana"', 'Centro Latino', '2025550143', '"primary"', '"full"']) {
    expect(text, secret).not.toContain(secret);
  }
  await expect(page.getByText(/The copy is in your downloads/)).toBeVisible();

  // Delete everything, start again with a new notebook.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await chooseLanguage(page, 'English');
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my notebook' }).click();
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Ana', { exact: true })).toHaveCount(0);

  // A damaged copy: an error, and nothing changes.
  await openKeepTask(page, 'Make or open a protected copy');
  const damaged = Buffer.from(text.slice(0, Math.floor(text.length / 2)), 'utf8');
  await page
    .getByLabel('The file')
    .setInputFiles({ name: 'notebook.backup', mimeType: 'application/octet-stream', buffer: damaged });
  await page.getByLabel('Passphrase of the copy').fill(COPY_PASSPHRASE);
  await page.getByRole('button', { name: 'Open the copy' }).click();
  await expect(page.getByRole('alert')).toContainText('This protected copy is damaged or incomplete');
  await page.getByRole('button', { name: 'Your list', exact: true }).click();
  await expect(page.getByText(/Your list is empty/)).toBeVisible();

  // The real copy: see what it holds, then replace.
  await openKeepTask(page, 'Make or open a protected copy');
  await page
    .getByLabel('The file')
    .setInputFiles({ name: 'notebook.backup', mimeType: 'application/octet-stream', buffer: file });
  await page.getByLabel('Passphrase of the copy').fill('not the right one at all');
  await page.getByRole('button', { name: 'Open the copy' }).click();
  await expect(page.getByRole('alert')).toContainText('This passphrase does not open the copy');
  await page.getByLabel('Passphrase of the copy').fill(COPY_PASSPHRASE);
  await page.getByRole('button', { name: 'Open the copy' }).click();
  await expect(page.getByText('1 person', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('1 organisation', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Replace this notebook with the copy' }).click();
  await expect(page.getByText('Done. Your notebook now holds what was in the copy.')).toBeVisible();

  await page.getByRole('button', { name: 'Your list', exact: true }).click();
  const primary = page.locator('section', { has: page.getByRole('heading', { name: 'People to contact first' }) });
  await expect(primary.getByText('Ana', { exact: true })).toBeVisible();
  await expect(primary.getByText('Knows: Full information')).toBeVisible();
  await page.getByRole('button', { name: 'Details: Ana' }).click();
  await expect(page.getByLabel('Full name (optional)')).toHaveValue(MARKER);
  await page.getByRole('button', { name: 'Steps', exact: true }).click();
  await page.getByRole('button', { name: /Open step 3: Community organisations/ }).click();
  await expect(page.getByText('Questions asked: 1 of 5')).toBeVisible();
});

test('the paper copy with short names prints no full names, and prints the emergency numbers', async ({ page }) => {
  await createNotebookWithAna(page);
  await openKeepTask(page, 'Make a paper copy');
  await expect(page.getByRole('radio', { name: 'Only the short names you use in this app' })).toBeChecked();

  await page.emulateMedia({ media: 'print' });
  // biome-ignore lint/performance/useDomNodeTextContent: what prints is what the print stylesheet renders, so the rendered text is the point.
  const printed = await page.locator('body').innerText();
  expect(printed).toContain('Ana');
  expect(printed).toContain('(202) 555-0143');
  expect(printed).toContain('911');
  expect(printed).toContain('1-800-799-7233');
  expect(printed).not.toContain(MARKER);
  // Only the sheet prints: not the options, the top bar or the exit button.
  expect(printed).not.toContain('Which groups to print');
  expect(printed).not.toContain('Exit');
  expect(printed).not.toMatch(/violence|hotline/i);
  // The group's heading says it once; the numbers' names do not repeat it.
  expect(printed.match(/emergency/gi)).toHaveLength(1);
  expect(printed).toContain('860.763.4542');

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'Full names, where you wrote them' }).check();
  await page.emulateMedia({ media: 'print' });
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text under the print stylesheet is what this checks.
  expect(await page.locator('body').innerText()).toContain(MARKER);
});

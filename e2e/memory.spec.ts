/**
 * What stays behind in memory: after Lock, a heap snapshot (after a forced
 * garbage collection) must hold no trace of what the notebook showed.
 */
import { type CDPSession, expect, type Page, test } from '@playwright/test';
import { addPerson, createNotebook } from './helpers';

/** A name no code or word list of the app contains, so any copy in memory is the person's. */
const MARKER = 'Zephyrinaqx';
const NOTE = 'Quorvantelmic';
const NUMBER = '+1 202 555 0177';

async function heapSnapshot(page: Page): Promise<string> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  for (let round = 0; round < 3; round++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('');
}

/** The strings of a snapshot that contain the text. */
function stringsWith(snapshot: string, text: string): string[] {
  const { strings } = JSON.parse(snapshot) as { strings: string[] };
  return strings.filter((value) => value.includes(text));
}

test('after Lock, a heap snapshot holds no trace of a person the notebook showed', async ({ page }) => {
  await createNotebook(page);
  await addPerson(page, MARKER, NUMBER);
  await page.getByRole('button', { name: `Details: ${MARKER}` }).click();
  await page.getByLabel('Notes').fill(`Ask ${NOTE} first.`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Add someone' })).toBeVisible();
  await page.getByRole('button', { name: 'Steps' }).click();
  await page.getByRole('button', { name: 'Your list', exact: true }).click();
  const open = await heapSnapshot(page);
  expect(stringsWith(open, MARKER).length, 'the name is in memory while the notebook is open').toBeGreaterThan(0);
  expect(stringsWith(open, NOTE).length, 'so is the note').toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByLabel('Passphrase')).toBeVisible();
  await page.waitForTimeout(1500);
  const locked = await heapSnapshot(page);
  expect(stringsWith(locked, MARKER)).toEqual([]);
  expect(stringsWith(locked, NOTE)).toEqual([]);
});

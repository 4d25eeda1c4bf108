/**
 * Creating and unlocking a notebook in the production build, in Chromium,
 * WebKit and Firefox: from the click on "Create my notebook" (or "Open") to
 * the list's heading in the DOM, timed inside the page. WebKit and Firefox
 * are driven by the end-to-end drivers (e2e/engines/drivers.mjs), Chromium by
 * Playwright; each run is a fresh profile, so each creates its own notebook.
 */
import { ENGINES } from '../e2e/engines/drivers.mjs';
import { visitor } from '../e2e/engines/page.mjs';

const PASSPHRASE = 'river lantern quietly seven';

/**
 * Runs in the page: clicks the button named `name`, then resolves with the
 * milliseconds until the heading "Your list" is in the DOM.
 */
function timeUntilList(name) {
  const listShown = () =>
    Array.from(document.querySelectorAll('h1')).some((heading) => heading.textContent?.trim() === 'Your list');
  const button = Array.from(document.querySelectorAll('button')).find((each) => each.textContent?.trim() === name);
  if (!button) return Promise.reject(new Error(`no button "${name}"`));
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!listShown()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the list did not show within 60 s of "${name}"`));
    }, 60_000);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    button.click();
  });
}

/** One run on a driver page: a new notebook, locked, opened again. */
async function createAndUnlock(page, origin) {
  const you = visitor(page);
  await page.goto(`${origin}/`);
  await you.click({ role: 'button', name: 'English' });
  await you.fill('Choose a passphrase', PASSPHRASE);
  await you.fill('Type it again', PASSPHRASE);
  await you.find({ role: 'button', name: 'Create my notebook' });
  const createMs = await page.evaluate(timeUntilList, 'Create my notebook');
  await you.click({ role: 'button', name: 'Lock' });
  await you.fill('Passphrase', PASSPHRASE);
  await you.find({ role: 'button', name: 'Open' });
  const unlockMs = await page.evaluate(timeUntilList, 'Open');
  return { createMs, unlockMs };
}

/** The same run in Chromium, through Playwright. */
async function createAndUnlockInChromium(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    const createMs = await page.evaluate(timeUntilList, 'Create my notebook');
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    const unlockMs = await page.evaluate(timeUntilList, 'Open');
    return { createMs, unlockMs };
  } finally {
    await context.close();
  }
}

/**
 * `runs` runs in each engine against the app at `origin`. `chromium` is a
 * Playwright browser. Resolves with `{ engine, version, runs: [{ createMs, unlockMs }] }`
 * per engine; an engine that cannot start is reported with its error.
 */
export async function measureCreateAndUnlock({ origin, chromium, chromiumVersion, runs, port, log }) {
  const results = [];
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(await createAndUnlockInChromium(chromium, origin));
  results.push({ engine: 'Chromium', version: `Chromium ${chromiumVersion}`, runs: samples });
  for (const { id, start } of ENGINES) {
    let engine;
    try {
      engine = await start({ port });
      log(`create and unlock in ${engine.name}, ${runs} runs`);
      const engineRuns = [];
      for (let run = 0; run < runs; run++) {
        const page = await engine.newPage();
        try {
          engineRuns.push(await createAndUnlock(page, origin));
        } finally {
          await page.close();
        }
      }
      results.push({ engine: engine.name, version: engine.version, runs: engineRuns });
    } catch (error) {
      log(`${id}: ${error.message}`);
      results.push({ engine: id, version: null, runs: [], error: error.message });
    } finally {
      await engine?.close();
    }
  }
  return results;
}

/**
 * The quick exit, timed in the production build: from the click (the input
 * event's own timestamp) to the start of the navigation to the innocuous
 * page (that page's performance.timeOrigin). Both clocks are the browser's
 * high-resolution time, comparable across the two documents of one origin.
 * Each run unlocks a notebook holding a few people first, so the exit also
 * covers the screen and locks, as it would for the survivor.
 */
const PASSPHRASE = 'river lantern quietly seven';
const CLICK_KEY = 'bench.quickExitClickedAt';

async function createNotebook(page, origin) {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my notebook' }).click();
  await page.getByRole('heading', { name: 'Your list', level: 1 }).waitFor({ timeout: 60_000 });
  for (const [label, phone] of [
    ['Ana', '+1 202 555 0143'],
    ['Tía Rosa', '+52 55 1234 5678'],
    ['Linh', '+1 718 555 0199'],
  ]) {
    await page.getByRole('button', { name: 'Add someone' }).click();
    await page.getByLabel('Name to show').fill(label);
    await page.getByLabel('Phone number').fill(phone);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(label, { exact: true }).waitFor();
  }
}

/** `runs` exits, each from a freshly loaded and unlocked People screen; milliseconds from click to navigation start. */
export async function measureQuickExit({ context, origin, runs, log }) {
  const page = await context.newPage();
  try {
    log('quick exit: creating a notebook in the production build');
    await createNotebook(page, origin);
    const samplesMs = [];
    for (let run = 1; run <= runs; run++) {
      log(`quick exit: run ${run} of ${runs}`);
      await page.goto(`${origin}/`);
      await page.getByLabel('Passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Open' }).click();
      await page.getByRole('heading', { name: 'Your list', level: 1 }).waitFor({ timeout: 60_000 });
      await page.evaluate((key) => {
        sessionStorage.removeItem(key);
        window.addEventListener(
          'click',
          (event) => sessionStorage.setItem(key, String(performance.timeOrigin + event.timeStamp)),
          { capture: true, once: true },
        );
      }, CLICK_KEY);
      await page.locator('.quick-exit__button').click();
      await page.waitForURL(/\/exit\//);
      const { clickedAt, navigationStart, url } = await page.evaluate(
        (key) => ({
          clickedAt: Number(sessionStorage.getItem(key)),
          navigationStart: performance.timeOrigin,
          url: location.pathname,
        }),
        CLICK_KEY,
      );
      if (!Number.isFinite(clickedAt) || clickedAt <= 0) throw new Error('the click was not recorded');
      if (!url.startsWith('/exit/')) throw new Error(`the quick exit went to ${url}`);
      samplesMs.push(navigationStart - clickedAt);
    }
    return { samplesMs };
  } finally {
    await page.close();
  }
}

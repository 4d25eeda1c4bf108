/**
 * The quick exit, measured in the production build on a list of 20 people:
 *
 * - click to navigation: from the click (the input event's own timestamp)
 *   to the start of the navigation to the innocuous page (that page's
 *   performance.timeOrigin);
 * - Shift to navigation: the same, from the third Shift press;
 * - Tab presses to Exit: how many times Tab is pressed, from a freshly
 *   unlocked list, before Exit has the focus (it must be 1).
 *
 * Both clocks are the browser's high-resolution time, comparable across the
 * two documents of one origin. Each run unlocks the notebook first, so the
 * exit also covers the screen and locks, as it would for the survivor.
 */
const PASSPHRASE = 'river lantern quietly seven';
const PRESSED_KEY = 'bench.quickExitPressedAt';
const PEOPLE = 20;
/** Far more than a screen holds: Exit not found by then counts as never. */
const MOST_TABS = 400;

/** Twenty short labels and numbers, like a first list. */
function people() {
  return Array.from({ length: PEOPLE }, (_, index) => [
    `Person ${index + 1}`,
    `+1 202 555 ${String(100 + index).padStart(4, '0')}`,
  ]);
}

async function waitForTheList(page) {
  await page.getByRole('heading', { name: 'Your list', level: 1 }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Add someone' }).waitFor({ timeout: 60_000 });
}

async function createNotebook(page, origin) {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my notebook' }).click();
  await waitForTheList(page);
  for (const [label, phone] of people()) {
    await page.getByRole('button', { name: 'Add someone' }).click();
    await page.getByLabel('Name to show').fill(label);
    await page.getByLabel('Phone number').fill(phone);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(label, { exact: true }).waitFor();
  }
}

async function unlockFresh(page, origin) {
  await page.goto(`${origin}/`);
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open' }).click();
  await waitForTheList(page);
  await page.getByText(`Person ${PEOPLE}`, { exact: true }).waitFor();
}

/** Records when the event that leaves happens: a click, or each Shift press (the last one counts). */
async function recordPress(page, eventType) {
  await page.evaluate(
    ({ key, type }) => {
      sessionStorage.removeItem(key);
      window.addEventListener(
        type,
        (event) => {
          if (type === 'keydown' && event.key !== 'Shift') return;
          sessionStorage.setItem(key, String(performance.timeOrigin + event.timeStamp));
        },
        { capture: true },
      );
    },
    { key: PRESSED_KEY, type: eventType },
  );
}

async function millisecondsToNavigation(page) {
  await page.waitForURL(/\/exit\//);
  const { pressedAt, navigationStart, url } = await page.evaluate(
    (key) => ({
      pressedAt: Number(sessionStorage.getItem(key)),
      navigationStart: performance.timeOrigin,
      url: location.pathname,
    }),
    PRESSED_KEY,
  );
  if (!Number.isFinite(pressedAt) || pressedAt <= 0) throw new Error('the press was not recorded');
  if (!url.startsWith('/exit/')) throw new Error(`the quick exit went to ${url}`);
  return navigationStart - pressedAt;
}

/** Tab presses from a freshly unlocked list until Exit has the focus. */
async function tabsToExit(page) {
  for (let presses = 1; presses <= MOST_TABS; presses++) {
    await page.keyboard.press('Tab');
    const onExit = await page.evaluate(() => document.activeElement?.classList.contains('quick-exit__button') ?? false);
    if (onExit) return presses;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * `clickRuns` exits by the button and `shiftRuns` by Shift x3, each from a
 * freshly loaded and unlocked list of 20 people; milliseconds from the press
 * to navigation start, and the Tab presses to reach Exit.
 */
export async function measureQuickExit({ context, origin, clickRuns, shiftRuns, log }) {
  const page = await context.newPage();
  try {
    log(`quick exit: creating a notebook of ${PEOPLE} people in the production build`);
    await createNotebook(page, origin);

    await unlockFresh(page, origin);
    const tabPresses = await tabsToExit(page);
    log(`quick exit: ${tabPresses} Tab press(es) to reach Exit`);

    const clickMs = [];
    for (let run = 1; run <= clickRuns; run++) {
      log(`quick exit: click, run ${run} of ${clickRuns}`);
      await unlockFresh(page, origin);
      await recordPress(page, 'click');
      await page.locator('.quick-exit__button').click();
      clickMs.push(await millisecondsToNavigation(page));
    }

    const shiftMs = [];
    for (let run = 1; run <= shiftRuns; run++) {
      log(`quick exit: Shift x3, run ${run} of ${shiftRuns}`);
      await unlockFresh(page, origin);
      // Shift counts outside text fields; the list has the focus after unlocking.
      await page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      });
      await recordPress(page, 'keydown');
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
      shiftMs.push(await millisecondsToNavigation(page));
    }
    return { clickMs, shiftMs, tabPresses, people: PEOPLE };
  } finally {
    await page.close();
  }
}

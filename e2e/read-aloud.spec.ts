/**
 * Read-aloud in a real Chromium, with a stand-in for the speech engine
 * installed before the app loads (a test machine has no voices): the control
 * is on the list and on a screening question, pressing it speaks the
 * question and its answers with the device's own voice, and at 360 px it
 * fits under the title in English and in Arabic without covering anything.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { addPerson, createNotebook } from './helpers';

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

declare global {
  interface Window {
    spokenAloud: Spoken[];
    speechCalls: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const voices = [
      { name: 'English (device)', lang: 'en-US', localService: true, default: true, voiceURI: 'en-device' },
      { name: 'Spanish (online)', lang: 'es-ES', localService: false, default: false, voiceURI: 'es-online' },
      { name: 'Arabic (device)', lang: 'ar-SA', localService: true, default: false, voiceURI: 'ar-device' },
    ];
    window.spokenAloud = [];
    window.speechCalls = [];
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const queue: Utterance[] = [];
    const events = new EventTarget();
    let paused = false;
    const synth = {
      get paused() {
        return paused;
      },
      get speaking() {
        return queue.length > 0;
      },
      get pending() {
        return false;
      },
      getVoices: () => voices,
      speak(utterance: Utterance) {
        window.speechCalls.push('speak');
        window.spokenAloud.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        queue.push(utterance);
        // Each utterance takes half a second to say, longer while paused.
        const end = () => {
          if (paused) return void setTimeout(end, 100);
          if (queue[0] !== utterance) return;
          queue.shift();
          utterance.onend?.();
        };
        setTimeout(end, 500);
      },
      pause() {
        window.speechCalls.push('pause');
        paused = true;
      },
      resume() {
        window.speechCalls.push('resume');
        paused = false;
      },
      cancel() {
        window.speechCalls.push('cancel');
        for (const utterance of queue.splice(0)) utterance.onerror?.();
      },
      addEventListener: events.addEventListener.bind(events),
      removeEventListener: events.removeEventListener.bind(events),
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: Utterance });
  });
});

const spoken = (page: Page) => page.evaluate(() => window.spokenAloud);

/** The control fits the phone: inside the width, 44 px targets, clear of the bar with Exit and of the title, and axe finds nothing wrong with it. */
async function expectControlFits(page: Page) {
  const buttons = page.locator('.read-aloud button');
  const viewport = page.viewportSize();
  const dock = await page.locator('.dock').boundingBox();
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(viewport && dock && title).toBeTruthy();
  if (!viewport || !dock || !title) return;
  // Measured all at once: Stop goes when the voice finishes, which may be any moment.
  const boxes = await buttons.evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    const overlaps = (other: { x: number; y: number; width: number; height: number }) =>
      box.x < other.x + other.width &&
      other.x < box.x + box.width &&
      box.y < other.y + other.height &&
      other.y < box.y + box.height;
    expect(overlaps(dock)).toBe(false);
    expect(overlaps(title)).toBe(false);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const axe = await new AxeBuilder({ page })
    .include('.read-aloud')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
}

test('the list and a screening question can be read aloud with the phone voice, and fit at 360 px', async ({
  page,
}, testInfo) => {
  await createNotebook(page);
  await addPerson(page, 'Ana', '+1 202 555 0143');

  const readAloud = page.getByRole('button', { name: 'Read aloud', exact: true });
  await expect(readAloud).toBeVisible();
  expect(await spoken(page)).toEqual([]);
  await expectControlFits(page);
  await page.screenshot({ path: testInfo.outputPath('read-aloud-list-en.png') });

  await readAloud.click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await expectControlFits(page);
  await page.screenshot({ path: testInfo.outputPath('read-aloud-list-en-reading.png') });
  await expect.poll(async () => (await spoken(page)).map((item) => item.text)).toContain('Ana');
  const list = await spoken(page);
  expect(list[0]).toEqual({ text: 'Your list', lang: 'en-US', voice: 'English (device)' });

  await page.getByRole('button', { name: 'Answer a few questions: Ana' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const question = 'Has Ana ever threatened you with trouble from immigration?';
  // The name on screen is wrapped in Unicode isolates, which are not spoken.
  await expect(page.getByRole('heading', { level: 2, name: question.replace('Ana', '\u2068Ana\u2069') })).toBeVisible();
  await page.evaluate(() => {
    window.spokenAloud = [];
  });
  await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
  await expect
    .poll(async () => (await spoken(page)).map((item) => item.text))
    .toEqual(expect.arrayContaining([question, 'Yes', 'No', 'Not sure']));
  for (const item of await spoken(page)) expect(item.voice).toBe('English (device)');
  await expectControlFits(page);
  await page.screenshot({ path: testInfo.outputPath('read-aloud-question-en.png') });
});

test('in Arabic the control speaks Arabic with the Arabic voice and fits at 360 px; the quick exit silences it', async ({
  page,
}, testInfo) => {
  await createNotebook(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('navigation').first().getByRole('button').first().click();

  const readAloud = page.getByRole('button', { name: 'اقرأ بصوت عالٍ', exact: true });
  await expect(readAloud).toBeVisible();
  await expectControlFits(page);
  await page.screenshot({ path: testInfo.outputPath('read-aloud-list-ar.png') });

  await readAloud.click();
  // Paused at once, so the reading is still going on while the control is measured.
  await page.getByRole('button', { name: 'إيقاف مؤقت', exact: true }).click();
  await expect(page.getByRole('button', { name: 'متابعة', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'إيقاف', exact: true })).toBeVisible();
  await expectControlFits(page);
  await page.screenshot({ path: testInfo.outputPath('read-aloud-list-ar-paused.png') });
  const first = (await spoken(page))[0];
  expect(first?.voice).toBe('Arabic (device)');
  expect(first?.lang).toBe('ar-SA');
  expect(first?.text).toBe(await page.getByRole('heading', { level: 1 }).textContent());

  await page.evaluate(() => {
    window.speechCalls = [];
    // Whatever the exit page does, what the exit did before leaving is kept.
    window.addEventListener('pagehide', () => sessionStorage.setItem('speechCalls', window.speechCalls.join(',')));
  });
  await page.locator('.quick-exit__button').click();
  await page.waitForURL(/\/exit\/ar\/recipes\.html$/);
  const calls = await page.evaluate(() => sessionStorage.getItem('speechCalls'));
  expect(calls?.split(',')[0]).toBe('cancel');
});

test('a phone whose only voice for the language is online shows no control', async ({ page }) => {
  await createNotebook(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption({ label: 'Español' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.read-aloud')).toHaveCount(0);
});

/**
 * Every script the app is written in renders on a 360 px phone, with the
 * phone's own fonts: no letter drawn as an empty box, nothing wider than the
 * screen, at normal and at 200% text. One language per script is walked to a
 * screening question (the longest sentences a person reads in a hurry), and
 * the first screen, where every language shows its own name, is checked for
 * all of them. The screenshots are kept with the test's results.
 */
import { expect, type Page, test } from '@playwright/test';
import type { AppLanguageCode } from '../src/domain/app-languages';
import { LANGUAGES, languageInfo } from '../src/ui/languages';
import { chooseLanguage, PASSPHRASE, pattern, words } from './helpers';

/** One language for each script, written as the people who read it write it. */
const SCRIPTS: readonly { code: AppLanguageCode; script: string; tall?: true }[] = [
  { code: 'hi', script: 'Devanagari', tall: true },
  { code: 'ar', script: 'Arabic' },
  { code: 'ko', script: 'Hangul' },
  { code: 'zh-Hant', script: 'Han' },
  { code: 'ja', script: 'Kana and Kanji' },
  { code: 'uk', script: 'Cyrillic' },
  { code: 'am', script: 'Ethiopic' },
  { code: 'ti', script: 'Ethiopic, as Tigrinya writes it' },
  { code: 'th', script: 'Thai, with no spaces between words' },
  { code: 'pa', script: 'Gurmukhi', tall: true },
  { code: 'bn', script: 'Bengali', tall: true },
  { code: 'my', script: 'Myanmar', tall: true },
  { code: 'ur', script: 'Arabic, as Urdu writes it' },
  { code: 'prs', script: 'Arabic, as Dari writes it' },
  { code: 'ps', script: 'Arabic, with the letters of Pashto' },
  { code: 'pl', script: 'Latin with Polish letters' },
  { code: 'so', script: 'Latin, as Somali writes it' },
  { code: 'ne', script: 'Devanagari, as Nepali writes it', tall: true },
];

/**
 * The letters in the elements matching `selector` that the page's fonts draw
 * as the "no such letter" box: each letter is drawn in the element's own
 * font and compared, pixel for pixel, with a code point no font has.
 */
async function lettersWithoutAFont(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 64;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d canvas');
    const draw = (text: string) => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.fillText(text, 8, 44);
      return context.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
    };
    const missing = new Set<string>();
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      context.font = `32px ${getComputedStyle(element).fontFamily}`;
      // U+0378 is not assigned to any letter: every font draws it as its empty box.
      const box = draw('\u0378');
      for (const letter of new Set((element.textContent ?? '').match(/\p{L}/gu) ?? [])) {
        if (draw(letter) === box) missing.add(letter);
      }
    }
    return [...missing];
  }, selector);
}

/** Each matching element's line height divided by its font size. */
async function lineSpacing(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize);
    }),
  );
}

/** How far the page is wider than the screen, at normal text and at 200%. */
async function overflowAtBothSizes(page: Page): Promise<number[]> {
  const widths: number[] = [];
  for (const size of ['100%', '200%']) {
    await page.evaluate((value) => document.documentElement.style.setProperty('font-size', value, 'important'), size);
    widths.push(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
  }
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  return widths;
}

test.use({ viewport: { width: 360, height: 740 } });

test('the first screen names every language in its own script, each letter drawn by a font of the phone', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const buttons = page.locator('.language-list button');
  await expect(buttons).toHaveCount(LANGUAGES.length);
  expect(await lettersWithoutAFont(page, '.language-list button')).toEqual([]);
  expect(await overflowAtBothSizes(page)).toEqual([0, 0]);
  await page.screenshot({ path: testInfo.outputPath('languages.png'), fullPage: true });
});

for (const { code, script, tall } of SCRIPTS) {
  const { name } = languageInfo(code);
  test.describe(`${script}, in ${name}`, () => {
    test.use({ locale: code });

    test(`the first screen and a screening question render at 360 px and fit at 200% text`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(60_000);
      const t = words(code);
      const button = (text: string) => page.getByRole('button', { name: text, exact: true });

      // The phone's language comes first, and the first screen speaks it.
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('.language-list button').first()).toHaveText(name);
      expect(await lettersWithoutAFont(page, 'main')).toEqual([]);
      expect(await overflowAtBothSizes(page)).toEqual([0, 0]);
      await page.screenshot({ path: testInfo.outputPath(`first-screen-${code}.png`) });

      await chooseLanguage(page, name);
      await page.getByLabel(t('setup:passphrase.label'), { exact: true }).fill(PASSPHRASE);
      await page.getByLabel(t('setup:passphrase.confirmLabel'), { exact: true }).fill(PASSPHRASE);
      await button(t('setup:passphrase.create')).click();
      await expect(page.locator('.add-button')).toBeVisible({ timeout: 30_000 });
      await page.locator('.add-button').click();
      await page.locator('form.quick-add input').first().fill('Ana');
      await page.locator('form.quick-add button[type="submit"]').click();
      await expect(page.locator('.person--added')).toBeVisible();

      const nav = page.getByRole('navigation', { name: t('nav.label') });
      await nav.getByRole('button', { name: t('nav.steps'), exact: true }).click();
      await page.getByRole('button', { name: pattern(t('guide:open', { step: 2 })) }).click();
      await button(`${t('guide:screening.start')}: Ana`).click();
      await button(t('screening:parts.start')).click();
      await expect(button(t('screening:answers.yes'))).toBeVisible();
      expect(await lettersWithoutAFont(page, 'main')).toEqual([]);
      expect(await overflowAtBothSizes(page)).toEqual([0, 0]);
      // Stacked marks need room: the question and its hint leave at least half a letter's height between lines.
      const spacing = await lineSpacing(page, 'main h2, main h3, main p');
      expect(Math.min(...spacing), `line height over font size in ${code}`).toBeGreaterThanOrEqual(tall ? 1.5 : 1.2);
      await page.screenshot({ path: testInfo.outputPath(`screening-question-${code}.png`) });
    });
  });
}

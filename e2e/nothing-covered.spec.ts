/**
 * Nothing is covered: on every screen, scrolled from top to bottom, the bar
 * at the bottom (Exit and the sections) is what lies at every point of it,
 * and no control and no text of the page is under it. The sections stay one
 * row at 320 px in every language, with text at 200% too, and Exit sits
 * within reach of a thumb, in right-to-left languages too.
 *
 * Within reach of a thumb, for this app: a phone held in one hand is worked
 * by the thumb along the bottom of the screen, while the top corners need a
 * second hand or a change of grip. So Exit must lie wholly in view, its
 * centre in the bottom quarter of the screen and its box against a side edge
 * (a bottom corner, which the thumb finds without looking), at least 48 px
 * each way.
 */
import { expect, type Page, test } from '@playwright/test';
import { LANGUAGES } from '../src/ui/languages';
import { createNotebook, walkEveryScreen, words } from './helpers';

/** The bar's height bound: at most a tenth of a 640 px screen, whatever the language or text size. */
const BAR_MAX_HEIGHT = 64;

const SCREENSHOTS = new Set(['empty list', 'list', 'screening question', 'settings']);

interface Covered {
  /** Points of Exit or the bar where something else is on top. */
  notOnTop: string[];
  /** Controls and text of the page whose visible part lies under Exit or the bar. */
  under: string[];
}

/** At the current scroll position: is the bar on top at every point, and is nothing of the page under it? */
async function coveredNow(page: Page): Promise<Covered> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const intersect = (a: Box, b: Box): Box | null => {
      const box = {
        left: Math.max(a.left, b.left),
        top: Math.max(a.top, b.top),
        right: Math.min(a.right, b.right),
        bottom: Math.min(a.bottom, b.bottom),
      };
      return box.right - box.left > 0.5 && box.bottom - box.top > 0.5 ? box : null;
    };
    /** The part of a box that can be seen: inside the screen and every scrolling box around it. */
    const visiblePart = (box: Box, from: Element): Box | null => {
      let visible: Box | null = intersect(box, { left: 0, top: 0, right: innerWidth, bottom: innerHeight });
      for (let parent = from.parentElement; parent && visible; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          visible = intersect(visible, parent.getBoundingClientRect());
        }
      }
      return visible;
    };
    const nameOf = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;

    const exit = document.querySelector('.quick-exit__button');
    const bar = document.querySelector('.dock');
    if (!exit || !bar) return { notOnTop: ['no Exit or no bar'], under: [] };
    const fixed = [
      { name: 'Exit', element: exit },
      { name: 'bar', element: bar },
    ];
    const notOnTop: string[] = [];
    for (const { name, element } of fixed) {
      const box = element.getBoundingClientRect();
      // A grid of points inside the box, kept 6 px off its edges: inside its rounded corners too.
      for (let column = 0; column <= 6; column += 1) {
        for (let row = 0; row <= 3; row += 1) {
          const x = box.left + 6 + ((box.width - 12) * column) / 6;
          const y = box.top + 6 + ((box.height - 12) * row) / 3;
          const top = document.elementFromPoint(x, y);
          if (!top || !element.contains(top)) {
            notOnTop.push(`${name} at ${Math.round(x)},${Math.round(y)}: ${top ? nameOf(top) : 'nothing'}`);
          }
        }
      }
    }

    const under: string[] = [];
    const fixedBoxes = fixed.map(({ name, element }) => ({ name, box: element.getBoundingClientRect() }));
    const content = Array.from(
      document.querySelectorAll(
        'a, button, input, select, textarea, [role="button"], summary, label, h1, h2, h3, p, li, legend, dt, dd',
      ),
    ).filter((element) => !bar.contains(element));
    for (const element of content) {
      for (const rect of Array.from(element.getClientRects())) {
        const visible = visiblePart(rect, element);
        if (!visible) continue;
        for (const { name, box } of fixedBoxes) {
          if (intersect(visible, box)) under.push(`${nameOf(element)} under ${name}`);
        }
      }
    }
    // Text itself, wherever it sits, line by line.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || bar.contains(parent) || !(node.textContent ?? '').trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        const visible = visiblePart(rect, parent);
        if (!visible) continue;
        for (const { name, box } of fixedBoxes) {
          if (intersect(visible, box))
            under.push(`text "${(node.textContent ?? '').trim().slice(0, 40)}" under ${name}`);
        }
      }
    }
    return { notOnTop, under: [...new Set(under)] };
  });
}

/** Scrolls the page from top to bottom in steps of half a screen, checking at each step. */
async function expectNothingCovered(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(100);
  const { scrollHeight, clientHeight } = await page.locator('.shell__page').evaluate((element) => ({
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
  }));
  const step = Math.max(100, Math.floor(clientHeight / 2));
  for (let top = 0; ; top += step) {
    await page.locator('.shell__page').evaluate((element, y) => element.scrollTo(0, y), top);
    expect(await coveredNow(page), `${name}, scrolled to ${top}`).toEqual({ notOnTop: [], under: [] });
    if (top + clientHeight >= scrollHeight) break;
  }
  await page.locator('.shell__page').evaluate((element) => element.scrollTo(0, 0));
}

/** Where Exit is, against the definition of reachable by a thumb above. */
async function exitPlace(page: Page) {
  const box = await page.locator('.quick-exit__button').boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('Exit is not shown');
  const centre = box.y + box.height / 2;
  const rightToLeft = (await page.locator('html').getAttribute('dir')) === 'rtl';
  return {
    /** The bottom corner at the end of a line: right in left-to-right languages, left in right-to-left ones. */
    lineEnd: rightToLeft ? 'left' : 'right',
    inView: box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
    inBottomQuarter: centre >= viewport.height * 0.75,
    side: box.x <= 8 ? 'left' : viewport.width - (box.x + box.width) <= 8 ? 'right' : 'neither',
    bigEnough: box.width >= 48 && box.height >= 48,
  };
}

// English, Spanish, Arabic (right to left) and Tagalog, whose words are among the longest.
for (const language of ['en', 'es', 'ar', 'tl'] as const) {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 360, height: 780 },
  ]) {
    test.describe(`${language} at ${viewport.width}x${viewport.height}`, () => {
      test.use({ viewport });

      test('on every screen, scrolled top to bottom, the bar is on top and nothing is under it; Exit is in a bottom corner', async ({
        page,
      }, testInfo) => {
        test.setTimeout(240_000);
        const visited: string[] = [];
        await walkEveryScreen(page, language, async (name) => {
          visited.push(name);
          await expectNothingCovered(page, name);
          const place = await exitPlace(page);
          expect(place, name).toEqual({
            lineEnd: place.lineEnd,
            inView: true,
            inBottomQuarter: true,
            side: place.lineEnd,
            bigEnough: true,
          });
          if (language === 'ar' && name !== 'language') expect(place.lineEnd, name).toBe('left');
          if (SCREENSHOTS.has(name)) {
            await page.screenshot({
              path: testInfo.outputPath(`${language}-${viewport.width}-${name.replace(/ /g, '-')}.png`),
            });
          }
        });
        expect(visited.length).toBeGreaterThanOrEqual(27);
      });
    });
  }
}

/** The bar's rows, height and any word that does not fit its place. */
async function barShape(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.dock');
    const items = Array.from(document.querySelectorAll<HTMLElement>('.navbar__item, .quick-exit__button'));
    return {
      items: items.length,
      rows: new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size,
      height: Math.round(bar?.getBoundingClientRect().height ?? 0),
      cut: items
        .map((item) => item.querySelector<HTMLElement>('span'))
        .filter((label): label is HTMLElement => label !== null && label.scrollWidth > label.clientWidth + 1)
        .map((label) => label.textContent ?? ''),
      narrow: items
        .filter((item) => item.getBoundingClientRect().width < 48)
        .map((item) => `${item.textContent ?? ''} ${Math.round(item.getBoundingClientRect().width)}`),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the sections and Exit stay one row, under 64 px, every word whole, in every language and at 200% text', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await createNotebook(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click();
    const heights: string[] = [];
    for (const { code, dir } of LANGUAGES) {
      const t = words(code);
      await page.locator('.language-picker select').first().selectOption(code);
      await page
        .getByRole('navigation', { name: t('nav.label') })
        .getByRole('button', { name: t('nav.settings') })
        .click();
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      for (const text of ['100%', '200%']) {
        await page.evaluate((size) => document.documentElement.style.setProperty('font-size', size, 'important'), text);
        const shape = await barShape(page);
        if (text === '200%') await page.screenshot({ path: test.info().outputPath(`${code}-320-settings-200.png`) });
        heights.push(`${code} ${text}: ${shape.height}`);
        expect(shape, `${code} at ${text}`).toEqual({
          items: 5,
          rows: 1,
          height: expect.any(Number),
          cut: [],
          narrow: [],
          overflow: 0,
        });
        expect(shape.height, `${code} at ${text}`).toBeLessThanOrEqual(BAR_MAX_HEIGHT);
        expect(await exitPlace(page), `${code} at ${text}`).toEqual({
          lineEnd: dir === 'rtl' ? 'left' : 'right',
          inView: true,
          inBottomQuarter: true,
          side: dir === 'rtl' ? 'left' : 'right',
          bigEnough: true,
        });
      }
      await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    }
    test.info().annotations.push({ type: 'bar heights', description: heights.join(', ') });
  });

  test('Exit is the first stop for a keyboard, before the sections, and sits inside the banner', async ({ page }) => {
    await createNotebook(page);
    // The order of Tab on this page: every focusable element, in document order (none sets a positive tabindex).
    const order = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
      )
        .filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0)
        .slice(0, 2)
        .map((element) => element.textContent?.trim()),
    );
    expect(order).toEqual(['Exit', 'Your list']);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Exit: leave this page now' })).toBeVisible();
  });
});

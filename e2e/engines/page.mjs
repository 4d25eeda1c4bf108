/**
 * Finding things the way a person does, by role and name or by label, in
 * any engine: the lookup runs inside the page (so every engine answers it
 * the same way), and the driver then acts on the element with real input.
 * Names match the whole accessible name, spaces collapsed, as Playwright's
 * `exact: true` does.
 */

/**
 * Runs in the page: the first visible element that matches `query`, or null.
 * `{ role: 'button' | 'link' | 'heading', name, level? }`, `{ label }` for a
 * form field, or `{ text }` for the innermost element showing that text.
 * It must stay self-contained: drivers send its source to the page.
 */
export function locate(query) {
  const normal = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const shown = (element) => {
    if (element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
  };
  const textOf = (ids) =>
    normal(
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  const nameOf = (element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return textOf(labelledBy);
    const label = element.getAttribute('aria-label');
    if (label) return normal(label);
    if (element.labels?.length) return normal(Array.from(element.labels, (each) => each.textContent).join(' '));
    if (element instanceof HTMLInputElement) return normal(element.value);
    return normal(element.textContent);
  };
  const selectors = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    field: 'input, textarea, select',
  };
  let candidates;
  if (query.text !== undefined) {
    candidates = Array.from(document.body.querySelectorAll('*')).filter(
      (element) =>
        normal(element.textContent) === query.text &&
        !Array.from(element.children).some((child) => normal(child.textContent) === query.text),
    );
  } else if (query.label !== undefined) {
    candidates = Array.from(document.querySelectorAll(selectors.field)).filter(
      (element) => nameOf(element) === query.label,
    );
  } else {
    candidates = Array.from(document.querySelectorAll(selectors[query.role])).filter((element) => {
      if (nameOf(element) !== query.name) return false;
      if (query.level === undefined) return true;
      const level = element.getAttribute('aria-level') ?? element.tagName.slice(1);
      return Number(level) === query.level;
    });
  }
  return candidates.find(shown) ?? null;
}

/** Runs in the page: whether `text` is anywhere in it, shown or hidden. */
export function pageHolds(text) {
  return (document.body?.textContent ?? '').includes(text);
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const said = (query) =>
  query.text !== undefined
    ? `text "${query.text}"`
    : query.label !== undefined
      ? `field "${query.label}"`
      : `${query.role} "${query.name}"${query.level ? ` (level ${query.level})` : ''}`;

/** Waits up to `timeout` ms for `check` to return a truthy value, and returns it. */
export async function until(check, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      throw new Error(`waited ${timeout / 1000} s for ${what}${last ? ` (${last.message.split('\n')[0]})` : ''}`);
    }
    await sleep(100);
  }
}

/** What the journeys say, on top of a driver's page. */
export function visitor(page) {
  const find = (query, timeout) => until(() => page.element(locate, query), said(query), timeout);
  return {
    page,
    find,
    /** Clicks the element, trying again while it is covered or still moving. */
    async click(query, timeout) {
      await until(
        async () => {
          await page.click(await find(query, timeout));
          return true;
        },
        `a click on ${said(query)}`,
        timeout,
      );
    },
    async fill(label, text) {
      const field = await find({ label });
      await page.click(field);
      await page.type(field, text);
    },
    async sees(query, timeout) {
      await find(query, timeout);
    },
    async seesNo(text, timeout) {
      await until(async () => !(await page.evaluate(pageHolds, text)), `"${text}" to be gone`, timeout);
    },
    async waitFor(fn, what, timeout, ...args) {
      return until(() => page.evaluate(fn, ...args), what, timeout);
    },
  };
}

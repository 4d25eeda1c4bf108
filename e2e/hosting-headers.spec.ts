/**
 * A hosted copy, served as a static host serves it with public/_headers
 * (e2e/serve-with-headers.mjs on the build): every response carries the
 * security headers, the page and the service worker are checked again on
 * each visit, the hashed files are kept, and no other site can show the app
 * inside a frame. The server runs inside this file, on a port the system
 * picks, because the suite's own server (vite preview) sends no headers.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { serveWithHeaders } from './serve-with-headers.mjs';

let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = await serveWithHeaders('dist', 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'";

function expectSecurityHeaders(headers: Record<string, string>): void {
  expect(headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
  expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=(), ');
  expect(headers['permissions-policy']).toContain('geolocation=(), ');
  expect(headers['permissions-policy']).toContain('microphone=(), ');
}

test('the page, the service worker and a hashed file carry every header, with their own caching', async ({
  request,
}) => {
  const page = await request.get(`${origin}/`);
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page.headers());
  expect(page.headers()['cache-control']).toBe('no-cache');

  const html = await page.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  expect(`${meta}; frame-ancestors 'none'`).toBe(page.headers()['content-security-policy']);

  const worker = await request.get(`${origin}/sw.js`);
  expect(worker.status()).toBe(200);
  expectSecurityHeaders(worker.headers());
  expect(worker.headers()['cache-control']).toBe('no-cache');

  const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const asset = await request.get(`${origin}${script}`);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset.headers());
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  expect((await request.get(`${origin}/_headers`)).status()).toBe(404);
});

test('the app opens under these headers without a single console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/`);
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('under these headers the key is derived in its worker, which the policy allows, and the notebook opens', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByLabel('Choose a passphrase').fill('river lantern quietly seven');
  await page.getByLabel('Type it again').fill('river lantern quietly seven');
  await page.getByRole('button', { name: 'Create my notebook' }).click();
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
  // The worker's script came from this origin, with the same policy (Argon2id's WebAssembly needs 'wasm-unsafe-eval').
  const workerScript = await page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .find((name) => /\/assets\/kdf\.worker-[\w-]+\.js$/.test(name)) ?? null,
  );
  expect(workerScript).not.toBeNull();
  const served = await page.request.get(workerScript ?? '');
  expectSecurityHeaders(served.headers());
  expect(problems).toEqual([]);
});

/**
 * A page on another site that tries to show the app in a frame. `localhost`
 * is another site than 127.0.0.1, and both are on this machine, so the
 * browser's rules for reaching local addresses from the internet stay out.
 */
async function frameFromAnotherSite(page: Page): Promise<Frame> {
  const framer = `${origin.replace('127.0.0.1', 'localhost')}/other-site.html`;
  await page.route(framer, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Other site</title><iframe src="${origin}/" width="360" height="600"></iframe>`,
    }),
  );
  const framed = page.waitForEvent('framenavigated', (frame) => frame !== page.mainFrame());
  await page.goto(framer);
  return framed;
}

test('another site cannot show the app inside a frame', async ({ page }) => {
  const frame = await frameFromAnotherSite(page);
  await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe').locator('#root')).toHaveCount(0);
});

test('without the headers the same frame would hold the app, so the check above can see it', async ({ page }) => {
  await page.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const frame = await frameFromAnotherSite(page);
  expect(frame.url()).toBe(`${origin}/`);
  await expect(page.frameLocator('iframe').locator('#root')).toHaveCount(1);
});

/**
 * Two more engines than Playwright's Chromium, driven the way each one can be
 * driven on Debian, behind one small page interface so that the journeys
 * (journeys.mjs) and the benchmark (bench/run.mjs) read the same in both:
 *
 * - WebKit: WebKitGTK's own WebDriver server (/usr/bin/WebKitWebDriver, from
 *   the webkit2gtk-driver package), spoken to in WebDriver classic by
 *   webdriverio. Its MiniBrowser needs a display, so the server runs under
 *   `xvfb-run -a` (package xvfb) unless one is set. Every session is a fresh,
 *   ephemeral profile.
 * - Firefox: the system Firefox ESR through WebDriver BiDi, driven by
 *   puppeteer-core (no geckodriver, nothing downloaded). Each page gets its
 *   own user context, so no storage is shared between pages.
 *
 * `preview(port)` serves dist/ with `vite preview` on 127.0.0.1.
 *
 * A page offers: goto, reload, back, url, evaluate (a self-contained function
 * run in the page), element (the same, returning an element to act on),
 * click, type, press, hide and show (as when the person switches to another
 * app and back), problems (console errors, page errors and
 * Content-Security-Policy violations seen so far) and close.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { Key, remote } from 'webdriverio';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The size of a small phone, as in playwright.config.ts. */
export const VIEWPORT = { width: 360, height: 780 };

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Listens, in the page, for what the page must never do: break its
 * Content-Security-Policy, throw, or log an error. Installed before the
 * page's own scripts where the protocol allows it (Firefox), right after the
 * page has loaded where it does not (WebDriver classic, in WebKit).
 */
function listenForProblems() {
  if (window.__engineProblems) return;
  const problems = [];
  window.__engineProblems = problems;
  document.addEventListener('securitypolicyviolation', (event) => {
    problems.push(`policy: ${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
  });
  window.addEventListener('error', (event) => problems.push(`page error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => problems.push(`page error: ${String(event.reason)}`));
  const original = console.error.bind(console);
  console.error = (...args) => {
    problems.push(`console: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

const readProblems = () => window.__engineProblems ?? [];

// ---------------------------------------------------------------------------
// The app

/** `vite preview` of dist/ on a port of 127.0.0.1; resolves once it answers. */
export async function preview(port) {
  const server = spawn(
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  server.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const origin = `http://127.0.0.1:${port}`;
  const end = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vite preview on port ${port} stopped: ${stderr}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`vite preview on port ${port} did not start`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    origin,
    async stop() {
      if (server.exitCode !== null) return;
      const exited = new Promise((done) => server.once('exit', done));
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    },
  };
}

// ---------------------------------------------------------------------------
// WebKit

async function waitForServer(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

/** Stops a process started with `detached: true`, with everything it started. */
function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((done) => child.once('exit', done));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  return Promise.race([exited, sleep(3000)]);
}

/** WebKitWebDriver on `port`, under a virtual display unless one is set; resolves once it answers. */
async function launchWebKitDriver(port) {
  const command = process.env.DISPLAY ? [WEBKIT_DRIVER] : ['xvfb-run', '-a', WEBKIT_DRIVER];
  const server = spawn(command[0], [...command.slice(1), `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  const failed = new Promise((_, reject) => {
    server.once('error', (error) => reject(new Error(`${command[0]}: ${error.message}`)));
    server.once('exit', (code) => reject(new Error(`${command[0]} stopped (${code}): ${stderr}`)));
  });
  failed.catch(() => undefined);
  await Promise.race([waitForServer(`http://127.0.0.1:${port}/status`, 20_000), failed]);
  return server;
}

export async function startWebKit({ port }) {
  for (const file of [WEBKIT_DRIVER, WEBKIT_BROWSER]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: install webkit2gtk-driver`);
  }
  let server = await launchWebKitDriver(port);
  const newSession = () =>
    remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'silent',
      connectionRetryCount: 0,
      connectionRetryTimeout: 15_000,
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] },
      },
    });

  let version = 'WebKitGTK';
  return {
    name: 'WebKit',
    get version() {
      return version;
    },
    async newPage() {
      let browser;
      try {
        browser = await newSession();
      } catch {
        // On a busy machine MiniBrowser sometimes never comes up; a new driver starts it again.
        await stopGroup(server);
        server = await launchWebKitDriver(port);
        browser = await newSession();
      }
      version = `WebKitGTK ${browser.capabilities.browserVersion}`;
      await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height).catch(() => undefined);
      const afterLoad = () => browser.execute(listenForProblems);
      // What a page reported is read before the driver leaves it, so a reload does not lose it.
      const earlier = [];
      const keep = async () => earlier.push(...(await browser.execute(readProblems).catch(() => [])));
      return {
        async goto(url) {
          await keep();
          await browser.url(url);
          await afterLoad();
        },
        async reload() {
          await keep();
          await browser.refresh();
          await afterLoad();
        },
        async back() {
          await keep();
          await browser.back();
          await afterLoad().catch(() => undefined);
        },
        url: () => browser.getUrl(),
        evaluate: (fn, ...args) => browser.execute(fn, ...args),
        async element(fn, ...args) {
          const found = await browser.execute(fn, ...args);
          return found ? browser.$(found) : null;
        },
        click: (element) => element.click(),
        type: (element, text) => element.addValue(text),
        async press(key) {
          await browser
            .action('key')
            .down(Key[key] ?? key)
            .up(Key[key] ?? key)
            .perform();
        },
        /** Minimising the window hides the page, as switching to another app does. */
        hide: () => browser.minimizeWindow(),
        show: () => browser.setWindowRect(null, null, VIEWPORT.width, VIEWPORT.height),
        async problems() {
          const now = await browser.execute(readProblems).catch(() => ['the page could not be read']);
          return [...earlier, ...now];
        },
        close: () => browser.deleteSession().catch(() => undefined),
      };
    },
    close: () => stopGroup(server),
  };
}

// ---------------------------------------------------------------------------
// Firefox

export async function startFirefox() {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: install firefox-esr`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: VIEWPORT,
    // Firefox asks nothing of the network on its own: no updates, studies or telemetry.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const version = (await browser.version()).replace('firefox/', 'Firefox ');
  return {
    name: 'Firefox',
    version,
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      let other;
      const seen = [];
      page.on('console', (message) => {
        if (message.type() === 'error') seen.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
      await page.evaluateOnNewDocument(listenForProblems);
      const navigation = { waitUntil: 'load', timeout: 30_000 };
      // What a page reported is read before the driver leaves it, so a reload does not lose it.
      const keep = async () => seen.push(...(await page.evaluate(readProblems).catch(() => [])));
      return {
        goto: async (url) => {
          await keep();
          await page.goto(url, navigation);
        },
        reload: async () => {
          await keep();
          await page.reload(navigation);
        },
        async back() {
          await keep();
          // Going back to the first, empty entry of a new tab fires no load: wait a moment instead.
          await Promise.race([page.goBack(navigation).catch(() => undefined), sleep(2000)]);
        },
        // Puppeteer learns of a location.replace() a moment late; the page itself knows at once.
        url: () => page.evaluate(() => location.href),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        async element(fn, ...args) {
          const handle = await page.evaluateHandle(fn, ...args);
          const element = handle.asElement();
          if (!element) await handle.dispose();
          return element;
        },
        click: (element) => element.click(),
        type: (element, text) => element.type(text),
        press: (key) => page.keyboard.press(key),
        /** Another tab in front hides the page, as switching to another app does. */
        async hide() {
          other = await context.newPage();
          await other.bringToFront();
        },
        async show() {
          await page.bringToFront();
          await other?.close();
          other = undefined;
        },
        async problems() {
          const inPage = await page.evaluate(readProblems).catch(() => []);
          return [...new Set([...seen, ...inPage])];
        },
        close: () => context.close().catch(() => undefined),
      };
    },
    close: () => browser.close(),
  };
}

export const ENGINES = [
  { id: 'webkit', start: startWebKit },
  { id: 'firefox', start: startFirefox },
];

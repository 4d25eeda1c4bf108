/**
 * The benchmark: `npm run bench` (which runs `vite build` first, so dist/ is
 * the current production build).
 *
 * 1. Key derivation with the production parameters, in Chromium, through the
 *    real deriveKeyFromPassphrase (src/vault/kdf.ts), which derives in a
 *    worker; Argon2id also on the page itself, as where there is no worker.
 * 2. A notebook of 1,000 people: Vault.readAll (decrypt + validate) and the
 *    time until the real People screen, inside the real providers, shows the
 *    list: its first page of rows in the DOM, saying how many it holds, the
 *    rest one "Show more" away (timed too).
 * 3. The gzip size of the JavaScript the unlock screen needs (the entry chunk
 *    of dist/, everything it imports statically and the first words it
 *    preloads), what weighs most in it, and the total precache size.
 * 4. The quick exit in the production build, on a list of 20 people: click
 *    and third Shift to navigation start (median of 10 each), and the Tab
 *    presses to reach Exit (bench/quick-exit.mjs).
 * 5. Lighthouse on `vite preview` with mobile settings: performance,
 *    accessibility and best practices (bench/lighthouse.mjs).
 * 6. Creating a notebook and unlocking it in the production build, click to
 *    list, in Chromium, WebKit and Firefox (bench/engines.mjs, with the
 *    end-to-end drivers of e2e/engines/).
 *
 * Figures 1 and 2 run on bench/page (built by bench/vite.config.ts into
 * bench/dist/page), which imports the app's modules from src/. Both pages are
 * served from 127.0.0.1 by a small static server started here; any request
 * to another origin is blocked and fails the benchmark.
 *
 * Results: a table on stdout and bench/results/latest.json. Figures over
 * budget are reported, not asserted: the exit code is 0 unless the
 * benchmark itself fails.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices } from 'playwright';
import { build } from 'vite';
import { measureCreateAndUnlock } from './engines.mjs';
import { LIGHTHOUSE_CATEGORIES, runLighthouse } from './lighthouse.mjs';
import { measureQuickExit } from './quick-exit.mjs';
import { distFile, gzipBytes, htmlEntries, unlockScreenJs } from './size.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const APP_DIST = join(ROOT, 'dist');
const PAGE_DIST = join(BENCH_DIR, 'dist', 'page');
const ANALYSIS_DIST = join(BENCH_DIR, 'dist', 'app-sourcemap');
const RESULTS = join(BENCH_DIR, 'results', 'latest.json');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The quick exit is timed ten times each way. */
const SHIFT_RUNS = Number(process.env.BENCH_EXIT_RUNS ?? 10);
const ENGINE_RUNS = Number(process.env.BENCH_ENGINE_RUNS ?? 3);
// WebKitWebDriver listens here, as in the end-to-end runner (e2e/engines/run.mjs).
const WEBDRIVER_PORT = Number(process.env.E2E_PORT ?? 4173) + 3;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const PEOPLE = 1000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const GZIP_LEVEL = 9;
const KB = 1000;

const BUDGET = {
  kdfMs: { min: 300, max: 1000 },
  peopleShownMs: { max: 150 },
  unlockJsGzip: { max: 150 * KB },
  quickExitMs: { max: 50 },
  tabsToExit: { max: 1 },
  lighthouse: { performance: { min: 0.98 }, accessibility: { min: 1 }, 'best-practices': { min: 1 } },
};

// ---------------------------------------------------------------------------
// Small helpers

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------------------
// A static server on 127.0.0.1 (an ephemeral port), for bench/dist/page and dist/

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

async function serveStatic(root) {
  const server = createServer(async (request, response) => {
    try {
      let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = resolve(root, `.${pathname}`);
      if (!file.startsWith(root + sep)) throw new Error('outside the root');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

// ---------------------------------------------------------------------------
// 3. Sizes: the unlock screen's JavaScript, and the precache

/** Every URL in the service worker's precache manifest, once, with its size. */
async function precache(distDir) {
  const sw = await readFile(join(distDir, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/\burl:\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]))];
  if (urls.length === 0) throw new Error('no precache manifest in dist/sw.js');
  const entries = await Promise.all(
    urls.map(async (url) => {
      const code = await readFile(distFile(distDir, url));
      return { url, bytes: code.length, gzip: gzipBytes(code) };
    }),
  );
  return {
    count: entries.length,
    bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
    gzip: entries.reduce((sum, entry) => sum + entry.gzip, 0),
    entries: entries.sort((a, b) => b.bytes - a.bytes),
  };
}

// ---------------------------------------------------------------------------
// What the entry chunk holds: a second build of the app with source maps
// (the project's own vite.config.ts, written to bench/dist/app-sourcemap),
// then every byte of the entry chunk attributed to the module it came from.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`bad source map character ${char}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value % 2 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** For each generated line: [column, source index or -1] segments. */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    if (!line) return [];
    return line.split(',').map((segment) => {
      const values = decodeVlq(segment);
      column += values[0];
      if (values.length < 4) return [column, -1];
      source += values[1];
      return [column, source];
    });
  });
}

function groupOf(source) {
  const normalised = source.replaceAll('\\', '/');
  const modules = normalised.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = normalised.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? normalised);
  }
  if (normalised.startsWith('src/')) {
    const parts = normalised.split('/');
    return parts.length > 3
      ? `${parts.slice(0, 3).join('/')}/`
      : parts.length > 2
        ? `${parts[0]}/${parts[1]}/`
        : 'src/';
  }
  if (normalised.startsWith('locales/')) return 'locales/';
  return '(bundler runtime and virtual modules)';
}

async function entryComposition() {
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: ANALYSIS_DIST, emptyOutDir: true, sourcemap: true, reportCompressedSize: false },
  });
  const html = await readFile(join(ANALYSIS_DIST, 'index.html'), 'utf8');
  const [entryUrl] = htmlEntries(html).scripts;
  if (!entryUrl) throw new Error('no module script in the analysis build');
  const entryFile = distFile(ANALYSIS_DIST, entryUrl);
  const code = (await readFile(entryFile, 'utf8')).replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '');
  const map = JSON.parse(await readFile(`${entryFile}.map`, 'utf8'));
  const sources = map.sources.map((source) =>
    relative(ROOT, resolve(dirname(entryFile), map.sourceRoot ?? '', source)).replaceAll('\\', '/'),
  );
  const pieces = new Map();
  const add = (group, text) => {
    if (!text) return;
    const list = pieces.get(group) ?? [];
    list.push(text);
    pieces.set(group, list);
  };
  const lines = code.split('\n');
  const mapped = decodeMappings(map.mappings);
  lines.forEach((line, index) => {
    const segments = mapped[index] ?? [];
    add('(unmapped)', line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach(([column, source], position) => {
      const end = segments[position + 1]?.[0] ?? line.length;
      add(source < 0 ? '(unmapped)' : groupOf(sources[source] ?? ''), line.slice(column, end));
    });
  });
  const total = Buffer.byteLength(code);
  const groups = [...pieces]
    .map(([group, list]) => {
      const text = list.join('');
      const bytes = Buffer.byteLength(text);
      return { group, bytes, share: bytes / total, gzipAlone: gzipBytes(Buffer.from(text)) };
    })
    .sort((a, b) => b.bytes - a.bytes);
  return { entry: relative(ANALYSIS_DIST, entryFile), bytes: total, gzip: gzipBytes(Buffer.from(code)), groups };
}

// ---------------------------------------------------------------------------
// The browser

async function newContext(browser, origin, foreign, problems, options = {}) {
  const context = await browser.newContext({
    ...devices['Pixel 7'],
    viewport: { width: 360, height: 780 },
    serviceWorkers: 'block',
    ...options,
  });
  const outside = (url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (outside(url)) foreign.push(request.url());
  });
  await context.route(outside, (route) => route.abort('blockedbyclient'));
  context.on('page', (page) => {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
  });
  return context;
}

async function openBenchPage(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 30_000 });
  return page;
}

async function measureInBrowser(browser, pageOrigin, foreign, problems) {
  const context = await newContext(browser, pageOrigin, foreign, problems);
  try {
    const page = await openBenchPage(context, pageOrigin);

    log(`key derivation: Argon2id, 1 cold run + ${RUNS} runs`);
    const argon2id = await withTimeout(
      page.evaluate((runs) => window.bench.kdf('argon2id', runs), RUNS + 1),
      300_000,
      'Argon2id',
    );
    log(`key derivation: Argon2id on the page, 1 cold run + ${RUNS} runs`);
    const argon2idPage = await withTimeout(
      page.evaluate((runs) => window.bench.kdf('argon2id', runs, 'page'), RUNS + 1),
      300_000,
      'Argon2id on the page',
    );
    log(`key derivation: PBKDF2-SHA256, 1 cold run + ${RUNS} runs`);
    const pbkdf2 = await withTimeout(
      page.evaluate((runs) => window.bench.kdf('pbkdf2-sha256', runs), RUNS + 1),
      300_000,
      'PBKDF2',
    );

    log(`seeding a notebook with ${PEOPLE} people`);
    const seeded = await withTimeout(
      page.evaluate((count) => window.bench.seed(count), PEOPLE),
      300_000,
      'seeding',
    );
    if (seeded.people !== PEOPLE) throw new Error(`seeded ${seeded.people} people, not ${PEOPLE}`);
    await page.close();

    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      log(`people: run ${run} of ${RUNS} (fresh page, unlock, show)`);
      const fresh = await openBenchPage(context, pageOrigin);
      const result = await withTimeout(
        fresh.evaluate((expected) => window.bench.people(expected), PEOPLE),
        120_000,
        'people',
      );
      await fresh.close();
      if (
        result.people !== PEOPLE ||
        result.damaged !== 0 ||
        result.listedTotal !== PEOPLE ||
        result.shownItems >= PEOPLE
      ) {
        throw new Error(`people run ${run}: ${JSON.stringify(result)}`);
      }
      runs.push(result);
    }
    return { argon2id, argon2idPage, pbkdf2, seeded, runs };
  } finally {
    await context.close();
  }
}

/** Loads the production build in a fresh profile and lists the JavaScript fetched until the first screen shows. */
async function firstScreenRequests(browser, appOrigin, foreign, problems) {
  const context = await newContext(browser, appOrigin, foreign, problems);
  try {
    const page = await context.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${appOrigin}/`, { waitUntil: 'domcontentloaded' });
    await page.locator('main.screen h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    const heading = (await page.locator('main.screen h1').first().textContent())?.trim() ?? '';
    const scripts = [...new Set(requested)]
      .map((url) => new URL(url))
      .filter((url) => url.origin === appOrigin && /\.m?js$/.test(url.pathname))
      .map((url) => url.pathname);
    const files = await Promise.all(
      scripts.map(async (pathname) => {
        const code = await readFile(distFile(APP_DIST, pathname));
        return { file: pathname.replace(/^\//, ''), bytes: code.length, gzip: gzipBytes(code) };
      }),
    );
    return {
      screen: heading,
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// The report

function status(value, budget) {
  if (!budget) return 'info';
  if (budget.max !== undefined && value > budget.max) return 'OVER';
  if (budget.min !== undefined && value < budget.min) return 'UNDER';
  return 'OK';
}

const ms = (value) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

function budgetText(budget, format) {
  if (!budget) return '—';
  if (budget.min !== undefined && budget.max !== undefined) return `${format(budget.min)} – ${format(budget.max)}`;
  if (budget.max !== undefined) return `≤ ${format(budget.max)}`;
  return `≥ ${format(budget.min)}`;
}

function printTable(rows) {
  const header = ['Figure', 'Measured', 'Budget', 'Status'];
  const cells = rows.map((row) => [row.figure, row.text, row.budgetText, row.status]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (cell) => cell.map((text, column) => text.padEnd(widths[column])).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cell of cells) console.log(line(cell));
}

function figure(id, name, value, unit, format, budget, extra = {}) {
  return {
    id,
    figure: name,
    value: Math.round(value * 10) / 10,
    unit,
    budget: budget ?? null,
    status: status(value, budget),
    text: format(value),
    budgetText: budgetText(budget, format),
    ...extra,
  };
}

// ---------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(APP_DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run bench`, which builds the app first');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const loadAtStart = loadavg().map((value) => Math.round(value * 100) / 100);
  const [load = 0] = loadAtStart;
  if (load > cpus().length * 0.5) {
    log(`warning: load average ${load.toFixed(1)} on ${cpus().length} cores; timings will be noisy`);
  }
  const distAge = Date.now() - (await stat(join(APP_DIST, 'index.html'))).mtimeMs;
  if (distAge > 10 * 60_000) log(`note: dist/ was built ${Math.round(distAge / 60_000)} min ago`);

  log('sizes of the production build in dist/');
  const unlockJs = await unlockScreenJs(APP_DIST);
  const precached = await precache(APP_DIST);

  log('building the app again with source maps (bench/dist/app-sourcemap) to see what the entry chunk holds');
  const composition = await entryComposition();

  log('building the bench page (bench/dist/page)');
  await build({ configFile: join(BENCH_DIR, 'vite.config.ts'), logLevel: 'warn' });
  if ((await readdir(join(PAGE_DIST, 'assets'))).length === 0) throw new Error('the bench page build is empty');

  const pageServer = await serveStatic(PAGE_DIST);
  const appServer = await serveStatic(APP_DIST);
  const foreign = [];
  const problems = [];
  let browser;
  let chromiumVersion = null;
  let measured;
  let firstScreen;
  let quickExit;
  let engines;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    chromiumVersion = browser.version();
    log(`Chromium ${chromiumVersion} at ${CHROMIUM}; bench page at ${pageServer.origin}`);
    measured = await measureInBrowser(browser, pageServer.origin, foreign, problems);
    log('loading the production build to list the scripts fetched before the first screen');
    firstScreen = await firstScreenRequests(browser, appServer.origin, foreign, problems);
    const exitContext = await newContext(browser, appServer.origin, foreign, problems);
    try {
      quickExit = await measureQuickExit({
        context: exitContext,
        origin: appServer.origin,
        clickRuns: SHIFT_RUNS,
        shiftRuns: SHIFT_RUNS,
        log,
      });
    } finally {
      await exitContext.close();
    }
    engines = await measureCreateAndUnlock({
      origin: appServer.origin,
      chromium: browser,
      chromiumVersion,
      runs: ENGINE_RUNS,
      port: WEBDRIVER_PORT,
      log,
    });
  } finally {
    await browser?.close();
    await pageServer.close();
    await appServer.close();
  }
  const lighthouse = await runLighthouse({
    root: ROOT,
    chromiumPath: CHROMIUM,
    chromiumArgs: CHROMIUM_ARGS,
    runs: LIGHTHOUSE_RUNS,
    log,
  });
  for (const { engine, error } of engines) if (error) problems.push(`${engine} could not be measured: ${error}`);
  if (foreign.length > 0) throw new Error(`requests outside the page's origin: ${foreign.join(', ')}`);
  const pageErrors = problems.filter((problem) => problem.startsWith('page error'));
  if (pageErrors.length > 0) throw new Error(pageErrors.join('\n'));

  const argonSamples = measured.argon2id.samplesMs.slice(1);
  const argonPageSamples = measured.argon2idPage.samplesMs.slice(1);
  const pbkdfSamples = measured.pbkdf2.samplesMs.slice(1);
  const runs = measured.runs;
  const figures = [
    figure(
      'kdf.argon2id',
      `Key derivation, Argon2id 64 MiB × 3, 1 lane, in its worker (median of ${RUNS})`,
      median(argonSamples),
      'ms',
      ms,
      BUDGET.kdfMs,
      { samples: argonSamples },
    ),
    figure(
      'kdf.argon2id.cold',
      'Key derivation, Argon2id, first run (starts the worker, loads its chunk, compiles the WASM)',
      measured.argon2id.samplesMs[0],
      'ms',
      ms,
      undefined,
    ),
    figure(
      'kdf.argon2id.page',
      `Key derivation, Argon2id on the page, as where there is no worker (median of ${RUNS})`,
      median(argonPageSamples),
      'ms',
      ms,
      BUDGET.kdfMs,
      { samples: argonPageSamples },
    ),
    figure(
      'kdf.pbkdf2',
      `Key derivation, fallback PBKDF2-SHA256, calibrated here to ${measured.pbkdf2.params.iterations.toLocaleString('en')} (median of ${RUNS})`,
      median(pbkdfSamples),
      'ms',
      ms,
      BUDGET.kdfMs,
      { samples: pbkdfSamples },
    ),
    figure(
      'kdf.pbkdf2.calibration',
      'PBKDF2 calibration when a passphrase is set (a warm-up and three probes of 100,000)',
      measured.pbkdf2.calibrationMs,
      'ms',
      ms,
      undefined,
    ),
    figure(
      'people.readAll',
      `Vault.readAll, ${PEOPLE.toLocaleString('en')} people: decrypt + validate (median)`,
      median(runs.map((run) => run.readAllMs)),
      'ms',
      ms,
      undefined,
      { samples: runs.map((run) => run.readAllMs) },
    ),
    figure(
      'people.render',
      'People screen: from the contents to its first page in the DOM (median)',
      median(runs.map((run) => run.renderMs)),
      'ms',
      ms,
      undefined,
      { samples: runs.map((run) => run.renderMs) },
    ),
    figure(
      'people.shown',
      `Decrypt + validate ${PEOPLE.toLocaleString('en')} people, show the list's first page (median of ${RUNS})`,
      median(runs.map((run) => run.shownMs)),
      'ms',
      ms,
      BUDGET.peopleShownMs,
      { samples: runs.map((run) => run.shownMs) },
    ),
    figure(
      'people.painted',
      '… until the next frame is painted (median)',
      median(runs.map((run) => run.paintedMs)),
      'ms',
      ms,
      undefined,
      { samples: runs.map((run) => run.paintedMs) },
    ),
    figure(
      'people.more',
      '"Show more": click to the next page in the DOM (median)',
      median(runs.map((run) => run.moreMs)),
      'ms',
      ms,
      undefined,
      { samples: runs.map((run) => run.moreMs) },
    ),
    figure(
      'quickExit',
      `Quick exit: click to navigation start, ${quickExit.people} people (median of ${quickExit.clickMs.length})`,
      median(quickExit.clickMs),
      'ms',
      ms,
      BUDGET.quickExitMs,
      { samples: quickExit.clickMs },
    ),
    figure(
      'quickExit.shift',
      `Quick exit: third Shift to navigation start (median of ${quickExit.shiftMs.length})`,
      median(quickExit.shiftMs),
      'ms',
      ms,
      BUDGET.quickExitMs,
      { samples: quickExit.shiftMs },
    ),
    figure(
      'quickExit.tabs',
      `Tab presses to reach Exit on a list of ${quickExit.people} people`,
      quickExit.tabPresses,
      'presses',
      String,
      BUDGET.tabsToExit,
    ),
    ...engines.flatMap(({ engine, version, runs: engineRuns }) =>
      [
        ['create', 'create a notebook: "Create my notebook" to the list'],
        ['unlock', 'unlock: "Open" to the list'],
      ]
        .filter(() => engineRuns.length > 0)
        .map(([step, what]) => {
          const samples = engineRuns.map((run) => run[`${step}Ms`]);
          return figure(
            `engines.${engine.toLowerCase()}.${step}`,
            `${version}, ${what} (median of ${samples.length})`,
            median(samples),
            'ms',
            ms,
            undefined,
            { samples },
          );
        }),
    ),
    ...LIGHTHOUSE_CATEGORIES.map((category) => {
      const scores = lighthouse.map((run) => run.scores[category]);
      return figure(
        `lighthouse.${category}`,
        `Lighthouse ${category}, mobile (median of ${LIGHTHOUSE_RUNS}; ${Math.min(...scores).toFixed(2)}–${Math.max(...scores).toFixed(2)})`,
        median(scores),
        'score',
        (value) => value.toFixed(2),
        BUDGET.lighthouse[category],
        { samples: scores },
      );
    }),
    figure(
      'lighthouse.lcp',
      'Lighthouse largest contentful paint, simulated slow 4G (median)',
      median(lighthouse.map((run) => run.metrics.largestContentfulPaintMs)),
      'ms',
      ms,
      undefined,
    ),
    figure(
      'size.unlockJs',
      `Unlock screen JS, gzip -${GZIP_LEVEL} (entry + ${unlockJs.chunks.length - 1} static imports)`,
      unlockJs.gzip,
      'bytes',
      kb,
      BUDGET.unlockJsGzip,
    ),
    figure('size.unlockJs.raw', 'Unlock screen JS, minified, not compressed', unlockJs.bytes, 'bytes', kb, undefined),
    figure(
      'size.firstScreenJs',
      'JS fetched before the first screen shows (measured, incl. locales)',
      firstScreen.gzip,
      'bytes',
      kb,
      undefined,
    ),
    figure(
      'size.precache',
      `Precache total, ${precached.count} files (gzip -${GZIP_LEVEL}: ${kb(precached.gzip)})`,
      precached.bytes,
      'bytes',
      kb,
      undefined,
    ),
  ];

  console.log('');
  printTable(figures);
  console.log('');
  console.log(`Unlock-screen chunks: ${unlockJs.chunks.map((c) => `${c.file} ${kb(c.gzip)} gzip`).join(', ')}`);
  const leftOut = new Map();
  for (const file of unlockJs.dynamicImports) {
    const name = file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
    leftOut.set(name, (leftOut.get(name) ?? 0) + 1);
  }
  const leftOutText = [...leftOut].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name)).join(', ');
  console.log(`Left out (loaded later, ${unlockJs.dynamicImports.length} chunks): ${leftOutText || 'none'}`);
  console.log(
    `First screen ("${firstScreen.screen}") fetched: ${firstScreen.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`,
  );
  console.log('');
  console.log(
    `What the entry chunk holds (${composition.entry}, source-map build, ${kb(composition.bytes)} minified):`,
  );
  const shown = composition.groups.filter((group) => group.share >= 0.005);
  const rest = composition.groups.filter((group) => group.share < 0.005);
  const lines = shown.map((group) => [
    group.group,
    group.bytes,
    `${(group.share * 100).toFixed(1)} %`,
    group.gzipAlone,
  ]);
  if (rest.length > 0) {
    const bytes = rest.reduce((sum, group) => sum + group.bytes, 0);
    lines.push([
      `${rest.length} more, each < 0.5 %`,
      bytes,
      `${((bytes / composition.bytes) * 100).toFixed(1)} %`,
      null,
    ]);
  }
  const groupWidth = Math.max(...lines.map(([name]) => name.length));
  for (const [name, bytes, share, gzipAlone] of lines) {
    const gzipText = gzipAlone === null ? '' : `  ${kb(gzipAlone).padStart(8)} gzip alone`;
    console.log(`  ${name.padEnd(groupWidth)}  ${kb(bytes).padStart(9)}  ${share.padStart(7)}${gzipText}`);
  }
  if (composition.entry !== unlockJs.entry) {
    console.log(`  (note: the source-map build named its entry ${composition.entry}, dist/ has ${unlockJs.entry})`);
  }
  const shortfalls = new Map();
  for (const run of lighthouse) {
    for (const [category, audits] of Object.entries(run.shortfalls)) {
      for (const audit of audits) shortfalls.set(`${category}: ${audit.id}`, `${audit.score} ${audit.value}`.trim());
    }
  }
  if (shortfalls.size > 0) {
    console.log('');
    console.log('Lighthouse audits short of full marks in some run (category: audit, score and value of the last):');
    for (const [audit, detail] of shortfalls) console.log(`  ${audit}  ${detail}`);
  }
  if (problems.length > 0) {
    console.log('');
    for (const problem of problems) console.log(`note: ${problem}`);
  }
  console.log('');
  console.log(`Over-budget figures are reported, not asserted. kB = 1,000 bytes. Results: ${relative(ROOT, RESULTS)}`);

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      loadAverage: { atStart: loadAtStart, atEnd: loadavg().map((value) => Math.round(value * 100) / 100) },
      node: process.version,
      chromium: chromiumVersion,
      chromiumPath: CHROMIUM,
    },
    runs: RUNS,
    people: PEOPLE,
    gzipLevel: GZIP_LEVEL,
    figures: figures.map(({ text: _text, budgetText: _budgetText, ...rest }) => rest),
    details: {
      kdf: { argon2id: measured.argon2id, argon2idPage: measured.argon2idPage, pbkdf2: measured.pbkdf2 },
      seed: measured.seeded,
      peopleRuns: runs,
      unlockJs,
      firstScreen,
      quickExit,
      engines,
      lighthouse,
      precache: precached,
      entryComposition: composition,
      notes: problems,
    },
  };
  await mkdir(dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

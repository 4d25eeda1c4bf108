/**
 * Lighthouse on the production build, as the bench's last figure: `vite
 * preview` serves dist/ on 127.0.0.1, the system Chromium (through
 * Playwright, with the bench's flags) opens a DevTools port, and the npm
 * `lighthouse` package audits a first visit with its default mobile settings
 * (a mid-range phone, simulated slow 4G, CPU slowed 4×).
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { preview } from 'vite';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** A port nobody listens on now, for Chromium's DevTools. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The audits of a category that did not score full marks, with what they measured. */
function shortfalls(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({ id: audit.id, score: audit.score, value: audit.displayValue ?? '' }));
}

/**
 * `runs` first visits to the app served by `vite preview` from `root`; for
 * each: the three scores, the main timings and what fell short. Throws if a
 * run fails or a request leaves 127.0.0.1.
 */
export async function runLighthouse({ root, chromiumPath, chromiumArgs, runs, log }) {
  const server = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port: appPort } = server.httpServer.address();
  const url = `http://127.0.0.1:${appPort}/`;
  const devtoolsPort = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, `--remote-debugging-port=${devtoolsPort}`],
  });
  try {
    const results = [];
    for (let run = 1; run <= runs; run++) {
      log(`Lighthouse: run ${run} of ${runs} (${url}, mobile)`);
      const outcome = await lighthouse(url, {
        port: devtoolsPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: LIGHTHOUSE_CATEGORIES,
      });
      const lhr = outcome?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const requests = lhr.audits['network-requests']?.details?.items ?? [];
      const foreign = requests
        .map((item) => item.url)
        .filter((address) => !address.startsWith(`http://127.0.0.1:${appPort}/`) && !address.startsWith('data:'));
      if (foreign.length > 0)
        throw new Error(`Lighthouse saw requests outside the app's origin: ${foreign.join(', ')}`);
      const metric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
      results.push({
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, lhr.categories[category].score])),
        metrics: {
          firstContentfulPaintMs: metric('first-contentful-paint'),
          largestContentfulPaintMs: metric('largest-contentful-paint'),
          totalBlockingTimeMs: metric('total-blocking-time'),
          cumulativeLayoutShift: metric('cumulative-layout-shift'),
          speedIndexMs: metric('speed-index'),
        },
        shortfalls: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, shortfalls(lhr, category)])),
        lighthouseVersion: lhr.lighthouseVersion,
      });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

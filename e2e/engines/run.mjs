/**
 * The core journeys (journeys.mjs) in WebKit and Firefox, against the
 * production build in dist/ served by `vite preview`: `npm run test:engines`,
 * after `vite build`. Prints each journey's result and each engine's count,
 * and exits non-zero if any journey failed or an engine could not start.
 *
 * Ports: E2E_PORT + 1 for the app, + 2 for the server the offline journey
 * stops, + 3 for WebKitWebDriver (E2E_PORT defaults to 4173, as in
 * playwright.config.ts). ENGINES=webkit or ENGINES=firefox runs one engine.
 * JOURNEY=<part of a name> runs the journeys whose name holds it.
 * With CI set, a failed journey gets one more try, as in Playwright.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, preview } from './drivers.mjs';
import { JOURNEYS } from './journeys.mjs';
import { visitor } from './page.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BASE_PORT = Number(process.env.E2E_PORT ?? 4173);
const APP_PORT = BASE_PORT + 1;
const OFFLINE_PORT = BASE_PORT + 2;
const WEBDRIVER_PORT = BASE_PORT + 3;
const JOURNEY_TIMEOUT = 90_000;
const RETRY = Boolean(process.env.CI);
const only = process.env.ENGINES?.split(',');
const journeys = JOURNEYS.filter(({ name }) => name.includes(process.env.JOURNEY ?? ''));

const say = (line) => process.stdout.write(`${line}\n`);

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runEngine({ id, start }, app) {
  const results = [];
  let engine;
  try {
    engine = await start({ port: WEBDRIVER_PORT });
  } catch (error) {
    say(`${id}: could not start: ${error.message}`);
    return { name: id, passed: 0, failed: journeys.length };
  }
  const attempt = async (journey) => {
    const page = await engine.newPage();
    try {
      await withTimeout(
        (async () => {
          await journey.run(visitor(page), {
            engine: id,
            origin: app.origin,
            startServer: () => preview(OFFLINE_PORT),
          });
          const problems = await page.problems();
          if (problems.length) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
        })(),
        JOURNEY_TIMEOUT,
      );
    } finally {
      await page.close();
    }
  };
  for (const journey of journeys) {
    const started = Date.now();
    const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    try {
      try {
        await attempt(journey);
        say(`  ok    ${engine.name}: ${journey.name} (${seconds()})`);
      } catch (error) {
        // As Playwright does in CI (playwright.config.ts): one more try, and the first failure is shown.
        if (!RETRY) throw error;
        say(`  retry ${engine.name}: ${journey.name}: ${String(error.message).split('\n')[0]}`);
        await attempt(journey);
        say(`  ok    ${engine.name}: ${journey.name} (on the second try, ${seconds()})`);
      }
      results.push(true);
    } catch (error) {
      results.push(false);
      say(`  FAIL  ${engine.name}: ${journey.name}\n        ${String(error.message).replace(/\n/g, '\n        ')}`);
    }
  }
  const passed = results.filter(Boolean).length;
  const summary = { name: `${engine.name} (${engine.version})`, passed, failed: results.length - passed };
  await engine.close();
  return summary;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'sw.js'))) {
    say('No production build in dist/: run `npx vite build` first.');
    process.exit(1);
  }
  const started = Date.now();
  const app = await preview(APP_PORT);
  const summaries = [];
  try {
    for (const engine of ENGINES) {
      if (only && !only.includes(engine.id)) continue;
      say(`${engine.id}:`);
      summaries.push(await runEngine(engine, app));
    }
  } finally {
    await app.stop();
  }
  say('');
  for (const { name, passed, failed } of summaries) say(`${name}: ${passed} passed, ${failed} failed`);
  const passed = summaries.reduce((sum, each) => sum + each.passed, 0);
  const failed = summaries.reduce((sum, each) => sum + each.failed, 0);
  say(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  say(`engines: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || summaries.length === 0 ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

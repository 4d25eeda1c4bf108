/**
 * The size budget: the gzip size of the JavaScript the unlock screen needs
 * (the entry chunk, everything it imports statically and the chunks
 * index.html preloads: the first words of English, the fallback language;
 * lazily loaded chunks such as the unlocked screens, the keystore, the KDF
 * and the other languages are left out). `npm run bench` reports it with the other figures; `npm run
 * check:size` checks it after a build and fails when it is over budget, which
 * is safe in CI because it does not depend on the machine's speed.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const GZIP_LEVEL = 9;
export const UNLOCK_JS_GZIP_BUDGET = 150 * 1000;

export const gzipBytes = (buffer) => gzipSync(buffer, { level: GZIP_LEVEL }).length;

/**
 * Static imports and re-exports in a built ES module: `import"./a.js"`,
 * `import{x as y}from"./a.js"`, `export*from"./a.js"`. A dynamic
 * `import("./a.js")` has a parenthesis between the keyword and the string
 * and does not match.
 */
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

export function htmlEntries(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  return { scripts, preloads, styles };
}

export const distFile = (distDir, url) => join(distDir, url.replace(/^\//, '').split(/[?#]/)[0]);

/** The entry scripts of index.html and every chunk they import statically, with the dynamic imports left out. */
export async function unlockScreenJs(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const { scripts, preloads, styles } = htmlEntries(html);
  if (scripts.length === 0) throw new Error(`no module script in ${join(distDir, 'index.html')}`);
  const files = new Map();
  const dynamic = new Set();
  const queue = [...scripts, ...preloads].map((url) => distFile(distDir, url));
  while (queue.length > 0) {
    const file = queue.shift();
    if (files.has(file)) continue;
    const code = await readFile(file);
    files.set(file, code);
    const text = code.toString('utf8');
    for (const [, specifier] of text.matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        queue.push(specifier.startsWith('/') ? distFile(distDir, specifier) : resolve(dirname(file), specifier));
      }
    }
    for (const [, specifier] of text.matchAll(DYNAMIC_IMPORT)) {
      if (specifier.startsWith('.')) dynamic.add(resolve(dirname(file), specifier));
    }
  }
  const chunks = [...files].map(([file, code]) => ({
    file: relative(distDir, file),
    bytes: code.length,
    gzip: gzipBytes(code),
  }));
  const css = await Promise.all(
    styles.map(async (url) => {
      const code = await readFile(distFile(distDir, url));
      return { file: relative(distDir, distFile(distDir, url)), bytes: code.length, gzip: gzipBytes(code) };
    }),
  );
  return {
    entry: relative(distDir, distFile(distDir, scripts[0])),
    chunks,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0),
    css,
    dynamicImports: [...dynamic].filter((file) => !files.has(file)).map((file) => relative(distDir, file)),
  };
}

/**
 * The passphrase strength estimator (zxcvbn-ts and its dictionaries) is for the
 * screens that choose a passphrase: it must stay out of what the unlock screen
 * loads. Its chunks are named `estimator.worker` and `strength-<language>`
 * (vite.config.ts); the markers are names in zxcvbn-ts's own code that a
 * minifier keeps, so code of it pulled into another chunk is found too.
 */
const ESTIMATOR_CHUNK = /(?:^|[\\/])(?:estimator[^\\/]*|strength-[^\\/]+)-[^\\/]+\.js$/;
const ESTIMATOR_MARKERS = ['rankedDictionaries', 'l33tMaxSubstitutions', 'passwords-common'];

/** The unlock screen's chunks that are, or hold, the passphrase strength estimator. */
export async function estimatorInUnlockScreen(distDir, result) {
  const found = [];
  for (const chunk of result.chunks) {
    const text = await readFile(join(distDir, chunk.file), 'utf8');
    const markers = ESTIMATOR_MARKERS.filter((marker) => text.includes(marker));
    if (ESTIMATOR_CHUNK.test(chunk.file) || markers.length > 0) found.push({ file: chunk.file, markers });
  }
  return found;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const result = await unlockScreenJs(dist);
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const chunk of [...result.chunks].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${kb(chunk.gzip).padStart(9)}  ${chunk.file}`);
  }
  const over = result.gzip > UNLOCK_JS_GZIP_BUDGET;
  console.log(
    `Unlock-screen JavaScript: ${kb(result.gzip)} gzip (budget ${kb(UNLOCK_JS_GZIP_BUDGET)}): ${over ? 'OVER' : 'OK'}`,
  );
  const estimator = await estimatorInUnlockScreen(dist, result);
  for (const { file, markers } of estimator) {
    console.log(`The unlock screen loads the passphrase strength estimator: ${file} ${markers.join(', ')}`);
  }
  if (estimator.length === 0) console.log('Passphrase strength estimator: not loaded by the unlock screen: OK');
  process.exit(over || estimator.length > 0 ? 1 : 0);
}

/**
 * Serves a build the way a static host that reads `_headers` would: every
 * response gets the headers of the rules its path matches, files come from
 * the build folder, and nothing is logged. For the end-to-end tests only.
 *
 *   node e2e/serve-with-headers.mjs <build folder> <port>
 *
 * or, from a test, `await serveWithHeaders('dist', 0)` for a free port.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a path, or null when there is none or it lies outside the build. */
function fileFor(root, pathname) {
  if (pathname === '/_headers') return null;
  const relative = normalize(decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  const file = join(root, relative);
  return file.startsWith(normalize(root) + sep) ? file : null;
}

/**
 * Serves `root` on 127.0.0.1:`port` with the rules of `root`/_headers.
 * @param {string} root
 * @param {number} port
 * @returns {Promise<import('node:http').Server>}
 */
export async function serveWithHeaders(root, port) {
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
    try {
      const file = fileFor(root, pathname);
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      response.writeHead(200);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.writeHead(404);
      response.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '4173'] = process.argv.slice(2);
  await serveWithHeaders(root, Number(port));
}

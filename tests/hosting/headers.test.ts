/**
 * The headers a hosted copy is served with: public/_headers is the one
 * source; the page's <meta> policy and the Docker image's Caddy server must
 * say the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HeaderRule, headersFor, parseHeadersFile, pathMatches } from '../../e2e/headers-file.mjs';
import { CONTENT_SECURITY_POLICY, metaContentSecurityPolicy } from '../../vite.config';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const HEADERS_FILE = read('public/_headers');
const rules = parseHeadersFile(HEADERS_FILE);

const META_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Paths of every kind the build holds. */
const SAMPLE_PATHS = [
  '/',
  '/index.html',
  '/sw.js',
  '/workbox-9c191d2f.js',
  '/manifests/notebook.webmanifest',
  '/assets/index-C9M445lQ.js',
  '/assets/argon2-CO2DNzgX.wasm',
  '/icons/notebook.svg',
  '/exit/calculator.html',
];

/** Each feature the policy closes, and the browser API that would need it open. */
const FEATURE_APIS: Record<string, RegExp> = {
  accelerometer: /Accelerometer|devicemotion/,
  autoplay: /autoplay|\.play\(/,
  'browsing-topics': /browsingTopics/,
  camera: /getUserMedia|capture=/,
  'display-capture': /getDisplayMedia/,
  'encrypted-media': /requestMediaKeySystemAccess/,
  fullscreen: /requestFullscreen/,
  gamepad: /getGamepads/,
  geolocation: /geolocation/,
  gyroscope: /Gyroscope|deviceorientation/,
  hid: /navigator\.hid/,
  'identity-credentials-get': /IdentityCredential/,
  'idle-detection': /IdleDetector/,
  'local-fonts': /queryLocalFonts/,
  magnetometer: /Magnetometer/,
  microphone: /getUserMedia/,
  midi: /requestMIDIAccess/,
  'otp-credentials': /OTPCredential|otp:/,
  payment: /PaymentRequest/,
  'picture-in-picture': /requestPictureInPicture/,
  'publickey-credentials-create': /credentials\.create/,
  'publickey-credentials-get': /credentials\.get/,
  'screen-wake-lock': /wakeLock/,
  serial: /navigator\.serial/,
  'storage-access': /requestStorageAccess/,
  usb: /navigator\.usb/,
  'window-management': /getScreenDetails/,
  'xr-spatial-tracking': /navigator\.xr/,
  'clipboard-read': /clipboard/,
  'clipboard-write': /clipboard/,
};

function sourceFiles(folder = join(ROOT, 'src')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

describe('public/_headers', () => {
  it('gives every path the security headers', () => {
    for (const path of SAMPLE_PATHS) {
      const headers = headersFor(rules, path);
      expect(headers.get('content-security-policy'), path).toBe(`${META_POLICY}; frame-ancestors 'none'`);
      expect(headers.get('strict-transport-security'), path).toBe('max-age=63072000; includeSubDomains');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(headers.get('permissions-policy'), path).toMatch(/^camera=\(\)|, camera=\(\)/);
    }
  });

  it('makes the page, the service worker and the manifests be checked again on every visit', () => {
    for (const path of [
      '/',
      '/index.html',
      '/sw.js',
      '/manifests/notebook.webmanifest',
      '/manifests/recipes.webmanifest',
    ]) {
      expect(headersFor(rules, path).get('cache-control'), path).toBe('no-cache');
    }
  });

  it('lets the hashed assets be kept for a year without asking again', () => {
    for (const path of ['/assets/index-C9M445lQ.js', '/assets/argon2-CO2DNzgX.wasm', '/assets/Unlocked-C9M445lQ.css']) {
      expect(headersFor(rules, path).get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
  });

  it('sets no header twice for one path, so every host reads it the same way', () => {
    for (const path of SAMPLE_PATHS) {
      const names = rules
        .filter((rule) => pathMatches(rule.path, path))
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(names.length, path).toBe(new Set(names).size);
    }
  });

  it('closes the browser features, none of which the app calls', () => {
    const policy = headersFor(rules, '/').get('permissions-policy') ?? '';
    const features = policy.split(',').map((entry) => entry.trim());
    expect(features.every((entry) => entry.endsWith('=()'))).toBe(true);
    const closed = features.map((entry) => entry.slice(0, -'=()'.length));
    expect(closed).toEqual(Object.keys(FEATURE_APIS));
    const source = sourceFiles().map((file) => [file, read(file)] as const);
    const used = Object.entries(FEATURE_APIS).flatMap(([feature, api]) =>
      source.filter(([, text]) => api.test(text)).map(([file]) => `${feature} in ${file}`),
    );
    expect(used).toEqual([]);
  });
});

describe('the page policy', () => {
  it('is the header policy without frame-ancestors, which a <meta> cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(META_POLICY);
    expect(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(
      headersFor(rules, '/').get('content-security-policy'),
    );
  });

  it('refuses to build from a headers file without a policy', () => {
    expect(() => metaContentSecurityPolicy('/*\n  Referrer-Policy: no-referrer\n')).toThrow(/Content-Security-Policy/);
  });
});

/** The Caddyfile the Dockerfile writes, read back as _headers rules. */
function caddyRules(caddyfile: string): HeaderRule[] {
  const result: HeaderRule[] = [];
  const all: HeaderRule = { path: '/*', headers: [] };
  const lines = caddyfile.split('\n').map((line) => line.trim());
  const start = lines.indexOf('header {');
  expect(start).toBeGreaterThan(-1);
  for (const line of lines.slice(start + 1)) {
    if (line === '}') break;
    const match = /^(\S+) "(.*)"$/.exec(line);
    if (!match?.[1] || match[2] === undefined) throw new Error(`unread header line: ${line}`);
    all.headers.push([match[1], match[2]]);
  }
  result.push(all);
  for (const line of lines) {
    const match = /^header (\/\S*) (\S+) "(.*)"$/.exec(line);
    if (match?.[1] && match[2] && match[3] !== undefined)
      result.push({ path: match[1], headers: [[match[2], match[3]]] });
  }
  return result;
}

describe('the Docker image', () => {
  const dockerfile = read('Dockerfile');
  const caddyfile = /COPY <<'CADDYFILE' \/etc\/caddy\/Caddyfile\n([\s\S]*?)\nCADDYFILE\n/.exec(dockerfile)?.[1] ?? '';

  it('builds with npm ci and vite, then serves the build with Caddy', () => {
    expect(dockerfile).toMatch(/^FROM node:20\S* AS build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^RUN NOTEBOOK_CONFIG=\/deployment.json npx vite build$/m);
    expect(dockerfile).toMatch(/^FROM caddy:2\S*$/m);
    expect(dockerfile).toContain('COPY --from=build /app/dist /srv');
    expect(caddyfile).toContain('file_server');
  });

  it('builds with the deployment file given as NOTEBOOK_CONFIG, the default file when none is given', () => {
    expect(dockerfile).toMatch(/^ARG NOTEBOOK_CONFIG=src\/domain\/deployment.default.json$/m);
    expect(dockerfile).toMatch(/^COPY \$\{NOTEBOOK_CONFIG\} \/deployment.json$/m);
    expect(read('src/domain/deployment.default.json')).toContain('"hotlines"');
  });

  it('serves the same headers as public/_headers, rule for rule', () => {
    const normalise = (list: readonly HeaderRule[]) =>
      list.map(({ path, headers }) => ({ path, headers: headers.map(([name, value]) => [name.toLowerCase(), value]) }));
    expect(normalise(caddyRules(caddyfile))).toEqual(normalise(rules));
  });

  it('writes no access log and hides the server name', () => {
    expect(caddyfile).not.toMatch(/^\s*log\b/m);
    expect(caddyfile).toMatch(/^\s*header -Server$/m);
    expect(caddyfile).toMatch(/^\s*admin off$/m);
  });
});

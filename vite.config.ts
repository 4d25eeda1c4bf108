/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { isStartNamespace } from './src/app/namespaces.ts';
import { type Deployment, parseDeployment } from './src/domain/deployment.ts';

/**
 * The deployment configuration (src/domain/deployment.ts): the default file,
 * or the one NOTEBOOK_CONFIG names (relative to the folder the build runs
 * in). A mistake stops the build with the file and every field at fault.
 */
export const DEFAULT_DEPLOYMENT_FILE = fileURLToPath(new URL('./src/domain/deployment.default.json', import.meta.url));

export function loadDeployment(file: string): Deployment {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `The deployment configuration ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = parseDeployment(text);
  if (!result.ok) {
    throw new Error(
      `The deployment configuration ${file} has mistakes:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
  return result.deployment;
}

const DEPLOYMENT_MODULE = 'virtual:notebook-deployment';
/** What the screens before the passphrase need (language order, identities), so the numbers and names load only after unlocking. */
const START_MODULE = 'virtual:notebook-deployment-start';

/** The checked configuration as modules of the build: they are precached with the rest and never fetched. */
function deploymentModule(): Plugin {
  const file = resolve(process.env.NOTEBOOK_CONFIG ?? DEFAULT_DEPLOYMENT_FILE);
  // Checked once now, so a mistake stops the build before anything is compiled.
  loadDeployment(file);
  return {
    name: 'notebook-deployment',
    resolveId: (id) => (id === DEPLOYMENT_MODULE || id === START_MODULE ? `\0${id}` : null),
    load(id) {
      if (id !== `\0${DEPLOYMENT_MODULE}` && id !== `\0${START_MODULE}`) return null;
      // Read again here, so the development server picks up an edited file.
      this.addWatchFile(file);
      const deployment = loadDeployment(file);
      const { languagesFirst, identities } = deployment;
      return `export default ${JSON.stringify(id === `\0${START_MODULE}` ? { languagesFirst, identities } : deployment)};`;
    },
  };
}

/**
 * The production page allows nothing but its own origin. 'wasm-unsafe-eval'
 * is there for the Argon2id WebAssembly only. The policy is written once, in
 * public/_headers (the HTTP headers of a hosted copy); the page carries the
 * same policy in a <meta> for hosts that send no headers, without
 * frame-ancestors, which browsers ignore in a <meta>. The dev server needs
 * inline scripts for hot reload, so the policy is added to the build alone.
 */
export function metaContentSecurityPolicy(headersFile: string): string {
  const line = headersFile
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text.toLowerCase().startsWith('content-security-policy:'));
  if (!line) throw new Error('public/_headers sets no Content-Security-Policy');
  return line
    .slice(line.indexOf(':') + 1)
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'))
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = metaContentSecurityPolicy(
  readFileSync(fileURLToPath(new URL('./public/_headers', import.meta.url)), 'utf8'),
);

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const LOCALES_DIR = fileURLToPath(new URL('./locales', import.meta.url));
const LOCALES_MODULE = 'virtual:notebook-locales';
/** One language's words, `virtual:notebook-locales/<lang>/start` or `/rest`: every namespace of that part. */
const LOCALE_PART = /^\0?virtual:notebook-locales\/([^/]+)\/(start|rest)$/;

/** The namespaces of a language: the names of its files in locales/<lang>. */
function namespacesOf(language: string): string[] {
  return readdirSync(join(LOCALES_DIR, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/**
 * The words of every language as modules of the build: `virtual:notebook-locales`
 * exports the namespaces (the files of English, the source) and, for each
 * language, two loaders, one for the words of the screens before the
 * passphrase (src/app/namespaces.ts) and one for the rest. Each loader
 * imports a module that gathers that part's files, so the entry carries two
 * small loaders per language rather than one per file.
 */
function localeModules(): Plugin {
  return {
    name: 'notebook-locales',
    resolveId: (id) => (id === LOCALES_MODULE || LOCALE_PART.test(id) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${LOCALES_MODULE}`) {
        const languages = readdirSync(LOCALES_DIR, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort();
        const loaders = languages.map((language) => {
          const part = (name: string) =>
            `() => import(${JSON.stringify(`${LOCALES_MODULE}/${language}/${name}`)}).then((module) => module.default)`;
          return `  ${JSON.stringify(language)}: { start: ${part('start')}, rest: ${part('rest')} },`;
        });
        return [
          `export const NAMESPACES = ${JSON.stringify(namespacesOf('en'))};`,
          `export const LOCALES = {\n${loaders.join('\n')}\n};`,
        ].join('\n');
      }
      const match = LOCALE_PART.exec(id);
      if (!match?.[1] || !match[2] || !id.startsWith('\0')) return null;
      const [, language, part] = match;
      const namespaces = namespacesOf(language).filter(
        (namespace) => isStartNamespace(namespace) === (part === 'start'),
      );
      return [
        ...namespaces.map(
          (namespace, index) =>
            `import n${index} from ${JSON.stringify(join(LOCALES_DIR, language, `${namespace}.json`))};`,
        ),
        `export default { ${namespaces.map((namespace, index) => `${JSON.stringify(namespace)}: n${index}`).join(', ')} };`,
      ].join('\n');
    },
  };
}

/**
 * Two chunks per language instead of one per file: `<lang>-start` holds the
 * words of the screens before the passphrase (src/app/namespaces.ts), `<lang>`
 * the rest. A first visit fetches one small chunk for its words.
 */
function localeChunkName(id: string): string | null {
  const part = LOCALE_PART.exec(id);
  if (part?.[1]) return part[2] === 'start' ? `${part[1]}-start` : part[1];
  const match = /[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/.exec(id);
  if (!match?.[1] || !match[2]) return null;
  return isStartNamespace(match[2]) ? `${match[1]}-start` : match[1];
}

/**
 * The passphrase strength estimator's dictionaries, one chunk per language,
 * loaded only on the screens that choose a passphrase (src/features/setup/estimator.ts).
 */
function strengthChunkName(id: string): string | null {
  // Shared by the common lists (shipped with the worker) and every dictionary (fetched when needed):
  // a chunk of its own, shipped with the app, so the worker never waits on a dictionary to start.
  if (/[\\/]@zxcvbn-ts[\\/]dictionary-compression[\\/]/.test(id)) return 'estimator-shared';
  const match = /[\\/]@zxcvbn-ts[\\/]language-([^\\/]+)[\\/]/.exec(id);
  if (!match?.[1] || match[1] === 'common') return null;
  return `strength-${match[1]}`;
}

function chunkName(id: string): string | null {
  return localeChunkName(id) ?? strengthChunkName(id);
}

/**
 * English is the fallback language, so its first words are needed whatever
 * the language: index.html preloads them beside the entry script instead of
 * fetching them after it has run.
 */
function preloadSourceLanguage(): Plugin {
  return {
    name: 'preload-source-language',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.name === 'en-start',
        );
        if (!chunk) throw new Error('no en-start chunk to preload');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    deploymentModule(),
    localeModules(),
    contentSecurityPolicy(),
    preloadSourceLanguage(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The manifests are static files, one per neutral identity (src/safety/identity.ts).
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,wasm}'],
        // The strength estimate's word lists weigh about 1.6 MB: not every phone downloads them
        // on its first visit. Each is fetched when a passphrase is chosen in its language, then
        // kept; without it, the estimate still knows common passwords and patterns.
        globIgnores: ['**/assets/strength-*.js'],
        runtimeCaching: [
          {
            urlPattern: ({ sameOrigin, url }) => sameOrigin && /^\/assets\/strength-[\w-]+\.js$/.test(url.pathname),
            handler: 'CacheFirst',
            // No expiration: there are five lists at most, and its database would outlive "Delete everything".
            options: { cacheName: 'assets-on-demand' },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is served by the worker as soon as it is installed, so a
        // person who goes offline straight after it still has every language. Later
        // versions still wait until the person accepts the update.
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  // Both workers are module workers: key derivation (src/vault/kdf.worker.ts) loads Argon2id on demand,
  // and the strength estimator (src/features/setup/estimator.worker.ts) loads each dictionary on demand.
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: strengthChunkName }],
        },
      },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: chunkName }],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // A component test types and clicks like a person, and some walk a whole form: on two
          // busy cores that can take longer than the 5 s default, which is no sign of a fault.
          testTimeout: 15_000,
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/features/node-realm.ts', 'fake-indexeddb/auto', 'tests/setup-dom.ts'],
        },
      },
    ],
  },
});

/**
 * Builds the benchmark page (bench/page) into bench/dist/page. The page
 * imports the app's real modules from ../src; nothing here copies them.
 * It carries the production Content-Security-Policy, so the Argon2id
 * WebAssembly runs under the same rules as in the app.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';

const benchDir = fileURLToPath(new URL('.', import.meta.url));

export const BENCH_PAGE_OUT_DIR = `${benchDir}dist/page`;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'bench-content-security-policy',
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

export default defineConfig({
  root: `${benchDir}page`,
  base: '/',
  publicDir: false,
  plugins: [react(), contentSecurityPolicy()],
  // As the app's own build: the key-derivation worker is a module worker.
  worker: { format: 'es' },
  build: {
    outDir: BENCH_PAGE_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    /** The page bundles the app and the benchmark in one chunk on purpose. */
    chunkSizeWarningLimit: 2000,
  },
  preview: {
    host: '127.0.0.1',
    port: 4174,
    strictPort: true,
  },
});

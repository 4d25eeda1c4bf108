/**
 * Lines the layer fence must refuse, and lines it must let through, each as
 * if it stood in a file of the given folder and depth (the files need not
 * exist). Every forbidden line is fed to the architecture check and, unless
 * `lint` is false, to Biome as well; `lint: false` marks what Biome's rules
 * cannot see (a global reached through `globalThis` or `window`, a file of the
 * vault importing its own entry), which only the architecture check catches.
 */

export interface FenceLine {
  file: string;
  line: string;
  /** False when only the architecture check, not the linter, can tell. */
  lint?: false;
}

export const FORBIDDEN_LINES: readonly FenceLine[] = [
  // The domain: no UI, storage, keys, browser or other layer, at any depth.
  { file: 'src/domain/x.ts', line: "import { useState } from 'react';" },
  { file: 'src/domain/x.ts', line: "import { createRoot } from 'react-dom/client';" },
  { file: 'src/domain/x.ts', line: "import i18next from 'i18next';" },
  { file: 'src/domain/x.ts', line: "import { useTranslation } from 'react-i18next';" },
  { file: 'src/domain/x.ts', line: "import Dexie from 'dexie';" },
  { file: 'src/domain/x.ts', line: "import { argon2id } from 'hash-wasm';" },
  { file: 'src/domain/x.ts', line: "import { registerSW } from 'virtual:pwa-register';" },
  { file: 'src/domain/x.ts', line: "import { NotebookSession } from '../vault';" },
  { file: 'src/domain/x.ts', line: "import { NotebookDatabase } from '../vault/database';" },
  { file: 'src/domain/x.ts', line: "import type { VaultContents } from '../vault/vault';" },
  { file: 'src/domain/x.ts', line: "export * from '../vault/session';" },
  { file: 'src/domain/x.ts', line: "export const load = () => import('../vault/keystore');" },
  { file: 'src/domain/x.ts', line: "import { Button } from '../ui/Button';" },
  { file: 'src/domain/x.ts', line: "import { cover } from '../safety/cover';" },
  { file: 'src/domain/x.ts', line: "import { NotebookProvider } from '../features/notebook';" },
  { file: 'src/domain/x.ts', line: "import { App } from '../app/App';" },
  { file: 'src/domain/rules/x.ts', line: "import { App } from '../../app/App';" },
  { file: 'src/domain/rules/x.ts', line: "import { newRecordId } from '../../vault/environment';" },
  { file: 'src/domain/x.ts', line: 'export const title = () => document.title;' },
  { file: 'src/domain/x.ts', line: "export const saved = () => localStorage.getItem('x');" },
  { file: 'src/domain/x.ts', line: "export const kept = () => sessionStorage.getItem('x');" },
  { file: 'src/domain/x.ts', line: 'export const wide = () => window.innerWidth;' },
  { file: 'src/domain/x.ts', line: 'export const language = () => navigator.language;' },
  { file: 'src/domain/x.ts', line: 'export const here = () => location.href;' },
  { file: 'src/domain/x.ts', line: "export const ask = () => fetch('/x');" },
  { file: 'src/domain/x.ts', line: 'export const id = () => crypto.randomUUID();' },
  { file: 'src/domain/x.ts', line: 'export const key = () => globalThis.crypto.subtle;' },
  { file: 'src/domain/x.ts', line: 'export const own = () => self.crypto;' },
  { file: 'src/domain/x.ts', line: "export const open = () => indexedDB.open('x');" },

  // The vault: the domain only, no UI, at any depth; never its own public entry.
  { file: 'src/vault/x.ts', line: "import { useState } from 'react';" },
  { file: 'src/vault/x.ts', line: "import { useTranslation } from 'react-i18next';" },
  { file: 'src/vault/x.ts', line: "import { Button } from '../ui/Button';" },
  { file: 'src/vault/x.ts', line: "import { cover } from '../safety/cover';" },
  { file: 'src/vault/x.ts', line: "import { describeError } from '../features/errors';" },
  { file: 'src/vault/x.ts', line: "import { App } from '../app/App';" },
  { file: 'src/vault/migrations/x.ts', line: "import { App } from '../../app/App';" },
  { file: 'src/vault/x.ts', line: "import { NotebookSession } from './index';", lint: false },

  // ui and safety: no feature, shell or vault (not even its public entry), no storage or keys.
  { file: 'src/ui/x.tsx', line: "import { NotebookSession } from '../vault';" },
  { file: 'src/ui/x.tsx', line: "import { NotebookDatabase } from '../vault/database';" },
  { file: 'src/ui/x.tsx', line: "import { useNotebook } from '../features/notebook';" },
  { file: 'src/ui/x.tsx', line: "import { App } from '../app/App';" },
  { file: 'src/ui/x.tsx', line: "import Dexie from 'dexie';" },
  { file: 'src/ui/x.tsx', line: "import { argon2id } from 'hash-wasm';" },
  { file: 'src/ui/x.tsx', line: "export const digest = () => crypto.subtle.digest('SHA-256', new Uint8Array());" },
  { file: 'src/ui/x.tsx', line: "export const open = () => indexedDB.open('x');" },
  { file: 'src/ui/x.tsx', line: 'export const subtle = () => globalThis.crypto.subtle;', lint: false },
  { file: 'src/ui/x.tsx', line: "export const open = () => window.indexedDB.open('x');", lint: false },
  { file: 'src/safety/x.ts', line: "import { NotebookSession } from '../vault';" },
  { file: 'src/safety/x.ts', line: "import { isVaultError } from '../vault/errors';" },
  { file: 'src/safety/x.ts', line: "import { useNotebook } from '../features/notebook';" },
  { file: 'src/safety/x.ts', line: "import { Unlocked } from '../app/Unlocked';" },
  { file: 'src/safety/x.ts', line: "import Dexie from 'dexie';" },
  {
    file: 'src/safety/x.ts',
    line: 'export const random = () => self.crypto.getRandomValues(new Uint8Array(4));',
    lint: false,
  },

  // Features, one level deep and two: the vault only through its entry, never the shell.
  { file: 'src/features/x.tsx', line: "import { NotebookDatabase } from '../vault/database';" },
  { file: 'src/features/x.tsx', line: "import { newRecordId } from '../vault/environment';" },
  { file: 'src/features/x.tsx', line: "import type { NotebookSession } from '../vault/session';" },
  { file: 'src/features/x.tsx', line: "export { VaultError } from '../vault/errors';" },
  { file: 'src/features/x.tsx', line: "export const load = () => import('../vault/keystore');" },
  { file: 'src/features/x.tsx', line: "import { App } from '../app/App';" },
  { file: 'src/features/x.tsx', line: "import { setupI18n } from '../app/i18n';" },
  { file: 'src/features/x.tsx', line: "import '../main';" },
  { file: 'src/features/x.tsx', line: "import Dexie from 'dexie';" },
  { file: 'src/features/x.tsx', line: "import { argon2id } from 'hash-wasm';" },
  {
    file: 'src/features/x.tsx',
    line: "export const digest = () => crypto.subtle.digest('SHA-256', new Uint8Array());",
  },
  { file: 'src/features/list/x.tsx', line: "import { NotebookDatabase } from '../../vault/database';" },
  {
    file: 'src/features/list/x.tsx',
    line: "import { createTables } from '../../vault/migrations/0001-create-tables';",
  },
  { file: 'src/features/list/x.tsx', line: "import type { StoreMigration } from '../../vault/migrations';" },
  { file: 'src/features/list/x.tsx', line: "import { App } from '../../app/App';" },
  { file: 'src/features/list/x.tsx', line: "import Dexie from 'dexie';" },
  { file: 'src/features/list/x.tsx', line: "import { argon2id } from 'hash-wasm';" },
  { file: 'src/features/list/x.tsx', line: "export const open = () => indexedDB.open('x');" },
  { file: 'src/features/list/x.tsx', line: "export const open = () => window.indexedDB.open('x');", lint: false },
  { file: 'src/features/list/x.tsx', line: 'export const subtle = () => globalThis.crypto.subtle;', lint: false },
  { file: 'src/features/list/x.tsx', line: "export const subtle = () => globalThis['crypto'].subtle;", lint: false },
  {
    file: 'src/features/list/x.tsx',
    line: 'const { crypto: c } = globalThis;\nexport const subtle = c.subtle;',
    lint: false,
  },

  // The shell: features, not the vault's internals; nothing imports main.tsx.
  { file: 'src/app/x.tsx', line: "import { NotebookSession } from '../vault/session';" },
  { file: 'src/app/x.tsx', line: "import { NotebookDatabase } from '../vault/database';" },
  { file: 'src/app/x.tsx', line: "import Dexie from 'dexie';" },
  { file: 'src/app/x.tsx', line: "import { argon2id } from 'hash-wasm';" },
  { file: 'src/app/x.tsx', line: "import '../main';" },
  { file: 'src/app/x.tsx', line: "export const wipe = () => indexedDB.deleteDatabase('x');" },

  // The composition root: the vault through its entry only.
  { file: 'src/main.tsx', line: "import { NotebookSession } from './vault/session';" },
  { file: 'src/main.tsx', line: "import Dexie from 'dexie';" },
  { file: 'src/main.tsx', line: "import { argon2id } from 'hash-wasm';" },
  { file: 'src/main.tsx', line: 'export const id = () => crypto.randomUUID();' },
];

export const ALLOWED_LINES: readonly FenceLine[] = [
  { file: 'src/domain/x.ts', line: "import { z } from 'zod';" },
  { file: 'src/domain/x.ts', line: "import { LIMITS } from './limits';" },
  { file: 'src/domain/x.ts', line: 'export const shape = { location: 1, crypto: 2 };' },
  { file: 'src/vault/x.ts', line: "import { personSchema } from '../domain/person';" },
  { file: 'src/vault/x.ts', line: "import Dexie from 'dexie';" },
  { file: 'src/vault/x.ts', line: 'export const subtle = () => globalThis.crypto.subtle;' },
  { file: 'src/vault/migrations/x.ts', line: "import type { Transaction } from 'dexie';" },
  { file: 'src/ui/x.tsx', line: "import { cover } from '../safety/cover';" },
  { file: 'src/safety/x.ts', line: "import { Button } from '../ui/Button';" },
  { file: 'src/safety/x.ts', line: 'export const leave = (url: string) => globalThis.location.replace(url);' },
  { file: 'src/features/x.tsx', line: "import { NotebookSession } from '../vault';" },
  { file: 'src/features/x.tsx', line: "import { Button } from '../ui/Button';" },
  { file: 'src/features/list/x.tsx', line: "import { newRecordId } from '../../vault';" },
  { file: 'src/features/list/x.tsx', line: "import { isVaultError } from '../../vault/index';" },
  { file: 'src/features/x.tsx', line: "import { NotebookSession } from '../vault/index.ts';" },
  { file: 'src/features/list/x.tsx', line: "import { useNotebook } from '../notebook';" },
  { file: 'src/features/list/x.tsx', line: "import { describeError } from '../errors';" },
  { file: 'src/features/list/x.tsx', line: "import { People } from '../people/People';" },
  { file: 'src/features/list/x.tsx', line: "import { cover } from '../../safety/cover';" },
  { file: 'src/features/list/x.tsx', line: "import { LIMITS } from '../../domain/limits';" },
  { file: 'src/features/list/x.tsx', line: 'export const keys = { crypto: 1, indexedDB: 2 };' },
  { file: 'src/app/x.tsx', line: "import { NotebookSession } from '../vault';" },
  { file: 'src/app/x.tsx', line: "import { Unlock } from '../features/unlock/Unlock';" },
  { file: 'src/app/x.tsx', line: "const words = import.meta.glob('../../locales/*/*.json');\nexport { words };" },
  { file: 'src/main.tsx', line: "import { NotebookSession } from './vault';" },
  { file: 'src/main.tsx', line: "import { App } from './app/App';" },
];

/** Public entries the vault must not have: each one re-exports what should stay inside. */
export const FORBIDDEN_PUBLIC_ENTRIES: readonly string[] = [
  "export { NotebookDatabase } from './database';",
  "export { openBackup } from './backup';",
  "export { type OpenedBackup, openBackup } from './backup';",
  "export * from './session';",
  "export * from './keystore';",
  "export { deriveKeyFromPassphrase } from './kdf';",
  "export { NotebookSession } from './session';\nexport const extra = 1;",
  "import { NotebookSession } from './session';\nexport { NotebookSession };",
];

/** Public entries the vault may have: types from the code it loads on demand are fine. */
export const ALLOWED_PUBLIC_ENTRIES: readonly string[] = [
  "export { type OpenedBackup } from './backup';",
  "export type * from './vault';",
  "export * from './errors';\nexport { NotebookSession, type SessionState } from './session';",
];

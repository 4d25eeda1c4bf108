/**
 * "Delete everything": the notebook's database, every other database and
 * storage of this origin, and every cache except the app's own code, so the
 * app still opens (empty) offline afterwards.
 */
import Dexie from 'dexie';
import { toVaultError } from './errors';
import type { Vault } from './vault';

/** Caches named so by Workbox hold only the app's own files. */
const APP_CODE_CACHE_PREFIX = 'workbox-precache';

export async function deleteEverything(vault: Vault): Promise<void> {
  await vault.deleteDatabase();
  try {
    const others = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    await Promise.all(others.flatMap(({ name }) => (name ? [Dexie.delete(name)] : [])));
  } catch (error) {
    throw toVaultError(error);
  }
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(
      names.filter((name) => !name.startsWith(APP_CODE_CACHE_PREFIX)).map((name) => caches.delete(name)),
    );
  }
}

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

/**
 * How long to wait for another database of this origin to go. One that is
 * held open elsewhere (a service worker's, say) is blocked until it closes;
 * its deletion stays asked for, and the rest of the erasing goes on.
 */
const OTHER_DATABASE_WAIT_MS = 2000;

function deletedOrWaitedFor(name: string): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise((resolve) => {
    timer = setTimeout(resolve, OTHER_DATABASE_WAIT_MS);
  });
  return Promise.race([Dexie.delete(name), waited]).finally(() => clearTimeout(timer));
}

export async function deleteEverything(vault: Vault): Promise<void> {
  await vault.deleteDatabase();
  try {
    const others = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    await Promise.all(others.flatMap(({ name }) => (name ? [deletedOrWaitedFor(name)] : [])));
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

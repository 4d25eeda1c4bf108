/** Shared helpers for vault tests: fast key derivation, fresh databases, raw reads. */
import { newPerson, type Person } from '../../src/domain/person';
import type { KdfParams } from '../../src/vault/kdf';
import { NotebookSession } from '../../src/vault/session';
import { Vault } from '../../src/vault/vault';

/** Argon2id with tiny parameters: the same code path, fast enough for many tests. */
export const FAST_KDF: KdfParams = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };

let counter = 0;
export function freshName(): string {
  counter += 1;
  return `test-notebook-${Date.now()}-${counter}`;
}

export async function openVault(name: string, kdf: KdfParams = FAST_KDF): Promise<Vault> {
  const vault = new Vault({ name, kdf });
  await vault.open();
  return vault;
}

export async function createdVault(
  passphrase = 'correct horse battery staple',
): Promise<{ vault: Vault; name: string }> {
  const name = freshName();
  const vault = await openVault(name);
  await vault.create(passphrase);
  return { vault, name };
}

export function person(label: string, extra: Partial<Person> = {}): Person {
  return { ...newPerson({ id: crypto.randomUUID(), label, now: new Date().toISOString() }), ...extra };
}

/** Every object of every store of a database, read with the raw IndexedDB API. */
export async function rawDump(name: string): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const stores = [...db.objectStoreNames];
    const dump: Record<string, unknown[]> = {};
    for (const store of stores) {
      dump[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    return dump;
  } finally {
    db.close();
  }
}

/** One write to one store with the raw IndexedDB API, as someone changing storage behind the app would. */
async function rawWrite(name: string, store: string, write: (objects: IDBObjectStore) => void): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(store, 'readwrite');
      write(transaction.objectStore(store));
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

export async function rawPut(name: string, store: string, value: unknown): Promise<void> {
  await rawWrite(name, store, (objects) => objects.put(value));
}

/** Removes one row of one store, as someone changing storage behind the app would. */
export async function rawDelete(name: string, store: string, id: string): Promise<void> {
  await rawWrite(name, store, (objects) => objects.delete(id));
}

/** Empties one store, e.g. the keystore, leaving the others as they are. */
export async function rawClear(name: string, store: string): Promise<void> {
  await rawWrite(name, store, (objects) => objects.clear());
}

/** True if the text appears anywhere in the value: strings, keys, or bytes decoded as UTF-8 or UTF-16. */
export function containsText(value: unknown, text: string): boolean {
  const needle = text.toLowerCase();
  const seen = new Set<unknown>();
  const visit = (item: unknown): boolean => {
    if (typeof item === 'string') return item.toLowerCase().includes(needle);
    if (typeof item === 'number' || typeof item === 'boolean' || item == null) return false;
    if (seen.has(item)) return false;
    seen.add(item);
    if (item instanceof ArrayBuffer) return visit(new Uint8Array(item));
    if (ArrayBuffer.isView(item)) {
      const bytes = new Uint8Array(item.buffer, item.byteOffset, item.byteLength);
      return (
        new TextDecoder('utf-8').decode(bytes).toLowerCase().includes(needle) ||
        new TextDecoder('utf-16le').decode(bytes).toLowerCase().includes(needle) ||
        Buffer.from(bytes).toString('latin1').toLowerCase().includes(needle)
      );
    }
    if (Array.isArray(item)) return item.some(visit);
    if (typeof item === 'object') {
      return Object.entries(item).some(([key, inner]) => key.toLowerCase().includes(needle) || visit(inner));
    }
    return false;
  };
  return visit(value);
}

/** Two tabs open on one notebook, both unlocked: two sessions on one database, as two tabs are. */
export async function twoUnlockedTabs(
  passphrase = 'quiet river under the old bridge',
): Promise<{ a: NotebookSession; b: NotebookSession; name: string }> {
  const name = freshName();
  const a = new NotebookSession({ name, kdf: FAST_KDF });
  await a.start();
  await a.create(passphrase);
  const b = new NotebookSession({ name, kdf: FAST_KDF });
  await b.start();
  await b.unlock(passphrase);
  return { a, b, name };
}

/**
 * Everything said on a notebook's tab channel, as another tab would hear it.
 * Close the returned channel after the test (`channel.close()`).
 */
export function overhear(name: string): { heard: unknown[]; channel: BroadcastChannel } {
  const heard: unknown[] = [];
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => heard.push(event.data);
  return { heard, channel };
}

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../src/vault/database';
import { storageErrorCode, VaultError } from '../../src/vault/errors';
import { MIGRATIONS } from '../../src/vault/migrations';
import { Vault } from '../../src/vault/vault';
import { createdVault, FAST_KDF, freshName, person } from './helpers';

describe('storage errors', () => {
  it('names a full disk, however the browser wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(storageErrorCode(quota)).toBe('storage-full');
    expect(storageErrorCode(new Dexie.AbortError('aborted', quota))).toBe('storage-full');
    expect(storageErrorCode(new Dexie.QuotaExceededError('full'))).toBe('storage-full');
  });

  it('names a browser without IndexedDB or one that refuses it (private modes)', () => {
    expect(storageErrorCode(new Dexie.MissingAPIError('no indexedDB'))).toBe('storage-unavailable');
    expect(storageErrorCode(new DOMException('refused', 'InvalidStateError'))).toBe('storage-unavailable');
  });

  it('keeps a vault error as it is and calls anything unknown a storage failure', () => {
    expect(storageErrorCode(new VaultError('wrong-passphrase'))).toBe('wrong-passphrase');
    expect(storageErrorCode(new Error('??'))).toBe('storage-failed');
  });

  it('closes and locks when another tab opens a newer version, and says so', async () => {
    const { vault, name } = await createdVault();
    const events: string[] = [];
    vault.subscribe((event) => events.push(event.type === 'closed' ? `closed:${event.reason}` : event.type));

    const newer = new NotebookDatabase(name, [...MIGRATIONS, { version: MIGRATIONS.length + 1, stores: {} }]);
    await newer.open();
    newer.close();

    expect(events).toEqual(['locked', 'closed:newer-version-elsewhere']);
    expect(vault.isUnlocked).toBe(false);
    await expect(vault.put('people', person('Ana'))).rejects.toMatchObject({ code: 'newer-version-elsewhere' });
  });

  it('says when another tab holding an older version blocks the upgrade', async () => {
    const name = freshName();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      // Dexie stores version n as n * 10.
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // This connection ignores versionchange, like an old tab that never closes.
    old.onversionchange = null;

    const vault = new Vault({ name, kdf: FAST_KDF });
    const blocked = new Promise<string>((resolve) => vault.subscribe((event) => resolve(event.type)));
    const opening = vault.open();
    expect(await blocked).toBe('blocked');
    old.close();
    await opening;
    expect(await vault.hasNotebook()).toBe(false);
  });
});

/**
 * A notebook whose keystore row was removed behind the app's back while its
 * encrypted records remain: no passphrase can open it, and it must not be
 * taken for a new phone.
 */
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../src/vault/session';
import { FAST_KDF, freshName, person, rawClear, rawDump } from './helpers';

const PASSPHRASE = 'quiet river under the old bridge';

async function notebookWithAna(): Promise<string> {
  const name = freshName();
  const session = new NotebookSession({ name, kdf: FAST_KDF });
  await session.start();
  await session.create(PASSPHRASE);
  await session.savePerson(person('Ana'));
  session.lockThisTab();
  return name;
}

async function started(name: string): Promise<NotebookSession> {
  const session = new NotebookSession({ name, kdf: FAST_KDF });
  await session.start();
  return session;
}

describe('a notebook whose lock is missing', () => {
  it('says its lock is missing, not that this is a new phone, when the keystore is gone and records remain', async () => {
    const name = await notebookWithAna();
    await rawClear(name, 'keystore');
    const session = await started(name);
    expect(session.getState().phase).toBe('lock-missing');
  });

  it('an empty browser is still a new phone, and a whole notebook still asks for its passphrase', async () => {
    const empty = await started(freshName());
    expect(empty.getState().phase).toBe('new');
    const whole = await started(await notebookWithAna());
    expect(whole.getState().phase).toBe('locked');
  });

  it('starting again deletes what cannot be opened and begins a new, empty notebook', async () => {
    const name = await notebookWithAna();
    await rawClear(name, 'keystore');
    const session = await started(name);
    await session.deleteEverything();
    expect(session.getState().phase).toBe('new');
    const left = await rawDump(name);
    expect(Object.values(left).every((rows) => rows.length === 0)).toBe(true);
  });
});

describe('deleting everything', () => {
  it('goes on when another database of the app is held open elsewhere, and leaves a new notebook', async () => {
    const name = await notebookWithAna();
    // A database some other part of the browser keeps open and never lets go of (a service worker's, say).
    const held = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`${name}-held-elsewhere`);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    held.onversionchange = () => undefined;
    const session = await started(name);
    const startedAt = Date.now();
    await session.deleteEverything();
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(session.getState().phase).toBe('new');
    held.close();
  });
});

/**
 * Storage changed behind the app's back: an older copy of a record put back,
 * a record removed, a record the app never wrote. Each is named after
 * unlocking; everything the app itself does leaves nothing to name.
 */
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../src/vault/session';
import type { VaultContents } from '../../src/vault/vault';
import { FAST_KDF, freshName, person, rawClear, rawDelete, rawDump, rawPut } from './helpers';

const PASSPHRASE = 'quiet river under the old bridge';

async function unlocked(name: string, create = false): Promise<NotebookSession> {
  const session = new NotebookSession({ name, kdf: FAST_KDF });
  await session.start();
  if (create) await session.create(PASSPHRASE);
  else await session.unlock(PASSPHRASE);
  return session;
}

function contentsOf(session: NotebookSession): VaultContents {
  const state = session.getState();
  if (state.phase !== 'unlocked') throw new Error(`expected an unlocked notebook, the phase is ${state.phase}`);
  return state.contents;
}

async function rawRow(name: string, store: string, id: string): Promise<unknown> {
  const rows = (await rawDump(name))[store] as { id: string }[];
  return rows.find((row) => row.id === id);
}

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('storage changed behind the app', () => {
  it('an older copy of a record put back is named after unlocking, and still shown as stored', async () => {
    const name = freshName();
    const session = await unlocked(name, true);
    const ana = person('Ana', { notes: 'Old note.' });
    await session.savePerson(ana);
    const older = await rawRow(name, 'people', ana.id);
    await session.savePerson({ ...ana, notes: 'New note.', updatedAt: later(1) });
    session.lockThisTab();
    await rawPut(name, 'people', older);

    const again = await unlocked(name);
    expect(contentsOf(again).changedBehind).toEqual([{ table: 'people', id: ana.id, reason: 'replaced' }]);
    expect(contentsOf(again).people).toMatchObject([{ notes: 'Old note.' }]);
  });

  it('a record removed behind the app is named as missing', async () => {
    const name = freshName();
    const session = await unlocked(name, true);
    const ana = person('Ana');
    await session.savePerson(ana);
    await session.savePerson(person('Rosa'));
    session.lockThisTab();
    await rawDelete(name, 'people', ana.id);

    const again = await unlocked(name);
    expect(contentsOf(again).changedBehind).toEqual([{ table: 'people', id: ana.id, reason: 'missing' }]);
    expect(contentsOf(again).people.map(({ label }) => label)).toEqual(['Rosa']);
  });

  it('a record the app removed, put back from an older copy, is named as unknown', async () => {
    const name = freshName();
    const session = await unlocked(name, true);
    const ana = person('Ana');
    await session.savePerson(ana);
    const older = await rawRow(name, 'people', ana.id);
    await session.removePerson(ana.id);
    session.lockThisTab();
    await rawPut(name, 'people', older);

    const again = await unlocked(name);
    expect(contentsOf(again).changedBehind).toEqual([{ table: 'people', id: ana.id, reason: 'unknown' }]);
  });

  it('nothing is named after everyday use: saves, edits, removals, two tabs, and restoring a copy', async () => {
    const name = freshName();
    const a = await unlocked(name, true);
    const b = await unlocked(name);
    const ana = person('Ana');
    await a.savePerson(ana);
    await b.savePerson(person('Rosa'));
    await a.savePerson({ ...ana, notes: 'Edited.', updatedAt: later(1) });
    await b.saveSettings({ ...contentsOf(b).settings, autoLockMinutes: 2 });
    await a.saveHistory({
      id: crypto.randomUUID(),
      personId: ana.id,
      at: later(2),
      field: 'level',
      from: null,
      to: 'full',
      reason: '',
    });
    const copy = await a.exportBackup('seven green kites over the market');
    await a.removePerson(ana.id);
    const opened = await a.openBackup(copy, 'seven green kites over the market');
    await a.restoreBackup(opened, 'merge');
    await a.restoreBackup(opened, 'replace');
    a.lockThisTab();
    b.lockThisTab();

    const again = await unlocked(name);
    expect(contentsOf(again).changedBehind).toEqual([]);
    expect(contentsOf(again).damaged).toEqual([]);
  });

  it('a notebook from before the ledger gets one at unlock, and is checked from then on', async () => {
    const name = freshName();
    const session = await unlocked(name, true);
    const ana = person('Ana');
    await session.savePerson(ana);
    session.lockThisTab();
    await rawClear(name, 'ledger');

    const first = await unlocked(name);
    expect(contentsOf(first).changedBehind).toEqual([]);
    first.lockThisTab();
    await rawDelete(name, 'people', ana.id);
    const second = await unlocked(name);
    expect(contentsOf(second).changedBehind).toEqual([{ table: 'people', id: ana.id, reason: 'missing' }]);
  });

  it('a ledger that does not open is named itself, and keeping things as they are clears the notice', async () => {
    const name = freshName();
    const session = await unlocked(name, true);
    await session.savePerson(person('Ana'));
    session.lockThisTab();
    await rawPut(name, 'ledger', { id: 'main', iv: new Uint8Array(12), ciphertext: new Uint8Array(64) });

    const again = await unlocked(name);
    expect(contentsOf(again).changedBehind).toEqual([{ table: 'ledger', id: 'main', reason: 'replaced' }]);
    await again.acceptChangedRecords();
    expect(contentsOf(again).changedBehind).toEqual([]);
    again.lockThisTab();
    expect(contentsOf(await unlocked(name)).changedBehind).toEqual([]);
  });

  it('keeping a record that was put back makes it the version checked from then on', async () => {
    const name = freshName();
    const session = await unlocked(name, true);
    const ana = person('Ana');
    await session.savePerson(ana);
    const older = await rawRow(name, 'people', ana.id);
    await session.savePerson({ ...ana, notes: 'New.', updatedAt: later(1) });
    session.lockThisTab();
    await rawPut(name, 'people', older);

    const again = await unlocked(name);
    await again.acceptChangedRecords();
    again.lockThisTab();
    expect(contentsOf(await unlocked(name)).changedBehind).toEqual([]);
  });
});

describe('a row that is not a record at all', () => {
  it('is named once, as damaged, and the rest still opens', async () => {
    const name = freshName();
    const session = await unlocked(name, true);
    await session.savePerson(person('Ana'));
    session.lockThisTab();
    await rawPut(name, 'people', { id: 'not-a-record', iv: 42, ciphertext: 'nothing' });

    const again = await unlocked(name);
    expect(contentsOf(again).damaged).toEqual([{ table: 'people', id: 'not-a-record', reason: 'integrity' }]);
    expect(contentsOf(again).changedBehind).toEqual([]);
    expect(contentsOf(again).people.map(({ label }) => label)).toEqual(['Ana']);
  });
});

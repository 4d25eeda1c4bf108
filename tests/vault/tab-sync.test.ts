/**
 * Tabs stay in step: two sessions on one notebook stand for two tabs. A save
 * in one shows in the other without a reload, reading only what changed; a
 * save from a form that opened before another tab's change merges, or says
 * which fields both changed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditConflict, type NotebookSession } from '../../src/vault/session';
import { broadcastTabLock } from '../../src/vault/tab-lock';
import type { VaultContents } from '../../src/vault/vault';
import { freshName, overhear, person, twoUnlockedTabs } from './helpers';

const PASSPHRASE = 'quiet river under the old bridge';

/** Waits until a message posted on a BroadcastChannel has arrived and been read. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 80));

const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

function contentsOf(session: NotebookSession): VaultContents {
  const state = session.getState();
  if (state.phase !== 'unlocked') throw new Error(`expected an unlocked notebook, the phase is ${state.phase}`);
  return state.contents;
}

/** Everything said on a notebook's channel, as another tab would hear it; closed after each test. */
function overhearing(name: string): unknown[] {
  const { heard, channel } = overhear(name);
  channels.push(channel);
  return heard;
}

describe('a change in one tab', () => {
  it('a person added in one tab appears in the other without a reload', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    const ana = person('Ana', { phones: [{ kind: 'mobile', number: '+12025550143' }] });
    await a.savePerson(ana);
    await vi.waitFor(() => expect(contentsOf(b).people).toEqual([ana]));
  });

  it('an edit and a removal in one tab show in the other', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    const ana = person('Ana');
    const rosa = person('Rosa');
    await a.savePerson(ana);
    await a.savePerson(rosa);
    await vi.waitFor(() => expect(contentsOf(b).people).toHaveLength(2));
    await a.savePerson({ ...ana, notes: 'Call after six.', updatedAt: new Date().toISOString() });
    await a.removePerson(rosa.id);
    await vi.waitFor(() =>
      expect(contentsOf(b).people.map(({ label, notes }) => ({ label, notes }))).toEqual([
        { label: 'Ana', notes: 'Call after six.' },
      ]),
    );
  });

  it('settings changed in one tab apply in the other', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    await a.saveSettings({ ...contentsOf(a).settings, autoLockMinutes: 2 });
    await vi.waitFor(() => expect(contentsOf(b).settings.autoLockMinutes).toBe(2));
  });

  it('says only which table and which random ids changed: nothing of the notebook', async () => {
    const { a, name } = await twoUnlockedTabs(PASSPHRASE);
    const heard = overhearing(name);
    const ana = person('Ana María', { notes: 'Lives near the market' });
    await a.savePerson(ana);
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'changed', table: 'people', ids: [ana.id] }]));
    expect(JSON.stringify(heard)).not.toMatch(/Ana|market/);
  });

  it('a locked tab hears a change but reads nothing until it is unlocked, then shows it', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    b.lockThisTab();
    const seen = vi.fn();
    b.subscribe(seen);
    await a.savePerson(person('Ana'));
    await delivered();
    expect(seen).not.toHaveBeenCalled();
    await b.unlock(PASSPHRASE);
    expect(contentsOf(b).people.map(({ label }) => label)).toEqual(['Ana']);
  });

  it('ignores anything on the channel that is not a well-formed message', async () => {
    const { b, name } = await twoUnlockedTabs(PASSPHRASE);
    const stranger = new BroadcastChannel(name);
    channels.push(stranger);
    for (const data of [
      'changed',
      { type: 'changed', table: 'keystore', ids: ['x'] },
      { type: 'changed', table: 'people', ids: 'all' },
      { type: 'changed', table: 'people', ids: [42] },
      { type: 'changed', table: 'people', ids: Array.from({ length: 500 }, (_, index) => `id-${index}`) },
    ]) {
      stranger.postMessage(data);
    }
    await delivered();
    expect(b.getState().phase).toBe('unlocked');
    expect(contentsOf(b).people).toEqual([]);
  });

  it('a change too large to list (a restored copy) makes the other tab read everything again', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    const copy = await a.exportBackup('seven green kites over the market');
    await a.savePerson(person('Ana'));
    await vi.waitFor(() => expect(contentsOf(b).people).toHaveLength(1));
    const opened = await a.openBackup(copy, 'seven green kites over the market');
    await a.restoreBackup(opened, 'replace');
    await vi.waitFor(() => expect(contentsOf(b).people).toEqual([]));
  });

  it('the channel carries change messages between two listeners, never back to the sender', async () => {
    const name = freshName();
    const sender = broadcastTabLock(name);
    const receiver = broadcastTabLock(name);
    const heardBySender = vi.fn();
    const heardByReceiver = vi.fn();
    sender.listenChanges(heardBySender);
    receiver.listenChanges(heardByReceiver);
    sender.announceChange({ table: 'organisations', ids: ['a1'] });
    await vi.waitFor(() => expect(heardByReceiver).toHaveBeenCalledWith({ table: 'organisations', ids: ['a1'] }));
    expect(heardBySender).not.toHaveBeenCalled();
  });
});

describe('a save from a form opened before another tab changed the same person', () => {
  async function anaOpenInBothTabs() {
    const tabs = await twoUnlockedTabs(PASSPHRASE);
    const ana = person('Ana', { notes: 'First note.', relationship: 'cousin' });
    await tabs.a.savePerson(ana);
    await vi.waitFor(() => expect(contentsOf(tabs.b).people).toHaveLength(1));
    return { ...tabs, ana };
  }

  const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

  it('keeps both when they changed different fields, and says it merged', async () => {
    const { a, b, ana } = await anaOpenInBothTabs();
    await a.savePerson({ ...ana, notes: 'Call after six.', updatedAt: later(1) }, { base: ana });
    const result = await b.savePerson({ ...ana, relationship: 'neighbour', updatedAt: later(2) }, { base: ana });
    expect(result).toEqual({ merged: true });
    for (const tab of [a, b]) {
      await vi.waitFor(() =>
        expect(contentsOf(tab).people).toMatchObject([{ notes: 'Call after six.', relationship: 'neighbour' }]),
      );
    }
  });

  it('writes nothing and names the field when both changed it differently; the survivor’s choice is then saved', async () => {
    const { a, b, ana } = await anaOpenInBothTabs();
    await a.savePerson({ ...ana, notes: 'From tab A.', label: 'Ana M', updatedAt: later(1) }, { base: ana });
    const mine = { ...ana, notes: 'From tab B.', updatedAt: later(2) };
    const refused = await b.savePerson(mine, { base: ana }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EditConflict);
    const conflict = refused as EditConflict<typeof ana>;
    expect(conflict.fields).toEqual(['notes']);
    expect(conflict.stored).toMatchObject({ notes: 'From tab A.', label: 'Ana M' });
    await vi.waitFor(() => expect(contentsOf(b).people).toMatchObject([{ notes: 'From tab A.' }]));

    await b.savePerson(conflict.resolve('mine'), { base: conflict.stored });
    await vi.waitFor(() => expect(contentsOf(a).people).toMatchObject([{ notes: 'From tab B.', label: 'Ana M' }]));
  });

  it('saves as usual when nothing changed elsewhere since the form opened', async () => {
    const { b, ana } = await anaOpenInBothTabs();
    const result = await b.savePerson({ ...ana, notes: 'Only here.', updatedAt: later(1) }, { base: ana });
    expect(result).toEqual({ merged: false });
    expect(contentsOf(b).people).toMatchObject([{ notes: 'Only here.' }]);
  });
});

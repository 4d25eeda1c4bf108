/**
 * One lock for every tab: two sessions on one notebook stand for two tabs.
 * Node's BroadcastChannel carries the message between them as a browser's
 * does between tabs; the `storage` fallback is driven by hand.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotebookSession } from '../../src/vault/session';
import { broadcastTabLock, storageTabLock, type TabLock } from '../../src/vault/tab-lock';
import { FAST_KDF, freshName, overhear, twoUnlockedTabs } from './helpers';

const PASSPHRASE = 'quiet river under the old bridge';

/** Waits until a message posted on a BroadcastChannel has had time to arrive. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 50));

const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

/** Everything said on a notebook's channel, as another tab would hear it; closed after each test. */
function overhearing(name: string): unknown[] {
  const { heard, channel } = overhear(name);
  channels.push(channel);
  return heard;
}

describe('a lock in one tab', () => {
  it('Lock in one tab locks the other tab too, dropping its contents', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    a.lock();
    expect(a.getState().phase).toBe('locked');
    await delivered();
    expect(b.getState()).toEqual({ phase: 'locked' });
  });

  it('the other tab cannot read or write once it has been locked from elsewhere', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    a.lock();
    await delivered();
    await expect(b.exportBackup('another passphrase')).rejects.toMatchObject({ code: 'locked' });
  });

  it('puts only the word "lock" on the channel: nothing of the notebook', async () => {
    const { a, name } = await twoUnlockedTabs(PASSPHRASE);
    const heard = overhearing(name);
    a.lock();
    await delivered();
    expect(heard).toEqual([{ type: 'lock' }]);
  });

  it('a lock for this tab only (hidden, closed) leaves the other tab open', async () => {
    const { a, b, name } = await twoUnlockedTabs(PASSPHRASE);
    const heard = overhearing(name);
    a.lockThisTab();
    await delivered();
    expect(a.getState().phase).toBe('locked');
    expect(b.getState().phase).toBe('unlocked');
    expect(heard).toEqual([]);
  });

  it('"delete everything" in one tab locks the other tab before the notebook goes', async () => {
    const { a, b, name } = await twoUnlockedTabs(PASSPHRASE);
    const heard = overhearing(name);
    await a.deleteEverything();
    await delivered();
    expect(heard).toEqual([{ type: 'lock' }]);
    expect(b.getState().phase).not.toBe('unlocked');
    expect(a.getState().phase).toBe('new');
  });

  it('after "delete everything" in one tab, the other starts afresh as a new phone, with no message of another version', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    const phases: string[] = [];
    b.subscribe(() => phases.push(b.getState().phase));
    await a.deleteEverything();
    await vi.waitFor(() => expect(b.getState()).toEqual({ phase: 'new' }));
    expect(phases).not.toContain('closed');
    expect(phases).not.toContain('unlocked');
    // The other tab can begin a notebook of its own there, as the first tab can.
    await b.create('another long passphrase here');
    expect(b.getState().phase).toBe('unlocked');
  });

  it('a tab on another notebook is not locked', async () => {
    const { a } = await twoUnlockedTabs(PASSPHRASE);
    const { b: elsewhere } = await twoUnlockedTabs(PASSPHRASE);
    a.lock();
    await delivered();
    expect(elsewhere.getState().phase).toBe('unlocked');
  });

  it('a tab that is already locked stays on its unlock screen', async () => {
    const { a, b } = await twoUnlockedTabs(PASSPHRASE);
    b.lockThisTab();
    const seen = vi.fn();
    b.subscribe(seen);
    a.lock();
    await delivered();
    expect(b.getState().phase).toBe('locked');
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('the BroadcastChannel signal', () => {
  it('reaches every other listener and never the tab that sent it', async () => {
    const name = freshName();
    const sender = broadcastTabLock(name);
    const receiver = broadcastTabLock(name);
    const heardBySender = vi.fn();
    const heardByReceiver = vi.fn();
    const stopSender = sender.listen(heardBySender);
    const stopReceiver = receiver.listen(heardByReceiver);
    sender.announce();
    await delivered();
    stopSender();
    stopReceiver();
    expect(heardByReceiver).toHaveBeenCalledOnce();
    expect(heardBySender).not.toHaveBeenCalled();
  });

  it('stops calling once the listener is removed', async () => {
    const name = freshName();
    const other = broadcastTabLock(name);
    const heard = vi.fn();
    broadcastTabLock(name).listen(heard)();
    other.announce();
    await delivered();
    expect(heard).not.toHaveBeenCalled();
  });
});

/**
 * Where there is no BroadcastChannel: a browser fires `storage` in every
 * other tab when a key changes. This fake does the same between two targets.
 */
function twoTabsSharingStorage(): { tabA: TabLock; tabB: TabLock; storage: Map<string, string> } {
  const storage = new Map<string, string>();
  const windows = [new EventTarget(), new EventTarget()];
  const storageOf = (self: EventTarget): Storage => {
    const change = (key: string, newValue: string | null) => {
      for (const other of windows) {
        if (other === self) continue;
        other.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
      }
    };
    return {
      get length() {
        return storage.size;
      },
      clear: () => storage.clear(),
      key: (index) => [...storage.keys()][index] ?? null,
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => {
        storage.set(key, value);
        change(key, value);
      },
      removeItem: (key) => {
        storage.delete(key);
        change(key, null);
      },
    };
  };
  const [a, b] = windows as [EventTarget, EventTarget];
  return {
    tabA: storageTabLock('notebook', storageOf(a), a),
    tabB: storageTabLock('notebook', storageOf(b), b),
    storage,
  };
}

describe('the storage-event fallback', () => {
  it('locks the other tab once per lock and leaves nothing in storage', () => {
    const { tabA, tabB, storage } = twoTabsSharingStorage();
    const heardByB = vi.fn();
    const heardByA = vi.fn();
    tabB.listen(heardByB);
    tabA.listen(heardByA);
    tabA.announce();
    expect(heardByB).toHaveBeenCalledOnce();
    expect(heardByA).not.toHaveBeenCalled();
    expect(storage.size).toBe(0);
  });

  it('locks a session whose browser has no BroadcastChannel', async () => {
    const { tabA, tabB } = twoTabsSharingStorage();
    const name = freshName();
    const a = new NotebookSession({ name, kdf: FAST_KDF, tabLock: tabA });
    await a.start();
    await a.create(PASSPHRASE);
    const b = new NotebookSession({ name, kdf: FAST_KDF, tabLock: tabB });
    await b.start();
    await b.unlock(PASSPHRASE);
    a.lock();
    expect(b.getState().phase).toBe('locked');
  });

  it('a storage that refuses to be written does not stop this tab from locking', async () => {
    const refusing = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    const name = freshName();
    const a = new NotebookSession({ name, kdf: FAST_KDF, tabLock: storageTabLock(name, refusing, new EventTarget()) });
    await a.start();
    await a.create(PASSPHRASE);
    a.lock();
    expect(a.getState().phase).toBe('locked');
  });
});

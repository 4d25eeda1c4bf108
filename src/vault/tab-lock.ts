/**
 * One lock for every tab of the app: Lock, the quick exit, the idle lock and
 * "delete everything" in one tab lock the others at once. The message says
 * only that: `{type: 'lock'}`, never anything of the notebook. It goes over a
 * BroadcastChannel, or, where there is none, over the `storage` event of a
 * localStorage key that holds only a throwaway number and is removed at once.
 */

/** What goes between tabs: nothing but the word. */
interface LockMessage {
  type: 'lock';
}

const isLockMessage = (data: unknown): data is LockMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'lock';

export interface TabLock {
  /** Tells every other tab to lock. This tab does not hear its own message. */
  announce(): void;
  /** Calls `onLock` when another tab locks; returns a function that stops listening. */
  listen(onLock: () => void): () => void;
}

/** A neutral name: nothing in it says what the app is for. */
export const TAB_LOCK_CHANNEL = 'notebook';

/** The tabs of this origin, by the best means this browser has; none at all in a browser with neither. */
export function browserTabLock(name: string = TAB_LOCK_CHANNEL): TabLock {
  if (typeof BroadcastChannel === 'function') return broadcastTabLock(name);
  const storage = localStorageOrNull();
  if (storage && typeof addEventListener === 'function') return storageTabLock(name, storage);
  return { announce: () => {}, listen: () => () => {} };
}

export function broadcastTabLock(name: string): TabLock {
  // One channel for speaking and hearing: a channel never hears its own messages, so this tab is left out.
  let channel: BroadcastChannel | null = null;
  const open = (): BroadcastChannel => {
    channel ??= new BroadcastChannel(name);
    return channel;
  };
  return {
    announce() {
      open().postMessage({ type: 'lock' } satisfies LockMessage);
    },
    listen(onLock) {
      const onMessage = (event: MessageEvent<unknown>) => {
        if (isLockMessage(event.data)) onLock();
      };
      const heard = open();
      heard.addEventListener('message', onMessage);
      return () => heard.removeEventListener('message', onMessage);
    },
  };
}

/**
 * The fallback: a `storage` event reaches every other tab of the origin when
 * a key changes. The value is a fresh random number so that each lock is a
 * change; it is removed straight away, so nothing stays behind.
 */
export function storageTabLock(name: string, storage: Storage, target: EventTarget = globalThis): TabLock {
  const key = `${name}:lock`;
  return {
    announce() {
      try {
        storage.setItem(key, String(Math.random()));
        storage.removeItem(key);
      } catch {
        // Storage full or refused: this tab still locks; the others have their own idle and hidden locks.
      }
    },
    listen(onLock) {
      const onStorage = (event: Event) => {
        // Removing the key fires a second event, with no new value: one lock, not two.
        const { key: changed, newValue } = event as StorageEvent;
        if (changed === key && newValue !== null && newValue !== undefined) onLock();
      };
      target.addEventListener('storage', onStorage);
      return () => target.removeEventListener('storage', onStorage);
    },
  };
}

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some browsers throw on reading localStorage when site data is blocked.
    return null;
  }
}

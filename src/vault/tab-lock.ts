/**
 * One lock for every tab of the app, and word of what changed: Lock, the
 * quick exit, the idle lock and "delete everything" in one tab lock the
 * others at once, and a save in one tab tells the others which records to
 * read again. The messages say nothing of the notebook: `{type: 'lock'}`, or
 * `{type: 'changed'}` with a table name and the random ids of the records
 * (`ids: null`: read everything again). They go over a BroadcastChannel, or,
 * where there is none, over the `storage` event of a localStorage key that
 * holds the message for an instant and is removed at once.
 */

/** The most ids one message names; a larger change asks the other tabs to read everything. */
const MOST_IDS = 200;
const TABLES = ['people', 'organisations', 'settings', 'history'] as const;

/** Which records of one table another tab wrote or removed; `null`: any of them. */
export interface RecordChange {
  table: (typeof TABLES)[number];
  ids: string[] | null;
}

type TabMessage = { type: 'lock' } | ({ type: 'changed' } & RecordChange);

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 80;

/** Only well-formed messages are heard: anything else on the channel is ignored. */
function readMessage(data: unknown): TabMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as { type?: unknown; table?: unknown; ids?: unknown };
  if (message.type === 'lock') return { type: 'lock' };
  if (message.type !== 'changed' || !TABLES.includes(message.table as RecordChange['table'])) return null;
  const table = message.table as RecordChange['table'];
  if (message.ids === null) return { type: 'changed', table, ids: null };
  if (!Array.isArray(message.ids) || message.ids.length > MOST_IDS || !message.ids.every(isId)) return null;
  return { type: 'changed', table, ids: [...message.ids] };
}

function changeMessage(change: RecordChange): TabMessage {
  const ids = change.ids && change.ids.length <= MOST_IDS ? [...change.ids] : null;
  return { type: 'changed', table: change.table, ids };
}

export interface TabLock {
  /** Tells every other tab to lock. This tab does not hear its own message. */
  announce(): void;
  /** Calls `onLock` when another tab locks; returns a function that stops listening. */
  listen(onLock: () => void): () => void;
  /** Tells every other tab which records this tab wrote or removed. */
  announceChange(change: RecordChange): void;
  /** Calls `onChange` when another tab wrote or removed records; returns a function that stops listening. */
  listenChanges(onChange: (change: RecordChange) => void): () => void;
}

/** A neutral name: nothing in it says what the app is for. */
export const TAB_LOCK_CHANNEL = 'notebook';

/** The tabs of this origin, by the best means this browser has; none at all in a browser with neither. */
export function browserTabLock(name: string = TAB_LOCK_CHANNEL): TabLock {
  if (typeof BroadcastChannel === 'function') return broadcastTabLock(name);
  const storage = localStorageOrNull();
  if (storage && typeof addEventListener === 'function') return storageTabLock(name, storage);
  return { announce: () => {}, listen: () => () => {}, announceChange: () => {}, listenChanges: () => () => {} };
}

export function broadcastTabLock(name: string): TabLock {
  // One channel for speaking and hearing: a channel never hears its own messages, so this tab is left out.
  let channel: BroadcastChannel | null = null;
  const open = (): BroadcastChannel => {
    channel ??= new BroadcastChannel(name);
    return channel;
  };
  const hear = (onMessage: (message: TabMessage) => void) => {
    const onEvent = (event: MessageEvent<unknown>) => {
      const message = readMessage(event.data);
      if (message) onMessage(message);
    };
    const heard = open();
    heard.addEventListener('message', onEvent);
    return () => heard.removeEventListener('message', onEvent);
  };
  return {
    announce() {
      open().postMessage({ type: 'lock' } satisfies TabMessage);
    },
    listen(onLock) {
      return hear((message) => {
        if (message.type === 'lock') onLock();
      });
    },
    announceChange(change) {
      open().postMessage(changeMessage(change));
    },
    listenChanges(onChange) {
      return hear((message) => {
        if (message.type === 'changed') onChange({ table: message.table, ids: message.ids });
      });
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
  const say = (message: TabMessage) => {
    try {
      // A fresh number makes every message a change, even when it repeats the last one.
      storage.setItem(key, JSON.stringify({ ...message, nonce: Math.random() }));
      storage.removeItem(key);
    } catch {
      // Storage full or refused: this tab still locks; the others have their own idle and hidden locks.
    }
  };
  const hear = (onMessage: (message: TabMessage) => void) => {
    const onStorage = (event: Event) => {
      // Removing the key fires a second event, with no new value: one message, not two.
      const { key: changed, newValue } = event as StorageEvent;
      if (changed !== key || newValue === null || newValue === undefined) return;
      let data: unknown;
      try {
        data = JSON.parse(newValue);
      } catch {
        return;
      }
      const message = readMessage(data);
      if (message) onMessage(message);
    };
    target.addEventListener('storage', onStorage);
    return () => target.removeEventListener('storage', onStorage);
  };
  return {
    announce() {
      say({ type: 'lock' });
    },
    listen(onLock) {
      return hear((message) => {
        if (message.type === 'lock') onLock();
      });
    },
    announceChange(change) {
      say(changeMessage(change));
    },
    listenChanges(onChange) {
      return hear((message) => {
        if (message.type === 'changed') onChange({ table: message.table, ids: message.ids });
      });
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

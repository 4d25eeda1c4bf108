/**
 * Whether this browser may delete the notebook on its own, from what it can
 * honestly be seen to say. No browser tells a page that it is a private
 * window or how long it will keep its storage, so these are hints:
 *
 * - a small storage quota is how Chromium's private windows show: it gives
 *   one a fifth of the phone's memory at most (a few hundred MB on a phone),
 *   and its storage is gone when the window closes, while a normal window
 *   gets a share of the disk. A phone almost out of space shows a small
 *   quota too, so the words say "may" and name both;
 * - Firefox gives a normal window a share of the free disk, which can be
 *   small on a full phone, so its quota says nothing; its private windows
 *   have no service workers at all, which is what shows there;
 * - WebKit (Safari, and every browser on an iPhone or iPad) deletes a site's
 *   storage after 7 days of use without a visit, unless the app was added to
 *   the home screen (it then runs standalone);
 * - a browser that agreed to keep the notebook (persistent storage) is
 *   trusted to keep it.
 *
 * `storageRisk` decides from the facts alone; `readStorageFacts` gathers
 * them from the browser and never waits long for it. It reads no stored
 * data, so it lives with the screens that show it and loads with them, after
 * the passphrase.
 */
import type { PersistenceStatus } from '../../vault';

export interface StorageFacts {
  persistence: PersistenceStatus;
  /** The quota the browser gives this site, in bytes; null when it does not say. */
  quotaBytes: number | null;
  /** Whether the app runs from the home screen (or the Dock), not in a browser tab. */
  standalone: boolean;
  /** Whether the browser is WebKit: Safari, or any browser on an iPhone or iPad. */
  webkit: boolean;
  /** Whether the browser is Firefox (Gecko), on a phone or a computer. */
  firefox: boolean;
  /** Whether the browser offers service workers to this page. */
  serviceWorkers: boolean;
}

export type StorageRisk =
  /** Nothing suggests the notebook will be deleted, beyond a phone running out of space. */
  | 'none'
  /** The quota is small: maybe a private window, where everything goes when it closes, or a full phone. */
  | 'private-window'
  /** WebKit in a tab: storage not used for 7 days may be deleted. */
  | 'unused-days';

/** Below this a quota is a private-window hint: a normal one is gigabytes, a private one a small part of memory. */
export const PRIVATE_QUOTA_BYTES = 1000 * 1000 * 1000;

export function storageRisk(facts: StorageFacts): StorageRisk {
  if (facts.persistence === 'persisted') return 'none';
  if (facts.firefox) {
    if (!facts.serviceWorkers) return 'private-window';
  } else if (facts.quotaBytes !== null && facts.quotaBytes < PRIVATE_QUOTA_BYTES) return 'private-window';
  if (facts.webkit && !facts.standalone) return 'unused-days';
  return 'none';
}

/** What `readStorageFacts` looks at; the browser's own objects unless a test gives others. */
export interface BrowserView {
  navigator?: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> & {
    standalone?: boolean;
    storage?: Pick<StorageManager, 'estimate'>;
    serviceWorker?: unknown;
  };
  matchMedia?: (query: string) => { matches: boolean };
}

/** How long to wait for the quota before going on without it. */
const ESTIMATE_WAIT_MS = 1000;

export async function readStorageFacts(
  persistence: PersistenceStatus,
  view: BrowserView = globalThis as BrowserView,
): Promise<StorageFacts> {
  const nav = view.navigator;
  const userAgent = nav?.userAgent ?? '';
  return {
    persistence,
    quotaBytes: await quota(nav?.storage),
    standalone: nav?.standalone === true || view.matchMedia?.('(display-mode: standalone)').matches === true,
    webkit: isWebKit(userAgent, nav?.maxTouchPoints ?? 0),
    firefox: isFirefox(userAgent),
    serviceWorkers: nav?.serviceWorker !== undefined && nav.serviceWorker !== null,
  };
}

async function quota(storage: Pick<StorageManager, 'estimate'> | undefined): Promise<number | null> {
  if (typeof storage?.estimate !== 'function') return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ESTIMATE_WAIT_MS);
  });
  try {
    const estimate = await Promise.race([storage.estimate(), late]);
    const bytes = estimate?.quota;
    return typeof bytes === 'number' && Number.isFinite(bytes) && bytes > 0 ? bytes : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every browser on an iPhone or iPad is WebKit; an iPad asks for the desktop
 * site and says "Macintosh", but has a touch screen. On a computer, Safari is
 * the one whose user agent names Safari and no other browser.
 */
export function isWebKit(userAgent: string, maxTouchPoints: number): boolean {
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return true;
  if (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1) return true;
  return (
    /\bSafari\//.test(userAgent) &&
    /\bVersion\//.test(userAgent) &&
    !/\b(Chrome|Chromium|CriOS|FxiOS|EdgiOS|Edg|OPR|Android|Firefox)\b/.test(userAgent)
  );
}

/** Firefox on a computer or Android says "Firefox/" with Gecko; on an iPhone it is WebKit ("FxiOS"). */
export function isFirefox(userAgent: string): boolean {
  return /\bGecko\/\d/.test(userAgent) && /\bFirefox\//.test(userAgent) && !/\bSeamonkey\//i.test(userAgent);
}

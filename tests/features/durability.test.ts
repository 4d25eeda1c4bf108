/**
 * Whether the browser may delete the notebook on its own, from what it can
 * be seen to say: the persistence answer, the storage quota, whether the app
 * runs from the home screen, and whether the browser is WebKit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type BrowserView,
  isFirefox,
  isWebKit,
  PRIVATE_QUOTA_BYTES,
  readStorageFacts,
  type StorageFacts,
  storageRisk,
} from '../../src/features/storage/durability';

const GB = 1000 * 1000 * 1000;

const UA = {
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
  iPadDesktopSite:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
  macFirefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:124.0) Gecko/20100101 Firefox/124.0',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
  androidWebView:
    'Mozilla/5.0 (Linux; Android 13; SM-A135F Build/TP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/123.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:124.0) Gecko/124.0 Firefox/124.0',
  samsung:
    'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
} as const;

function facts(change: Partial<StorageFacts>): StorageFacts {
  return {
    persistence: 'not-persisted',
    quotaBytes: 10 * GB,
    standalone: false,
    webkit: false,
    firefox: false,
    serviceWorkers: true,
    ...change,
  };
}

describe('the risk that the browser deletes the notebook', () => {
  it('is none once the browser agreed to keep it, whatever else it shows', () => {
    expect(storageRisk(facts({ persistence: 'persisted', quotaBytes: 400_000_000, webkit: true }))).toBe('none');
  });

  it('is none for a browser with a normal quota that is not WebKit', () => {
    expect(storageRisk(facts({}))).toBe('none');
    expect(storageRisk(facts({ persistence: 'unsupported' }))).toBe('none');
  });

  it('is a possible private window when the quota is small, as a private window gets a part of memory', () => {
    expect(storageRisk(facts({ quotaBytes: PRIVATE_QUOTA_BYTES - 1 }))).toBe('private-window');
    expect(storageRisk(facts({ quotaBytes: PRIVATE_QUOTA_BYTES }))).toBe('none');
  });

  it('still warns while the browser has not answered the request', () => {
    expect(storageRisk(facts({ persistence: 'asking', quotaBytes: 400_000_000 }))).toBe('private-window');
    expect(storageRisk(facts({ persistence: 'checking', webkit: true }))).toBe('unused-days');
  });

  it('is storage cleared after days without use for WebKit in a tab', () => {
    expect(storageRisk(facts({ webkit: true }))).toBe('unused-days');
  });

  it('is none for WebKit running from the home screen', () => {
    expect(storageRisk(facts({ webkit: true, standalone: true }))).toBe('none');
  });

  it('is none when the quota is unknown and nothing else is seen', () => {
    expect(storageRisk(facts({ quotaBytes: null }))).toBe('none');
  });
});

describe('telling WebKit from the user agent', () => {
  it('in Firefox, a small quota is only a full phone, and a window without service workers is a private one', () => {
    expect(storageRisk(facts({ firefox: true, quotaBytes: 300_000_000 }))).toBe('none');
    expect(storageRisk(facts({ firefox: true, serviceWorkers: false }))).toBe('private-window');
    expect(storageRisk(facts({ firefox: true, serviceWorkers: false, persistence: 'persisted' }))).toBe('none');
  });

  it('knows Firefox on a computer and on Android, and not Firefox on an iPhone', () => {
    expect(isFirefox(UA.macFirefox)).toBe(true);
    expect(isFirefox(UA.androidFirefox)).toBe(true);
    expect(isFirefox(UA.androidChrome)).toBe(false);
    expect(isFirefox(UA.iPhoneChrome)).toBe(false);
  });

  it('sees every browser on an iPhone, and an iPad asking for the desktop site', () => {
    expect(isWebKit(UA.iPhoneSafari, 5)).toBe(true);
    expect(isWebKit(UA.iPhoneChrome, 5)).toBe(true);
    expect(isWebKit(UA.iPadDesktopSite, 5)).toBe(true);
  });

  it('sees Safari on a Mac, which has no touch screen', () => {
    expect(isWebKit(UA.iPadDesktopSite, 0)).toBe(true);
  });

  it('does not take Chromium or Firefox on a Mac for WebKit', () => {
    expect(isWebKit(UA.macChrome, 0)).toBe(false);
    expect(isWebKit(UA.macFirefox, 0)).toBe(false);
  });

  it('does not take Chrome, Firefox, Samsung Internet or a web view on Android for WebKit', () => {
    for (const ua of [UA.androidChrome, UA.androidWebView, UA.androidFirefox, UA.samsung]) {
      expect(isWebKit(ua, 5)).toBe(false);
    }
  });
});

describe('reading the facts from the browser', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function view(change: {
    userAgent?: string;
    standalone?: boolean;
    displayStandalone?: boolean;
    estimate?: () => Promise<StorageEstimate>;
  }): BrowserView {
    return {
      navigator: {
        userAgent: change.userAgent ?? UA.androidChrome,
        maxTouchPoints: 5,
        standalone: change.standalone,
        storage: change.estimate ? { estimate: change.estimate } : undefined,
      },
      matchMedia: (query) => ({ matches: query === '(display-mode: standalone)' && change.displayStandalone === true }),
    };
  }

  it('reads the quota, the display mode and the engine', async () => {
    const read = await readStorageFacts(
      'not-persisted',
      view({ userAgent: UA.iPhoneSafari, displayStandalone: true, estimate: async () => ({ quota: 2 * GB }) }),
    );
    expect(read).toEqual({
      persistence: 'not-persisted',
      quotaBytes: 2 * GB,
      standalone: true,
      webkit: true,
      firefox: false,
      serviceWorkers: false,
    });
  });

  it('takes an iPhone app opened from the home screen as standalone', async () => {
    const read = await readStorageFacts('asking', view({ userAgent: UA.iPhoneSafari, standalone: true }));
    expect(read.standalone).toBe(true);
    expect(read.quotaBytes).toBeNull();
  });

  it('goes on without the quota when the estimate fails or says nothing', async () => {
    const failing = await readStorageFacts('asking', view({ estimate: () => Promise.reject(new Error('no')) }));
    expect(failing.quotaBytes).toBeNull();
    const empty = await readStorageFacts('asking', view({ estimate: async () => ({}) }));
    expect(empty.quotaBytes).toBeNull();
  });

  it('does not wait more than a second for an estimate that never comes', async () => {
    vi.useFakeTimers();
    const reading = readStorageFacts('asking', view({ estimate: () => new Promise(() => undefined) }));
    await vi.advanceTimersByTimeAsync(1000);
    expect((await reading).quotaBytes).toBeNull();
  });

  it('works in a browser with nothing to read', async () => {
    expect(await readStorageFacts('unsupported', {})).toEqual({
      persistence: 'unsupported',
      quotaBytes: null,
      standalone: false,
      webkit: false,
      firefox: false,
      serviceWorkers: false,
    });
  });
});

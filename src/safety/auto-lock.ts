/**
 * Locks the notebook after a period without use, and when the page is
 * hidden (by default at once). While hidden, the page is covered so the app
 * switcher shows nothing readable.
 *
 * Each lock says whether it is for every tab of the app or for this one. The
 * idle lock of the tab the person was using is for all: they have gone. A
 * hidden tab, or an idle one without focus, says only that the person is
 * elsewhere, perhaps in another tab of the app, which must stay open.
 */
import { useEffect, useRef } from 'react';
import { cover, uncover } from './cover';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/** `all-tabs`: this tab and every other tab of the app; `this-tab`: only this one. */
export type LockScope = 'all-tabs' | 'this-tab';

export interface AutoLockOptions {
  lock: (scope: LockScope) => void;
  idleMinutes: number;
  /** Seconds after the page is hidden before locking; null never locks on hide. */
  hiddenSeconds: number | null;
}

export function useAutoLock({ lock, idleMinutes, hiddenSeconds }: AutoLockOptions): void {
  const lockRef = useRef(lock);
  lockRef.current = lock;

  useEffect(() => {
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    const lockHere = () => lockRef.current('this-tab');
    const lockIdle = () => lockRef.current(document.hasFocus() ? 'all-tabs' : 'this-tab');
    const restartIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(lockIdle, idleMinutes * 60_000);
    };
    const onVisibility = () => {
      clearTimeout(hiddenTimer);
      if (document.visibilityState === 'hidden') {
        cover();
        if (hiddenSeconds === 0) lockHere();
        else if (hiddenSeconds !== null) hiddenTimer = setTimeout(lockHere, hiddenSeconds * 1000);
      } else {
        uncover();
        restartIdle();
      }
    };
    restartIdle();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restartIdle, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(idleTimer);
      clearTimeout(hiddenTimer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restartIdle, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [idleMinutes, hiddenSeconds]);
}

/**
 * Covers the page when it is hidden even while locked (the lock screen
 * says little, but the cover says nothing), and locks when the page is put
 * in the back/forward cache or restored from it. These locks are for this
 * tab only (`lock` should not reach the other tabs): closing or reloading one
 * tab is no reason to lock another.
 */
export function usePageLifecycleGuard(lock: () => void): void {
  const lockRef = useRef(lock);
  lockRef.current = lock;
  useEffect(() => {
    const onVisibility = () => (document.visibilityState === 'hidden' ? cover() : uncover());
    const onPageHide = () => {
      cover();
      lockRef.current();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) lockRef.current();
      uncover();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);
}

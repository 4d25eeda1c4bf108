/**
 * Leaving at once: silence anything being read aloud, cover the page, lock
 * the notebook (dropping the key and every decrypted object), then replace
 * this page with an innocuous one.
 * `location.replace` leaves no entry to go Back to, and the app pushes no
 * history entries of its own, so Back cannot bring the notebook back.
 */
import { cover } from './cover';
import { exitUrl } from './exit-pages';

export interface ExitOptions {
  lock: () => void;
  destination?: string;
  /** For tests: where to go. */
  navigate?: (url: string) => void;
}

/** A screen being read aloud goes silent first: a voice would go on after the page is gone. */
function silence(): void {
  if (!('speechSynthesis' in globalThis)) return;
  try {
    globalThis.speechSynthesis.cancel();
  } catch {
    // A speech engine that fails to stop must not keep the person from leaving.
  }
}

export function exitNow({ lock, destination = exitUrl(), navigate }: ExitOptions): void {
  silence();
  cover();
  try {
    lock();
  } finally {
    (navigate ?? ((url: string) => globalThis.location.replace(url)))(destination);
  }
}

/**
 * Leaving at once: cover the page, lock the notebook (dropping the key and
 * every decrypted object), then replace this page with an innocuous one.
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

export function exitNow({ lock, destination = exitUrl(), navigate }: ExitOptions): void {
  cover();
  try {
    lock();
  } finally {
    (navigate ?? ((url: string) => globalThis.location.replace(url)))(destination);
  }
}

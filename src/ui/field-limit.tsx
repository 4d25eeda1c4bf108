/**
 * Length limits that never cut in silence. A field with a `limit` takes
 * whatever is typed or pasted, keeps all of it, and says how far over the
 * limit it is, in the survivor's language; a save is refused while any field
 * is over (`focusOverLimit`). There is no `maxLength`: the browser would drop
 * the end of a paste without a word.
 */
import { createContext, useContext } from 'react';

/** The message for a field that holds `over` characters more than its `limit`. */
export type LimitWords = (over: number, limit: number) => string;

export const FieldLimitContext = createContext<LimitWords | null>(null);

/** Marks an input that holds more than its limit, for `focusOverLimit`. */
export const OVER_LIMIT_ATTRIBUTE = 'data-over-limit';

export interface LimitState {
  /** How many characters are over the limit; 0 when it fits. */
  over: number;
  /** The words to show, or null when the value fits. */
  message: string | null;
}

export function useLimit(value: unknown, limit: number | undefined): LimitState {
  const words = useContext(FieldLimitContext);
  const over = limit !== undefined && typeof value === 'string' ? Math.max(0, value.length - limit) : 0;
  if (over === 0 || limit === undefined) return { over: 0, message: null };
  // Without the app's words the field is still marked invalid, and a save still stops on it.
  return { over, message: words ? words(over, limit) : null };
}

/**
 * Before a save: when a field inside `root` is over its limit, moves the focus
 * to the first one (its message is read out with it) and returns true, so the
 * save does not go on. Nothing typed is changed.
 */
export function focusOverLimit(root: ParentNode | null): boolean {
  const first = root?.querySelector<HTMLElement>(`[${OVER_LIMIT_ATTRIBUTE}]`);
  if (!first) return false;
  first.focus();
  return true;
}

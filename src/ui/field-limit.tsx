/**
 * The words a field shows when what is in it reaches its length limit, so a
 * long paste that the browser cuts short is never cut in silence. The app
 * provides them once, in the survivor's language.
 */
import { createContext, useContext } from 'react';

/** The message for a field named `label` that holds `limit` characters, the most it can. */
export type LimitWords = (label: string, limit: number) => string;

export const FieldLimitContext = createContext<LimitWords | null>(null);

/** The message to show, or null when the value is under its limit (or no words were provided). */
export function useLimitMessage(label: string, value: unknown, maxLength: number | undefined): string | null {
  const words = useContext(FieldLimitContext);
  if (!words || maxLength === undefined || typeof value !== 'string') return null;
  return value.length >= maxLength ? words(label, maxLength) : null;
}

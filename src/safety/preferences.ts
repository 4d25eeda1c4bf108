/**
 * Choices needed before the notebook is unlocked (which innocuous page the
 * exit goes to, which neutral name the app wears). They say nothing personal,
 * so they live outside the vault, in localStorage.
 */
const PREFIX = 'notebook.';

export function readPreference(name: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + name) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(name: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + name, value);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit.
  }
}

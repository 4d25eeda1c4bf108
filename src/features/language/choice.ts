/**
 * The language the person chose, remembered outside the vault because the
 * screens before the passphrase need it. It says nothing personal.
 */
import type { i18n } from 'i18next';
import { useSyncExternalStore } from 'react';
import { readPreference, writePreference } from '../../safety/preferences';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../../ui/languages';

function isKnown(code: string | null): code is string {
  return code === PSEUDO_LANGUAGE.code || LANGUAGES.some((language) => language.code === code);
}

/** The language chosen on this device, if one has been chosen. */
export function chosenLanguage(): string | null {
  const stored = readPreference('language');
  return isKnown(stored) ? stored : null;
}

/**
 * Another tab's storage changes: a language chosen there, or everything
 * cleared by "delete everything", which forgets the language too.
 */
function subscribeToOtherTabs(onChange: () => void): () => void {
  globalThis.addEventListener?.('storage', onChange);
  return () => globalThis.removeEventListener?.('storage', onChange);
}

/**
 * The chosen language, read on every render and again whenever another tab
 * changes the storage, so a tab left open beside "delete everything" asks
 * for the language again, as a new phone does.
 */
export function useChosenLanguage(): string | null {
  return useSyncExternalStore(subscribeToOtherTabs, chosenLanguage, () => null);
}

export function chooseLanguage(instance: i18n, code: string): Promise<unknown> {
  if (isKnown(code)) writePreference('language', code);
  return instance.changeLanguage(code);
}

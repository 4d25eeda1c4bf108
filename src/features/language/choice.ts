/**
 * The language the person chose, remembered outside the vault because the
 * screens before the passphrase need it. It says nothing personal.
 */
import type { i18n } from 'i18next';
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

export function chooseLanguage(instance: i18n, code: string): Promise<unknown> {
  if (isKnown(code)) writePreference('language', code);
  return instance.changeLanguage(code);
}

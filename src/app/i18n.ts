/**
 * i18next with every language bundled as two lazily loaded chunks: the words
 * of the screens before the passphrase, and the rest (namespaces.ts). All of
 * them are precached by the service worker, so switching works offline.
 * Before anyone chooses, the browser's language decides, when it is one we
 * have.
 */

import { NAMESPACES as LOCALE_NAMESPACES, LOCALES } from 'virtual:notebook-locales';
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { chosenLanguage } from '../features/language/choice';
import { LANGUAGES, languageInfo, PSEUDO_LANGUAGE, pickLanguage, SOURCE_LANGUAGE } from '../ui/languages';
import { isStartNamespace, START_NAMESPACES } from './namespaces';
import { pseudoMessages } from './pseudo';

type Messages = Record<string, unknown>;

/** Every namespace, by the files of English, the source language. */
export const NAMESPACES: readonly string[] = LOCALE_NAMESPACES;

/** The namespaces behind the passphrase, loaded when the notebook is unlocked. */
export const UNLOCKED_NAMESPACES = NAMESPACES.filter((namespace) => !isStartNamespace(namespace));

function loadMessages(language: string, namespace: string): Promise<Messages> {
  if (language === PSEUDO_LANGUAGE.code) return loadMessages(SOURCE_LANGUAGE, namespace).then(pseudoMessages);
  const locale = Object.hasOwn(LOCALES, language) ? LOCALES[language] : undefined;
  if (!locale) return Promise.resolve({});
  const part = isStartNamespace(namespace) ? locale.start : locale.rest;
  return part().then((messages) => messages[namespace] ?? {});
}

const bundledBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    loadMessages(language, namespace).then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function applyDocumentLanguage(code: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = code;
  document.documentElement.dir = languageInfo(code).dir;
}

export async function setupI18n(language?: string): Promise<i18n> {
  const initial = language ?? chosenLanguage() ?? pickLanguage(globalThis.navigator?.languages ?? []);
  const instance = i18next.createInstance();
  instance.on('languageChanged', applyDocumentLanguage);
  await instance
    .use(bundledBackend)
    .use(initReactI18next)
    .init({
      lng: initial,
      fallbackLng: SOURCE_LANGUAGE,
      supportedLngs: [...LANGUAGES.map((language) => language.code), PSEUDO_LANGUAGE.code],
      ns: [...START_NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
  applyDocumentLanguage(instance.resolvedLanguage ?? initial);
  return instance;
}

/**
 * i18next with every language bundled as its own lazily loaded chunk (all of
 * them precached by the service worker, so switching works offline). The
 * chosen language is remembered outside the vault because the unlock screen
 * needs it; it says nothing personal.
 */
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readPreference, writePreference } from '../safety/preferences';
import { languageInfo, pickLanguage, SOURCE_LANGUAGE } from '../ui/languages';

type Messages = Record<string, unknown>;

const loaders = import.meta.glob<Messages>('../../locales/*/*.json', { import: 'default' });

export const NAMESPACES = [
  ...new Set(
    Object.keys(loaders)
      .filter((path) => path.includes(`/locales/${SOURCE_LANGUAGE}/`))
      .map((path) => path.replace(/^.*\/([^/]+)\.json$/, '$1')),
  ),
];

const bundledBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = loaders[`../../locales/${language}/${namespace}.json`];
    if (!load) return callback(null, {});
    load().then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function storedLanguage(): string | null {
  return readPreference('language');
}

export function rememberLanguage(code: string): void {
  writePreference('language', code);
}

export function applyDocumentLanguage(code: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = code;
  document.documentElement.dir = languageInfo(code).dir;
}

export async function setupI18n(language?: string): Promise<i18n> {
  const initial = language ?? storedLanguage() ?? pickLanguage(globalThis.navigator?.languages ?? []);
  const instance = i18next.createInstance();
  instance.on('languageChanged', (code) => {
    applyDocumentLanguage(code);
    rememberLanguage(code);
  });
  await instance
    .use(bundledBackend)
    .use(initReactI18next)
    .init({
      lng: initial,
      fallbackLng: SOURCE_LANGUAGE,
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
  applyDocumentLanguage(instance.resolvedLanguage ?? initial);
  return instance;
}

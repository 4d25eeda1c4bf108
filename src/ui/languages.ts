/** The languages the app speaks, each named in its own script. */
export interface LanguageInfo {
  code: string;
  /** The language's name in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly LanguageInfo[] = [{ code: 'en', name: 'English', dir: 'ltr' }];

export const SOURCE_LANGUAGE = 'en';

export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.find((language) => language.code === code) ?? { code, name: code, dir: 'ltr' };
}

/** The first of the browser's languages that we have, or English. */
export function pickLanguage(preferred: readonly string[], available = LANGUAGES.map((l) => l.code)): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = available.find((code) => code.toLowerCase() === lower);
    if (exact) return exact;
    const base = available.find((code) => code.toLowerCase() === lower.split('-')[0]);
    if (base) return base;
  }
  return SOURCE_LANGUAGE;
}

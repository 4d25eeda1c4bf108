/**
 * The languages the app speaks, by code, in the order of the language
 * chooser (src/ui/languages.ts names each in itself). No dependencies, so the
 * screens before the passphrase can use it without loading any schema.
 */
export const APP_LANGUAGE_CODES = [
  'en',
  'es',
  'zh-Hans',
  'zh-Hant',
  'tl',
  'vi',
  'ar',
  'fr',
  'ko',
  'ru',
  'pt',
  'ht',
  'hi',
  'fa',
  'ja',
  'uk',
  'so',
  'sw',
  'my',
  'prs',
  'pl',
  'ur',
  'bn',
  'pa',
  'am',
  'ne',
  'ps',
  'ti',
  'th',
] as const;
export type AppLanguageCode = (typeof APP_LANGUAGE_CODES)[number];

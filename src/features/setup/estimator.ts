/**
 * The passphrase strength estimator: zxcvbn-ts with its common passwords and
 * keyboard layouts, and the words and names of the current language where
 * zxcvbn-ts has them (English for the others; English beside Arabic, whose
 * dictionary holds names only, and beside Japanese, whose words are written
 * in Latin letters as they are typed on a keyboard). This module and each dictionary are loaded
 * on demand, in chunks of their own, only by the screens that choose a
 * passphrase, never by the unlock screen. The service worker ships this
 * module with the app; a dictionary is kept once it was loaded.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { type DictionaryLanguage, dictionaryLanguage, type EstimatorResult } from './strength';

type Dictionary = Record<string, (string | number)[]>;

/** Keys are suffixed with the language, as the 4.x packages do, so no two languages share a list. */
function suffixed(dictionary: Readonly<Record<string, (string | number)[]>>, language: string): Dictionary {
  return Object.fromEntries(
    Object.entries(dictionary).map(([key, words]) => [
      key.endsWith(`-${language}`) ? key : `${key}-${language}`,
      words,
    ]),
  );
}

const english = async (): Promise<Dictionary> => (await import('@zxcvbn-ts/language-en')).dictionary;

const LOADERS: Record<DictionaryLanguage | 'other', () => Promise<Dictionary>> = {
  en: english,
  es: async () => (await import('@zxcvbn-ts/language-es-es')).dictionary,
  fr: async () => (await import('@zxcvbn-ts/language-fr')).dictionary,
  pt: async () => (await import('@zxcvbn-ts/language-pt-br')).dictionary,
  pl: async () => suffixed((await import('@zxcvbn-ts/language-pl')).dictionary, 'pl'),
  ar: async () => {
    const [arabic, words] = await Promise.all([import('@zxcvbn-ts/language-ar'), english()]);
    return { ...words, ...suffixed(arabic.dictionary, 'ar') };
  },
  ja: async () => {
    const [japanese, words] = await Promise.all([import('@zxcvbn-ts/language-ja'), english()]);
    return { ...words, ...suffixed(japanese.dictionary, 'ja') };
  },
  other: english,
};

export type Estimate = (passphrase: string) => EstimatorResult;

const estimators = new Map<string, Promise<Estimate>>();

async function build(language: DictionaryLanguage | 'other'): Promise<Estimate> {
  return withWords(await LOADERS[language]());
}

function withWords(words: Dictionary): Estimate {
  const factory = new ZxcvbnFactory({
    // No translations: the feedback stays as zxcvbn-ts's codes, which strength.ts turns into the app's words.
    dictionary: { ...common.dictionary, ...words },
    graphs: common.adjacencyGraphs,
    // Off: it makes one estimate take a second or more, too slow for a cheap phone as the person types.
    useLevenshteinDistance: false,
  });
  return (passphrase) => factory.check(passphrase);
}

/** The estimator for a language of the app, built once per dictionary and kept. */
export function estimatorFor(languageCode: string): Promise<Estimate> {
  const key = dictionaryLanguage(languageCode) ?? 'other';
  let estimator = estimators.get(key);
  if (!estimator) {
    estimator = build(key).catch(() => {
      // Offline before this language's words were ever loaded (they are kept once loaded, not
      // shipped with the app: they weigh megabytes): common passwords, keyboard patterns,
      // repeats and dates still count. Not kept, so the next keystroke tries the words again.
      estimators.delete(key);
      return withWords({});
    });
    estimators.set(key, estimator);
  }
  return estimator;
}

/**
 * How hard a passphrase is to guess, in the app's own words. The estimator
 * (zxcvbn-ts, loaded on demand by estimator.ts) returns a score and English
 * feedback codes; this file turns them into a level and the keys of the
 * app's own sentences (locales/<lang>/setup.json, `strength.*`), so the
 * library's English is never shown. It is pure and needs no library to test.
 */

/** The levels shown, in words, from easiest to hardest to guess. */
export const STRENGTH_LEVELS = ['easy', 'fair', 'hard', 'veryHard'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];

/** Why a passphrase is easy to guess: each has a sentence in setup.json at `strength.reason.<key>`. */
export const STRENGTH_REASONS = [
  'common',
  'keyboard',
  'repeat',
  'sequence',
  'date',
  'names',
  'singleWord',
  'guessable',
] as const;
export type StrengthReason = (typeof STRENGTH_REASONS)[number];

/** What helps: each has a sentence in setup.json at `strength.help.<key>`. */
export const STRENGTH_HELP = ['unrelatedWords', 'sentence'] as const;
export type StrengthHelp = (typeof STRENGTH_HELP)[number];

/** The part of the estimator's result this mapping reads (a subset of zxcvbn-ts's ZxcvbnResult). */
export interface EstimatorResult {
  score: 0 | 1 | 2 | 3 | 4;
  feedback: { warning: string | null };
  sequence: readonly { pattern: string; dictionaryName?: string; regexName?: string }[];
}

export interface Strength {
  level: StrengthLevel;
  /** Why it is easy to guess, most telling first; empty when it is hard to guess. */
  reasons: StrengthReason[];
  /** What would make it harder to guess; empty when it already is. */
  help: StrengthHelp[];
}

/**
 * zxcvbn's scores: 0 and 1 fall to a few thousand or million guesses, 2 to
 * about a hundred million (a matter of time for someone with the phone), 3
 * and 4 take far longer. The slow key derivation makes every guess costly,
 * but a passphrase guessed in few tries is not saved by it.
 */
const LEVEL_OF_SCORE: Record<EstimatorResult['score'], StrengthLevel> = {
  0: 'easy',
  1: 'easy',
  2: 'fair',
  3: 'hard',
  4: 'veryHard',
};

/** zxcvbn-ts's warning codes (its translation keys) and the app's reason for each. */
const REASON_OF_WARNING: Readonly<Record<string, StrengthReason>> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  recentYears: 'date',
  dates: 'date',
  namesByThemselves: 'names',
  commonNames: 'names',
  wordByItself: 'singleWord',
};

/** The pattern of one part of the passphrase, when it is a reason on its own. */
function reasonOfMatch(match: EstimatorResult['sequence'][number]): StrengthReason | null {
  switch (match.pattern) {
    case 'sequence':
      return 'sequence';
    case 'repeat':
      return 'repeat';
    case 'spatial':
      return 'keyboard';
    case 'date':
      return 'date';
    case 'regex':
      return match.regexName === 'recentYear' ? 'date' : null;
    case 'dictionary': {
      const name = (match.dictionaryName ?? '').toLowerCase();
      if (name.includes('passwords')) return 'common';
      if (name.includes('names')) return 'names';
      return null;
    }
    default:
      return null;
  }
}

/** At most this many reasons are shown: enough to explain, few enough to read in a hurry. */
const MAX_REASONS = 2;

export function strengthOf(result: EstimatorResult): Strength {
  const level = LEVEL_OF_SCORE[result.score];
  if (level === 'hard' || level === 'veryHard') return { level, reasons: [], help: [] };
  const reasons: StrengthReason[] = [];
  const add = (reason: StrengthReason | null | undefined) => {
    if (reason && !reasons.includes(reason)) reasons.push(reason);
  };
  add(result.feedback.warning ? REASON_OF_WARNING[result.feedback.warning] : null);
  for (const match of result.sequence) add(reasonOfMatch(match));
  if (reasons.length === 0) add('guessable');
  return { level, reasons: reasons.slice(0, MAX_REASONS), help: [...STRENGTH_HELP] };
}

/** The dictionaries of words and names zxcvbn-ts has, by the app's language code. */
export const DICTIONARY_LANGUAGES = ['en', 'es', 'fr', 'pt', 'pl', 'ar', 'ja'] as const;
export type DictionaryLanguage = (typeof DICTIONARY_LANGUAGES)[number];

export function dictionaryLanguage(code: string): DictionaryLanguage | null {
  const base = code.split('-')[0];
  return DICTIONARY_LANGUAGES.find((language) => language === base) ?? null;
}

/** What the screen asks the estimator's worker, and what it answers (null when it could not load). */
export interface StrengthRequest {
  id: number;
  language: string;
  passphrase: string;
}

export interface StrengthReply {
  id: number;
  strength: Strength | null;
}

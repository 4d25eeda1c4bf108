import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimatorFor } from '../../src/features/setup/estimator';
import {
  dictionaryLanguage,
  type EstimatorResult,
  STRENGTH_HELP,
  STRENGTH_LEVELS,
  STRENGTH_REASONS,
  strengthOf,
} from '../../src/features/setup/strength';

/** A result shaped like zxcvbn-ts's, for the mapping alone. */
function result(
  score: EstimatorResult['score'],
  warning: string | null,
  sequence: EstimatorResult['sequence'] = [],
): EstimatorResult {
  return { score, feedback: { warning }, sequence };
}

describe('the strength of a passphrase, in the app’s own words', () => {
  it('calls "12345678" easy to guess because it is common or a sequence', async () => {
    const strength = strengthOf((await estimatorFor('en'))('12345678'));
    expect(strength.level).toBe('easy');
    expect(['common', 'sequence']).toContain(strength.reasons[0]);
    expect(strength.help).toEqual(['unrelatedWords', 'sentence']);
  });

  it('calls "password1" easy to guess because many people use it', async () => {
    const strength = strengthOf((await estimatorFor('en'))('password1'));
    expect(strength.level).toBe('easy');
    expect(strength.reasons[0]).toBe('common');
  });

  it('calls four unrelated words hard to guess, with nothing to explain', async () => {
    const strength = strengthOf((await estimatorFor('en'))('cactus mirror lentil harbor'));
    expect(['hard', 'veryHard']).toContain(strength.level);
    expect(strength.reasons).toEqual([]);
    expect(strength.help).toEqual([]);
  });

  it('names a keyboard row, a repeat and a sequence for what they are', async () => {
    const estimate = await estimatorFor('en');
    expect(strengthOf(estimate('zxcvbnm,./')).reasons).toContain('keyboard');
    expect(strengthOf(estimate('aaaaaaaaaa')).reasons[0]).toBe('repeat');
    expect(strengthOf(estimate('abcdefgh')).reasons[0]).toBe('sequence');
  });

  it('knows the names of the current language: a Spanish name and a year in Spanish', async () => {
    const strength = strengthOf((await estimatorFor('es'))('maria1990'));
    expect(strength.level).toBe('easy');
    expect(strength.reasons).toEqual(['names', 'date']);
  });

  it('knows Arabic names in Arabic', async () => {
    expect(strengthOf((await estimatorFor('ar'))('abdulkarim')).reasons).toContain('names');
  });

  it('knows Polish names in Polish: a name and a year are easy to guess', async () => {
    const strength = strengthOf((await estimatorFor('pl'))('agnieszka1990'));
    expect(strength.level).toBe('easy');
    expect(strength.reasons).toEqual(['names', 'date']);
  });

  it('knows Japanese names as they are typed in Latin letters, and the English words beside them', async () => {
    const estimate = await estimatorFor('ja');
    expect(strengthOf(estimate('hiroshi')).reasons).toEqual(['singleWord']);
    expect(strengthOf(estimate('password1')).reasons).toEqual(['common']);
  });

  it('maps each warning code of the library to one of the app’s reasons', () => {
    const cases: [string, string][] = [
      ['topTen', 'common'],
      ['similarToCommon', 'common'],
      ['straightRow', 'keyboard'],
      ['keyPattern', 'keyboard'],
      ['extendedRepeat', 'repeat'],
      ['sequences', 'sequence'],
      ['recentYears', 'date'],
      ['dates', 'date'],
      ['commonNames', 'names'],
      ['wordByItself', 'singleWord'],
    ];
    for (const [warning, reason] of cases) expect(strengthOf(result(1, warning)).reasons, warning).toEqual([reason]);
  });

  it('gives a plain reason when the library names none, and never an unknown code', () => {
    expect(strengthOf(result(2, null))).toEqual({ level: 'fair', reasons: ['guessable'], help: [...STRENGTH_HELP] });
    expect(strengthOf(result(0, 'someFutureCode')).reasons).toEqual(['guessable']);
  });

  it('adds what the parts show, at most two reasons and each once', () => {
    const strength = strengthOf(
      result(1, 'commonNames', [
        { pattern: 'dictionary', dictionaryName: 'firstnames-en' },
        { pattern: 'regex', regexName: 'recentYear' },
        { pattern: 'date' },
        { pattern: 'sequence' },
      ]),
    );
    expect(strength.reasons).toEqual(['names', 'date']);
  });

  it('explains nothing and suggests nothing once it is hard to guess', () => {
    expect(strengthOf(result(3, 'wordByItself'))).toEqual({ level: 'hard', reasons: [], help: [] });
    expect(strengthOf(result(4, null))).toEqual({ level: 'veryHard', reasons: [], help: [] });
  });

  it('chooses the dictionary of the app’s language where the library has one', () => {
    expect(dictionaryLanguage('es')).toBe('es');
    expect(dictionaryLanguage('pt')).toBe('pt');
    expect(dictionaryLanguage('pl')).toBe('pl');
    expect(dictionaryLanguage('ja')).toBe('ja');
    expect(dictionaryLanguage('en-XA')).toBe('en');
    expect(dictionaryLanguage('zh-Hans')).toBeNull();
    expect(dictionaryLanguage('fa')).toBeNull();
    expect(dictionaryLanguage('uk')).toBeNull();
    expect(dictionaryLanguage('am')).toBeNull();
  });

  it('has a sentence for every level, reason and help in English, the source', () => {
    const setup = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/en/setup.json'), 'utf8'));
    for (const level of STRENGTH_LEVELS) expect(setup.strength.level[level], level).toEqual(expect.any(String));
    for (const reason of STRENGTH_REASONS) expect(setup.strength.reason[reason], reason).toEqual(expect.any(String));
    for (const help of STRENGTH_HELP) expect(setup.strength.help[help], help).toEqual(expect.any(String));
  });
});

import { describe, expect, it } from 'vitest';
import { CAUTION_QUESTIONS, SCREENING_QUESTIONS, TRUST_QUESTIONS } from '../../src/domain/screening';
import { QUESTION_WEIGHTS } from '../../src/domain/suggestion';

describe('question weights', () => {
  it('decide explicitly how every screening question weighs, and nothing else', () => {
    expect(Object.keys(QUESTION_WEIGHTS).sort()).toEqual([...SCREENING_QUESTIONS].sort());
  });

  it('weigh a sign to be careful as caution and a sign of trust as trust or a practical note', () => {
    for (const question of CAUTION_QUESTIONS) expect(QUESTION_WEIGHTS[question].kind, question).toBe('caution');
    for (const question of TRUST_QUESTIONS) {
      expect(['core-trust', 'practical'], question).toContain(QUESTION_WEIGHTS[question].kind);
    }
  });
});

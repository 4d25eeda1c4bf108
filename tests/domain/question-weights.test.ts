import { describe, expect, it } from 'vitest';
import {
  ASKING_ORDER,
  CAUTION_QUESTIONS,
  CORE_LIMIT,
  CORE_QUESTIONS,
  MORE_QUESTIONS,
  QUESTION_SETS,
  SCREENING_QUESTIONS,
  TRUST_QUESTIONS,
} from '../../src/domain/screening';
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

describe('the core and the more questions', () => {
  it('place every question in exactly one of them, asking the core first', () => {
    expect(Object.keys(QUESTION_SETS).sort()).toEqual([...SCREENING_QUESTIONS].sort());
    expect([...ASKING_ORDER].sort()).toEqual([...SCREENING_QUESTIONS].sort());
    expect(ASKING_ORDER).toEqual([...CORE_QUESTIONS, ...MORE_QUESTIONS]);
  });

  it('keep the core to at most eight questions', () => {
    expect(CORE_QUESTIONS.length).toBeLessThanOrEqual(CORE_LIMIT);
    expect(CORE_LIMIT).toBe(8);
  });

  it('ask about threats involving immigration before anything else', () => {
    expect(CORE_QUESTIONS.slice(0, 3)).toEqual([
      'caution.threatenedImmigration',
      'caution.usedStatusToControl',
      'trust.wouldNeverReport',
    ]);
  });

  it('hold the strongest signs to be careful and the signs of trust that weigh most', () => {
    for (const question of CAUTION_QUESTIONS) {
      const weight = QUESTION_WEIGHTS[question];
      const strongest = weight.kind === 'caution' && weight.yes === 'none';
      // Saying they would call immigration is a threat: the first core question asks it too.
      if (strongest && question !== 'caution.saidWouldCallImmigration')
        expect(CORE_QUESTIONS, question).toContain(question);
    }
    for (const question of TRUST_QUESTIONS) {
      const weight = QUESTION_WEIGHTS[question];
      if (weight.kind === 'core-trust' && weight.no === 'emergency')
        expect(CORE_QUESTIONS, question).toContain(question);
    }
  });

  it('leave the practical points to the more questions', () => {
    for (const question of SCREENING_QUESTIONS) {
      if (QUESTION_WEIGHTS[question].kind === 'practical') expect(MORE_QUESTIONS, question).toContain(question);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/domain/levels';
import {
  ANSWERS,
  type Answer,
  CAUTION_QUESTIONS,
  CORE_QUESTIONS,
  MORE_QUESTIONS,
  SCREENING_QUESTIONS,
  type ScreeningQuestion,
  TRUST_QUESTIONS,
} from '../../src/domain/screening';
import { QUESTION_WEIGHTS, suggestLevel } from '../../src/domain/suggestion';

type Answers = Partial<Record<ScreeningQuestion, 'yes' | 'no' | 'unsure'>>;

/** Someone every sign speaks well of: all trust signs yes, all caution signs no. */
function trusted(): Answers {
  const answers: Answers = {};
  for (const question of TRUST_QUESTIONS) answers[question] = 'yes';
  for (const question of CAUTION_QUESTIONS) answers[question] = 'no';
  return answers;
}

/** The same, for the core questions only. */
function trustedCore(): Answers {
  const all = trusted();
  return Object.fromEntries(CORE_QUESTIONS.map((question) => [question, all[question]]));
}

const RANK: Record<Level, number> = { none: 0, emergency: 1, partial: 2, full: 3 };

/**
 * The rule as it was before the core existed, when all 21 questions were asked
 * in one go: any sign of trust not confirmed kept "full" away.
 */
function levelBeforeTheCore(answers: Answers): Level {
  let level: Level = 'full';
  const lower = (to: Level) => {
    if (RANK[to] < RANK[level]) level = to;
  };
  for (const question of SCREENING_QUESTIONS) {
    const weight = QUESTION_WEIGHTS[question];
    const answer = answers[question];
    if (weight.kind === 'caution' && (answer === 'yes' || answer === 'unsure')) lower(weight[answer]);
    if (weight.kind === 'core-trust') {
      if (answer === 'no') lower(weight.no);
      else if (answer !== 'yes') lower('partial');
    }
  }
  return level;
}

/** A small seeded generator, so the sample is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('suggestLevel', () => {
  it('suggests nothing before any question is answered', () => {
    expect(suggestLevel({})).toBeNull();
  });

  it('suggests full information when every sign speaks well of the person', () => {
    expect(suggestLevel(trusted())).toEqual({ level: 'full', reasons: [] });
  });

  it.each([
    ['caution.threatenedImmigration', 'none'],
    ['caution.saidWouldCallImmigration', 'none'],
    ['caution.usedStatusToControl', 'none'],
    ['caution.supportsAbuser', 'none'],
    ['caution.repeatsBack', 'none'],
    ['caution.blames', 'emergency'],
    ['caution.spreadsNews', 'emergency'],
    ['caution.postsPrivateMatters', 'emergency'],
    ['caution.reputationOverSafety', 'emergency'],
    ['caution.pressuresToStay', 'emergency'],
    ['caution.dependsOnAbuser', 'partial'],
  ] as const)('a yes to %s lowers the suggestion to %s and names that answer', (question, level) => {
    const suggestion = suggestLevel({ ...trusted(), [question]: 'yes' });
    expect(suggestion?.level).toBe(level);
    expect(suggestion?.reasons[0]).toEqual({ question, answer: 'yes', effect: 'lowers', ceiling: level });
  });

  it.each(CAUTION_QUESTIONS)('"not sure" to %s never leaves the suggestion at full', (question) => {
    const suggestion = suggestLevel({ ...trusted(), [question]: 'unsure' });
    expect(suggestion?.level).not.toBe('full');
    expect(suggestion?.reasons.map((reason) => reason.question)).toContain(question);
  });

  it.each([
    ['trust.wouldNeverReport', 'emergency'],
    ['trust.respectsPrivacy', 'emergency'],
    ['trust.noPressure', 'emergency'],
    ['trust.understandsImmigrationRisk', 'partial'],
    ['trust.keepsDistance', 'partial'],
    ['trust.independent', 'partial'],
    ['trust.keptSecrets', 'partial'],
  ] as const)('a no to the trust sign %s lowers the suggestion to %s', (question, level) => {
    const suggestion = suggestLevel({ ...trusted(), [question]: 'no' });
    expect(suggestion?.level).toBe(level);
    expect(suggestion?.reasons[0]).toMatchObject({ question, answer: 'no' });
  });

  it.each([
    'trust.wouldNeverReport',
    'trust.respectsPrivacy',
    'trust.noPressure',
    'trust.understandsImmigrationRisk',
    'trust.keepsDistance',
    'trust.independent',
    'trust.keptSecrets',
  ] as const)('"not sure" to the trust sign %s does not count as safe', (question) => {
    expect(suggestLevel({ ...trusted(), [question]: 'unsure' })?.level).toBe('partial');
  });

  it.each(['trust.sharesLanguage', 'trust.answers', 'trust.stable'] as const)(
    'a no to the practical sign %s is a note, not a lower level',
    (question) => {
      const suggestion = suggestLevel({ ...trusted(), [question]: 'no' });
      expect(suggestion?.level).toBe('full');
      expect(suggestion?.reasons).toEqual([{ question, answer: 'no', effect: 'note', ceiling: 'full' }]);
    },
  );

  it('never suggests full while core trust questions are unanswered or skipped', () => {
    const suggestion = suggestLevel({ 'trust.respectsPrivacy': 'yes', 'caution.blames': 'no' });
    expect(suggestion?.level).toBe('partial');
    expect(suggestion?.reasons.every((reason) => reason.answer === 'unanswered')).toBe(true);
  });

  it('a kind cousin who depends on the abusive person for money: limited tasks only, for that reason', () => {
    const suggestion = suggestLevel({ ...trusted(), 'caution.dependsOnAbuser': 'yes', 'trust.independent': 'no' });
    expect(suggestion?.level).toBe('partial');
    expect(suggestion?.reasons.map((reason) => reason.question)).toEqual(
      expect.arrayContaining(['caution.dependsOnAbuser', 'trust.independent']),
    );
  });

  it('a friend who speaks the language but repeats things back: better not to involve', () => {
    const suggestion = suggestLevel({ ...trusted(), 'trust.sharesLanguage': 'yes', 'caution.repeatsBack': 'yes' });
    expect(suggestion?.level).toBe('none');
    expect(suggestion?.reasons[0]?.question).toBe('caution.repeatsBack');
  });

  it('immigration threats come first among the reasons, however many others there are', () => {
    const suggestion = suggestLevel({
      ...trusted(),
      'caution.supportsAbuser': 'yes',
      'caution.blames': 'yes',
      'caution.saidWouldCallImmigration': 'yes',
    });
    expect(suggestion?.level).toBe('none');
    expect(suggestion?.reasons[0]?.question).toBe('caution.saidWouldCallImmigration');
    expect(suggestion?.reasons.map((reason) => reason.question)).toEqual([
      'caution.saidWouldCallImmigration',
      'caution.supportsAbuser',
      'caution.blames',
    ]);
  });

  it('the only answer being an immigration threat is enough to suggest not involving them', () => {
    expect(suggestLevel({ 'caution.threatenedImmigration': 'yes' })?.level).toBe('none');
  });
});

describe('suggestLevel from the core questions alone', () => {
  it('gives a suggestion for every mix of answers, "not sure" and skips to the core', () => {
    const choices: (Answer | undefined)[] = [...ANSWERS, undefined];
    const total = choices.length ** CORE_QUESTIONS.length;
    let without = 0;
    for (let mix = 1; mix < total; mix += 1) {
      const answers: Answers = {};
      let rest = mix;
      for (const question of CORE_QUESTIONS) {
        const answer = choices[rest % choices.length];
        rest = Math.floor(rest / choices.length);
        if (answer) answers[question] = answer;
      }
      if (Object.keys(answers).length > 0 && suggestLevel(answers) === null) without += 1;
    }
    expect(without).toBe(0);
  });

  it('can reach every level: full when every core sign speaks well of the person', () => {
    expect(suggestLevel(trustedCore())).toEqual({ level: 'full', reasons: [] });
    expect(suggestLevel({ ...trustedCore(), 'trust.keepsDistance': 'no' })?.level).toBe('partial');
    expect(suggestLevel({ ...trustedCore(), 'trust.wouldNeverReport': 'no' })?.level).toBe('emergency');
    expect(suggestLevel({ ...trustedCore(), 'caution.threatenedImmigration': 'yes' })?.level).toBe('none');
  });

  it('"not sure" to every core question suggests emergency use only, never full', () => {
    const unsure = Object.fromEntries(CORE_QUESTIONS.map((question) => [question, 'unsure' as const]));
    expect(suggestLevel(unsure)?.level).toBe('emergency');
  });
});

describe('the more questions refine the suggestion', () => {
  it.each(MORE_QUESTIONS)('an answer to %s can only keep or lower what the core suggests', (question) => {
    const core = suggestLevel(trustedCore())?.level ?? 'full';
    for (const answer of ANSWERS) {
      const level = suggestLevel({ ...trustedCore(), [question]: answer })?.level ?? 'full';
      expect(RANK[level], `${question}: ${answer}`).toBeLessThanOrEqual(RANK[core]);
    }
  });

  it('left unanswered, they do not lower the suggestion', () => {
    expect(suggestLevel(trustedCore())?.level).toBe('full');
    expect(suggestLevel({ ...trustedCore(), 'trust.keptSecrets': 'yes' })?.level).toBe('full');
  });

  it('a yes to "said they would call immigration" among the more questions still means better not to involve', () => {
    const suggestion = suggestLevel({ ...trustedCore(), 'caution.saidWouldCallImmigration': 'yes' });
    expect(suggestion?.level).toBe('none');
    expect(suggestion?.reasons[0]).toMatchObject({ question: 'caution.saidWouldCallImmigration', answer: 'yes' });
  });

  it('"not sure" to a sign of trust among the more questions keeps full away, as it always did', () => {
    expect(suggestLevel({ ...trustedCore(), 'trust.keptSecrets': 'unsure' })?.level).toBe('partial');
  });
});

describe('answers saved before the core existed', () => {
  it('with all 21 questions answered, give the same level as before', () => {
    const next = random(20261203);
    for (let sample = 0; sample < 2000; sample += 1) {
      const answers: Answers = {};
      for (const question of SCREENING_QUESTIONS) {
        // Mostly the answers that speak well of someone, so every level turns up.
        const good = question.startsWith('trust.') ? 'yes' : 'no';
        const roll = next();
        answers[question] = roll < 0.85 ? good : (ANSWERS[Math.floor(next() * ANSWERS.length)] ?? good);
      }
      expect(suggestLevel(answers)?.level).toBe(levelBeforeTheCore(answers));
    }
  });

  it('with all 21 answered, keep the same reasons too', () => {
    const answers: Answers = { ...trusted(), 'caution.blames': 'yes', 'trust.keptSecrets': 'unsure' };
    expect(suggestLevel(answers)).toEqual({
      level: 'emergency',
      reasons: [
        { question: 'caution.blames', answer: 'yes', effect: 'lowers', ceiling: 'emergency' },
        { question: 'trust.keptSecrets', answer: 'unsure', effect: 'lowers', ceiling: 'partial' },
      ],
    });
  });

  it('that skipped a question now among the more are decided by their core answers', () => {
    // Before, the skipped "kept something private" alone kept this person at partial.
    const answers: Answers = { ...trusted() };
    delete answers['trust.keptSecrets'];
    expect(levelBeforeTheCore(answers)).toBe('partial');
    expect(suggestLevel(answers)).toEqual({ level: 'full', reasons: [] });
  });

  it('that skipped a core question still do not get full', () => {
    const answers: Answers = { ...trusted() };
    delete answers['trust.respectsPrivacy'];
    expect(suggestLevel(answers)?.level).toBe('partial');
    expect(suggestLevel(answers)?.reasons).toEqual([
      { question: 'trust.respectsPrivacy', answer: 'unanswered', effect: 'lowers', ceiling: 'partial' },
    ]);
  });
});

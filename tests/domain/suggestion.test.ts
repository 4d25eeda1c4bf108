import { describe, expect, it } from 'vitest';
import { CAUTION_QUESTIONS, type ScreeningQuestion, TRUST_QUESTIONS } from '../../src/domain/screening';
import { suggestLevel } from '../../src/domain/suggestion';

type Answers = Partial<Record<ScreeningQuestion, 'yes' | 'no' | 'unsure'>>;

/** Someone every sign speaks well of: all trust signs yes, all caution signs no. */
function trusted(): Answers {
  const answers: Answers = {};
  for (const question of TRUST_QUESTIONS) answers[question] = 'yes';
  for (const question of CAUTION_QUESTIONS) answers[question] = 'no';
  return answers;
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

/**
 * The questions asked about one person (steps 2 and 3 of the guide).
 * Each question is tied to one sign: a sign that a person may be safer to
 * trust, or a sign to be careful. Answers are yes, no or not sure.
 */
export const TRUST_QUESTIONS = [
  'trust.keepsDistance',
  'trust.independent',
  'trust.respectsPrivacy',
  'trust.keptSecrets',
  'trust.noPressure',
  'trust.understandsImmigrationRisk',
  'trust.wouldNeverReport',
  'trust.sharesLanguage',
  'trust.answers',
  'trust.stable',
] as const;

export const CAUTION_QUESTIONS = [
  'caution.supportsAbuser',
  'caution.blames',
  'caution.repeatsBack',
  'caution.threatenedImmigration',
  'caution.saidWouldCallImmigration',
  'caution.usedStatusToControl',
  'caution.spreadsNews',
  'caution.postsPrivateMatters',
  'caution.reputationOverSafety',
  'caution.pressuresToStay',
  'caution.dependsOnAbuser',
] as const;

export const SCREENING_QUESTIONS = [...TRUST_QUESTIONS, ...CAUTION_QUESTIONS] as const;
export type ScreeningQuestion = (typeof SCREENING_QUESTIONS)[number];

/**
 * Which questions are asked first. The core is short enough for a survivor in
 * a hurry and is enough for a suggestion on its own; the other questions are
 * offered afterwards as "more questions", which refine it. Every question
 * needs an entry, so a new one cannot be left out by accident.
 */
export type QuestionSet = 'core' | 'more';

export const QUESTION_SETS: Readonly<Record<ScreeningQuestion, QuestionSet>> = {
  'caution.threatenedImmigration': 'core',
  'caution.usedStatusToControl': 'core',
  'trust.wouldNeverReport': 'core',
  'caution.supportsAbuser': 'core',
  'caution.repeatsBack': 'core',
  'trust.respectsPrivacy': 'core',
  'trust.noPressure': 'core',
  'trust.keepsDistance': 'core',
  'caution.saidWouldCallImmigration': 'more',
  'trust.understandsImmigrationRisk': 'more',
  'caution.dependsOnAbuser': 'more',
  'trust.independent': 'more',
  'caution.blames': 'more',
  'caution.pressuresToStay': 'more',
  'caution.reputationOverSafety': 'more',
  'caution.spreadsNews': 'more',
  'caution.postsPrivateMatters': 'more',
  'trust.keptSecrets': 'more',
  'trust.sharesLanguage': 'more',
  'trust.answers': 'more',
  'trust.stable': 'more',
};

/** At most this many questions before the first suggestion. */
export const CORE_LIMIT = 8;

/**
 * The order the questions are asked in: threats involving immigration first,
 * then the signs that weigh most, then the rest. The core comes first.
 */
export const ASKING_ORDER: readonly ScreeningQuestion[] = (Object.keys(QUESTION_SETS) as ScreeningQuestion[]).sort(
  (a, b) => Number(QUESTION_SETS[a] === 'more') - Number(QUESTION_SETS[b] === 'more'),
);

export const CORE_QUESTIONS: readonly ScreeningQuestion[] = ASKING_ORDER.filter(
  (question) => QUESTION_SETS[question] === 'core',
);
export const MORE_QUESTIONS: readonly ScreeningQuestion[] = ASKING_ORDER.filter(
  (question) => QUESTION_SETS[question] === 'more',
);

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

export function isScreeningQuestion(value: string): value is ScreeningQuestion {
  return (SCREENING_QUESTIONS as readonly string[]).includes(value);
}

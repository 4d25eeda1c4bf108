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

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

export function isScreeningQuestion(value: string): value is ScreeningQuestion {
  return (SCREENING_QUESTIONS as readonly string[]).includes(value);
}

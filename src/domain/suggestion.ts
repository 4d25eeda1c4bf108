/**
 * A suggestion, never a verdict: turns the screening answers about one
 * person into a suggested information level and the reasons for it. The
 * survivor sees the reasons and decides; their choice always wins.
 *
 * How it weighs the answers:
 * - It starts from "full" and every answer can only lower the ceiling.
 * - Threats involving immigration weigh most: any of them means "better not
 *   to involve".
 * - "Not sure" never counts as a safe answer: on a sign to be careful it
 *   lowers the ceiling one step less than "yes"; on a sign of trust it
 *   counts like "no" would for "full" (full needs every core sign confirmed).
 * - Skipped and unanswered questions count as not sure for "full".
 * - Practical points (language, being reachable) never lower the level; they
 *   are shown as notes.
 */
import type { Level } from './levels';
import type { Answer, ScreeningQuestion } from './screening';

export type ReasonEffect = 'lowers' | 'note';

export interface Reason {
  question: ScreeningQuestion;
  answer: Answer | 'unanswered';
  effect: ReasonEffect;
  /** The highest level this answer allows. */
  ceiling: Level;
}

export interface Suggestion {
  level: Level;
  /** The answers that set or lowered the level, most serious first, then notes. */
  reasons: Reason[];
}

const RANK: Record<Level, number> = { none: 0, emergency: 1, partial: 2, full: 3 };

function lower(a: Level, b: Level): Level {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Signs to be careful: the ceiling when the answer is yes, and when it is not sure. */
const CAUTION: Partial<Record<ScreeningQuestion, { yes: Level; unsure: Level }>> = {
  'caution.threatenedImmigration': { yes: 'none', unsure: 'emergency' },
  'caution.saidWouldCallImmigration': { yes: 'none', unsure: 'emergency' },
  'caution.usedStatusToControl': { yes: 'none', unsure: 'emergency' },
  'caution.supportsAbuser': { yes: 'none', unsure: 'emergency' },
  'caution.repeatsBack': { yes: 'none', unsure: 'emergency' },
  'caution.blames': { yes: 'emergency', unsure: 'partial' },
  'caution.spreadsNews': { yes: 'emergency', unsure: 'partial' },
  'caution.postsPrivateMatters': { yes: 'emergency', unsure: 'partial' },
  'caution.reputationOverSafety': { yes: 'emergency', unsure: 'partial' },
  'caution.pressuresToStay': { yes: 'emergency', unsure: 'partial' },
  'caution.dependsOnAbuser': { yes: 'partial', unsure: 'partial' },
};

/** Signs of trust that "full" needs confirmed: the ceiling when the answer is no. */
const CORE_TRUST: Partial<Record<ScreeningQuestion, Level>> = {
  'trust.wouldNeverReport': 'emergency',
  'trust.respectsPrivacy': 'emergency',
  'trust.noPressure': 'emergency',
  'trust.understandsImmigrationRisk': 'partial',
  'trust.keepsDistance': 'partial',
  'trust.independent': 'partial',
  'trust.keptSecrets': 'partial',
};

/** Practical signs: a "no" or "not sure" is worth knowing, but says nothing about trust. */
const PRACTICAL: readonly ScreeningQuestion[] = ['trust.sharesLanguage', 'trust.answers', 'trust.stable'];

/** Immigration first, then by how low the answer sets the ceiling. */
const IMMIGRATION: ReadonlySet<ScreeningQuestion> = new Set([
  'caution.threatenedImmigration',
  'caution.saidWouldCallImmigration',
  'caution.usedStatusToControl',
  'trust.wouldNeverReport',
  'trust.understandsImmigrationRisk',
]);

export function suggestLevel(answers: Partial<Record<string, Answer>>): Suggestion | null {
  const given = Object.entries(answers).filter(([, answer]) => answer !== undefined);
  if (given.length === 0) return null;

  const lowering: Reason[] = [];
  const notes: Reason[] = [];

  for (const [question, limits] of Object.entries(CAUTION) as [ScreeningQuestion, { yes: Level; unsure: Level }][]) {
    const answer = answers[question];
    if (answer === 'yes' || answer === 'unsure') {
      lowering.push({ question, answer, effect: 'lowers', ceiling: limits[answer] });
    }
  }
  for (const [question, ceiling] of Object.entries(CORE_TRUST) as [ScreeningQuestion, Level][]) {
    const answer = answers[question];
    if (answer === 'no') lowering.push({ question, answer, effect: 'lowers', ceiling });
    else if (answer !== 'yes') {
      lowering.push({ question, answer: answer ?? 'unanswered', effect: 'lowers', ceiling: 'partial' });
    }
  }
  for (const question of PRACTICAL) {
    const answer = answers[question];
    if (answer === 'no' || answer === 'unsure') notes.push({ question, answer, effect: 'note', ceiling: 'full' });
  }

  const level = lowering.reduce<Level>((current, reason) => lower(current, reason.ceiling), 'full');
  const answered = lowering.filter((reason) => reason.answer !== 'unanswered');
  const shown = answered.length > 0 ? answered : lowering;
  shown.sort(
    (a, b) =>
      RANK[a.ceiling] - RANK[b.ceiling] || Number(IMMIGRATION.has(b.question)) - Number(IMMIGRATION.has(a.question)),
  );
  return { level, reasons: [...shown, ...notes] };
}

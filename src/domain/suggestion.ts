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
 * - Skipped and unanswered core questions count as not sure for "full"; the
 *   more questions only count once answered, so the core alone is enough for
 *   a suggestion and the more questions refine it.
 * - Practical points (language, being reachable) never lower the level; they
 *   are shown as notes.
 */
import type { Level } from './levels';
import { type Answer, QUESTION_SETS, type ScreeningQuestion } from './screening';

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

/**
 * What each question weighs. Every question needs an entry, so a new one
 * cannot be ignored by accident: the compiler asks for its decision.
 * - `caution`: a sign to be careful; the ceiling when the answer is yes, and when it is not sure.
 * - `core-trust`: a sign of trust that "full" needs confirmed; the ceiling when the answer is no.
 *   Among the more questions it only counts once answered.
 * - `practical`: a "no" or "not sure" is worth knowing, but says nothing about trust.
 * Within a kind, the order here is the order of reasons that weigh the same.
 */
export type QuestionWeight =
  | { kind: 'caution'; yes: Level; unsure: Level }
  | { kind: 'core-trust'; no: Level }
  | { kind: 'practical' };

export const QUESTION_WEIGHTS: Readonly<Record<ScreeningQuestion, QuestionWeight>> = {
  'caution.threatenedImmigration': { kind: 'caution', yes: 'none', unsure: 'emergency' },
  'caution.saidWouldCallImmigration': { kind: 'caution', yes: 'none', unsure: 'emergency' },
  'caution.usedStatusToControl': { kind: 'caution', yes: 'none', unsure: 'emergency' },
  'caution.supportsAbuser': { kind: 'caution', yes: 'none', unsure: 'emergency' },
  'caution.repeatsBack': { kind: 'caution', yes: 'none', unsure: 'emergency' },
  'caution.blames': { kind: 'caution', yes: 'emergency', unsure: 'partial' },
  'caution.spreadsNews': { kind: 'caution', yes: 'emergency', unsure: 'partial' },
  'caution.postsPrivateMatters': { kind: 'caution', yes: 'emergency', unsure: 'partial' },
  'caution.reputationOverSafety': { kind: 'caution', yes: 'emergency', unsure: 'partial' },
  'caution.pressuresToStay': { kind: 'caution', yes: 'emergency', unsure: 'partial' },
  'caution.dependsOnAbuser': { kind: 'caution', yes: 'partial', unsure: 'partial' },
  'trust.wouldNeverReport': { kind: 'core-trust', no: 'emergency' },
  'trust.respectsPrivacy': { kind: 'core-trust', no: 'emergency' },
  'trust.noPressure': { kind: 'core-trust', no: 'emergency' },
  'trust.understandsImmigrationRisk': { kind: 'core-trust', no: 'partial' },
  'trust.keepsDistance': { kind: 'core-trust', no: 'partial' },
  'trust.independent': { kind: 'core-trust', no: 'partial' },
  'trust.keptSecrets': { kind: 'core-trust', no: 'partial' },
  'trust.sharesLanguage': { kind: 'practical' },
  'trust.answers': { kind: 'practical' },
  'trust.stable': { kind: 'practical' },
};

const WEIGHED = Object.entries(QUESTION_WEIGHTS) as [ScreeningQuestion, QuestionWeight][];

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

  for (const [question, weight] of WEIGHED) {
    const answer = answers[question];
    if (weight.kind === 'caution' && (answer === 'yes' || answer === 'unsure')) {
      lowering.push({ question, answer, effect: 'lowers', ceiling: weight[answer] });
    }
  }
  for (const [question, weight] of WEIGHED) {
    if (weight.kind !== 'core-trust') continue;
    const answer = answers[question];
    if (answer === 'no') lowering.push({ question, answer, effect: 'lowers', ceiling: weight.no });
    else if (answer === 'unsure') lowering.push({ question, answer, effect: 'lowers', ceiling: 'partial' });
    else if (answer === undefined && QUESTION_SETS[question] === 'core') {
      lowering.push({ question, answer: 'unanswered', effect: 'lowers', ceiling: 'partial' });
    }
  }
  for (const [question, weight] of WEIGHED) {
    const answer = answers[question];
    if (weight.kind === 'practical' && (answer === 'no' || answer === 'unsure')) {
      notes.push({ question, answer, effect: 'note', ceiling: 'full' });
    }
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

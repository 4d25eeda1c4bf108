/**
 * The order of the screening for one person: an introduction to the signs
 * of trust, their questions, an introduction to the signs to be careful,
 * their questions, then the suggestion. Pure, so every move can be tested
 * without a screen.
 */
import type { Screening } from './person';
import {
  type Answer,
  isScreeningQuestion,
  SCREENING_QUESTIONS,
  type ScreeningQuestion,
  TRUST_QUESTIONS,
} from './screening';

export const PARTS = ['trust', 'caution'] as const;
export type Part = (typeof PARTS)[number];

/** Where the survivor is. The suggestion remembers where it was opened from, for Back. */
export type Step =
  | { kind: 'intro'; part: Part }
  | { kind: 'question'; index: number }
  | { kind: 'suggestion'; from: Step | null };

const FIRST_CAUTION = TRUST_QUESTIONS.length;
const LAST = SCREENING_QUESTIONS.length - 1;

export function nextStep(step: Step): Step {
  switch (step.kind) {
    case 'intro':
      return { kind: 'question', index: step.part === 'trust' ? 0 : FIRST_CAUTION };
    case 'question':
      if (step.index >= LAST) return { kind: 'suggestion', from: step };
      if (step.index + 1 === FIRST_CAUTION) return { kind: 'intro', part: 'caution' };
      return { kind: 'question', index: step.index + 1 };
    case 'suggestion':
      return step;
  }
}

/** Null on the very first step: there is nothing before it. */
export function previousStep(step: Step): Step | null {
  switch (step.kind) {
    case 'intro':
      return step.part === 'trust' ? null : { kind: 'question', index: FIRST_CAUTION - 1 };
    case 'question':
      if (step.index === 0) return { kind: 'intro', part: 'trust' };
      if (step.index === FIRST_CAUTION) return { kind: 'intro', part: 'caution' };
      return { kind: 'question', index: step.index - 1 };
    case 'suggestion':
      return step.from ?? { kind: 'question', index: LAST };
  }
}

/** Picks up where the survivor stopped; after the last question, shows the suggestion. */
export function initialStep(screening: Screening): Step {
  const { resumeAt } = screening;
  if (resumeAt && isScreeningQuestion(resumeAt)) {
    return { kind: 'question', index: SCREENING_QUESTIONS.indexOf(resumeAt) };
  }
  if (Object.keys(knownAnswers(screening.answers)).length > 0 || screening.skipped.length > 0) {
    return { kind: 'suggestion', from: null };
  }
  return { kind: 'intro', part: 'trust' };
}

/** Answers to the questions asked today; answers to retired questions are kept in storage but not counted. */
export function knownAnswers(answers: Screening['answers']): Partial<Record<ScreeningQuestion, Answer>> {
  return Object.fromEntries(Object.entries(answers).filter(([question]) => isScreeningQuestion(question)));
}

/** Records an answer to the question at `index`; an earlier skip of it no longer counts. */
export function answerQuestion(screening: Screening, index: number, answer: Answer): Screening {
  const question = SCREENING_QUESTIONS[index];
  if (!question) return screening;
  return {
    ...screening,
    answers: { ...screening.answers, [question]: answer },
    skipped: screening.skipped.filter((item) => item !== question),
    resumeAt: resumeAfter(index),
  };
}

/** Records that the survivor skipped the question at `index`; an earlier answer to it is dropped. */
export function skipQuestion(screening: Screening, index: number): Screening {
  const question = SCREENING_QUESTIONS[index];
  if (!question) return screening;
  return {
    ...screening,
    answers: Object.fromEntries(Object.entries(screening.answers).filter(([item]) => item !== question)),
    skipped: [...screening.skipped.filter((item) => item !== question), question],
    resumeAt: resumeAfter(index),
  };
}

/** After the last question there is nothing to resume: the suggestion comes next. */
function resumeAfter(index: number): ScreeningQuestion | null {
  return SCREENING_QUESTIONS[index + 1] ?? null;
}

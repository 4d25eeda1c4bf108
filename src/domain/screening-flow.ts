/**
 * The order of the screening for one person: a short introduction, the core
 * questions, then the suggestion. From the suggestion the survivor may go on
 * to the more questions, which lead back to an updated suggestion. Pure, so
 * every move can be tested without a screen.
 *
 * A question's `index` is its place in the asking order: the core questions
 * first, then the more questions.
 */
import type { Screening } from './person';
import {
  type Answer,
  ASKING_ORDER,
  CORE_QUESTIONS,
  isScreeningQuestion,
  MORE_QUESTIONS,
  QUESTION_SETS,
  type QuestionSet,
  type ScreeningQuestion,
} from './screening';

/** Where the survivor is. The suggestion remembers where it was opened from, for Back. */
export type Step = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'suggestion'; from: Step | null };

const LAST_CORE = CORE_QUESTIONS.length - 1;
const FIRST_MORE = CORE_QUESTIONS.length;
const LAST = ASKING_ORDER.length - 1;

export function questionAt(index: number): ScreeningQuestion | undefined {
  return ASKING_ORDER[index];
}

/** Which set a question belongs to, and its number and count within that set, for "Question 2 of 8". */
export function placeOf(index: number): { set: QuestionSet; number: number; count: number } | null {
  const question = questionAt(index);
  if (!question) return null;
  return QUESTION_SETS[question] === 'core'
    ? { set: 'core', number: index + 1, count: CORE_QUESTIONS.length }
    : { set: 'more', number: index - FIRST_MORE + 1, count: MORE_QUESTIONS.length };
}

export function nextStep(step: Step): Step {
  switch (step.kind) {
    case 'intro':
      return { kind: 'question', index: 0 };
    case 'question':
      if (step.index === LAST_CORE || step.index >= LAST) return { kind: 'suggestion', from: step };
      return { kind: 'question', index: step.index + 1 };
    case 'suggestion':
      return step;
  }
}

/** Null on the very first step: there is nothing before it. */
export function previousStep(step: Step): Step | null {
  switch (step.kind) {
    case 'intro':
      return null;
    case 'question':
      if (step.index === 0) return { kind: 'intro' };
      if (step.index === FIRST_MORE) return { kind: 'suggestion', from: { kind: 'question', index: LAST_CORE } };
      return { kind: 'question', index: step.index - 1 };
    case 'suggestion':
      return step.from ?? { kind: 'question', index: LAST_CORE };
  }
}

function isOpen(screening: Screening, question: ScreeningQuestion): boolean {
  return knownAnswers(screening.answers)[question] === undefined && !screening.skipped.includes(question);
}

/** The first core question neither answered nor skipped, if any. */
function firstOpenCore(screening: Screening): number | null {
  const index = CORE_QUESTIONS.findIndex((question) => isOpen(screening, question));
  return index === -1 ? null : index;
}

/**
 * Picks up where the survivor stopped, in the core or in the more questions;
 * the core always comes first, so a record from before the core existed picks
 * up at its first open core question. With nothing to resume, shows the
 * suggestion once something was answered or skipped.
 */
export function initialStep(screening: Screening): Step {
  const { resumeAt } = screening;
  if (resumeAt && isScreeningQuestion(resumeAt)) {
    const index = ASKING_ORDER.indexOf(resumeAt);
    if (QUESTION_SETS[resumeAt] === 'core') return { kind: 'question', index };
    return { kind: 'question', index: firstOpenCore(screening) ?? index };
  }
  if (Object.keys(knownAnswers(screening.answers)).length > 0 || screening.skipped.length > 0) {
    return { kind: 'suggestion', from: null };
  }
  return { kind: 'intro' };
}

/** How many more questions are neither answered nor skipped. */
export function openMoreQuestions(screening: Screening): number {
  return MORE_QUESTIONS.filter((question) => isOpen(screening, question)).length;
}

/** Where "More questions" starts: the first one still open, or the first of them when all were seen. */
export function moreQuestionsStep(screening: Screening): Step {
  const open = MORE_QUESTIONS.findIndex((question) => isOpen(screening, question));
  return { kind: 'question', index: FIRST_MORE + Math.max(open, 0) };
}

/** Answers to the questions asked today; answers to retired questions are kept in storage but not counted. */
export function knownAnswers(answers: Screening['answers']): Partial<Record<ScreeningQuestion, Answer>> {
  return Object.fromEntries(Object.entries(answers).filter(([question]) => isScreeningQuestion(question)));
}

/** Records an answer to the question at `index`; an earlier skip of it no longer counts. */
export function answerQuestion(screening: Screening, index: number, answer: Answer): Screening {
  const question = questionAt(index);
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
  const question = questionAt(index);
  if (!question) return screening;
  return {
    ...screening,
    answers: Object.fromEntries(Object.entries(screening.answers).filter(([item]) => item !== question)),
    skipped: [...screening.skipped.filter((item) => item !== question), question],
    resumeAt: resumeAfter(index),
  };
}

/** After the last question of the core or of the more questions, the suggestion comes next: nothing to resume. */
function resumeAfter(index: number): ScreeningQuestion | null {
  if (index === LAST_CORE) return null;
  return questionAt(index + 1) ?? null;
}

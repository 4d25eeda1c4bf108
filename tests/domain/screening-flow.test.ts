import { describe, expect, it } from 'vitest';
import type { Screening } from '../../src/domain/person';
import { ASKING_ORDER, CORE_QUESTIONS, MORE_QUESTIONS, SCREENING_QUESTIONS } from '../../src/domain/screening';
import {
  answerQuestion,
  initialStep,
  knownAnswers,
  moreQuestionsStep,
  nextStep,
  openMoreQuestions,
  placeOf,
  previousStep,
  questionAt,
  type Step,
  skipQuestion,
} from '../../src/domain/screening-flow';

const LAST_CORE = CORE_QUESTIONS.length - 1;
const FIRST_MORE = CORE_QUESTIONS.length;
const LAST = SCREENING_QUESTIONS.length - 1;

function screening(extra: Partial<Screening> = {}): Screening {
  return { answers: {}, skipped: [], resumeAt: null, finishedAt: null, ...extra };
}

function indexOf(question: (typeof SCREENING_QUESTIONS)[number]): number {
  return ASKING_ORDER.indexOf(question);
}

/** Every core question answered, as the survivor would after the first pass. */
function coreDone(): Screening['answers'] {
  return Object.fromEntries(CORE_QUESTIONS.map((question) => [question, 'unsure' as const]));
}

describe('initialStep', () => {
  it('starts a first visit with the introduction', () => {
    expect(initialStep(screening())).toEqual({ kind: 'intro' });
  });

  it('resumes at the core question where the survivor stopped', () => {
    expect(
      initialStep(screening({ resumeAt: 'trust.noPressure', answers: { 'caution.threatenedImmigration': 'no' } })),
    ).toEqual({ kind: 'question', index: indexOf('trust.noPressure') });
  });

  it('resumes among the more questions once the core is answered or skipped', () => {
    const skipped = [CORE_QUESTIONS[0] ?? ''];
    const answers = Object.fromEntries(CORE_QUESTIONS.slice(1).map((question) => [question, 'yes' as const]));
    expect(initialStep(screening({ resumeAt: 'caution.blames', answers, skipped }))).toEqual({
      kind: 'question',
      index: indexOf('caution.blames'),
    });
  });

  it('sends a record from before the core, stopped at a question now among the more, to its first open core question', () => {
    // The old order asked the trust signs first: keepsDistance, then independent.
    const old = screening({ answers: { 'trust.keepsDistance': 'yes' }, resumeAt: 'trust.independent' });
    expect(initialStep(old)).toEqual({ kind: 'question', index: 0 });
    const further = screening({
      answers: { 'caution.threatenedImmigration': 'no', 'caution.usedStatusToControl': 'no' },
      resumeAt: 'caution.blames',
    });
    expect(initialStep(further)).toEqual({ kind: 'question', index: 2 });
  });

  it('opens the suggestion when something was answered or skipped and nothing is left to resume', () => {
    expect(initialStep(screening({ answers: { 'trust.keepsDistance': 'no' } }))).toEqual({
      kind: 'suggestion',
      from: null,
    });
    expect(initialStep(screening({ skipped: ['trust.keepsDistance'] }))).toEqual({ kind: 'suggestion', from: null });
  });

  it('starts from the beginning when the only answers are to questions no longer asked', () => {
    expect(initialStep(screening({ answers: { 'trust.retired': 'yes' } }))).toEqual({ kind: 'intro' });
  });

  it('ignores a place to resume that is no longer a question', () => {
    expect(initialStep(screening({ resumeAt: 'trust.retired' }))).toEqual({ kind: 'intro' });
  });
});

describe('nextStep', () => {
  it('goes from the introduction to the first core question', () => {
    expect(nextStep({ kind: 'intro' })).toEqual({ kind: 'question', index: 0 });
  });

  it('goes from one question to the next', () => {
    expect(nextStep({ kind: 'question', index: 0 })).toEqual({ kind: 'question', index: 1 });
    expect(nextStep({ kind: 'question', index: FIRST_MORE })).toEqual({ kind: 'question', index: FIRST_MORE + 1 });
  });

  it('shows the suggestion after the last core question, remembering where it came from', () => {
    const last: Step = { kind: 'question', index: LAST_CORE };
    expect(nextStep(last)).toEqual({ kind: 'suggestion', from: last });
  });

  it('shows the updated suggestion after the last of the more questions', () => {
    const last: Step = { kind: 'question', index: LAST };
    expect(nextStep(last)).toEqual({ kind: 'suggestion', from: last });
  });

  it('stays on the suggestion', () => {
    const suggestion: Step = { kind: 'suggestion', from: null };
    expect(nextStep(suggestion)).toEqual(suggestion);
  });

  it('walks the introduction and the core, then the suggestion: at most eight questions', () => {
    const seen: string[] = [];
    let step: Step = { kind: 'intro' };
    while (step.kind !== 'suggestion') {
      seen.push(step.kind === 'intro' ? 'intro' : (questionAt(step.index) ?? '?'));
      step = nextStep(step);
    }
    expect(seen).toEqual(['intro', ...CORE_QUESTIONS]);
    expect(seen.length - 1).toBeLessThanOrEqual(8);
  });

  it('walks every more question from the first of them to the suggestion', () => {
    const seen: string[] = [];
    let step: Step = moreQuestionsStep(screening({ answers: coreDone() }));
    while (step.kind !== 'suggestion') {
      seen.push(questionAt(step.kind === 'question' ? step.index : -1) ?? '?');
      step = nextStep(step);
    }
    expect(seen).toEqual([...MORE_QUESTIONS]);
  });
});

describe('previousStep', () => {
  it('has nothing before the introduction', () => {
    expect(previousStep({ kind: 'intro' })).toBeNull();
  });

  it('goes back from the first question to the introduction', () => {
    expect(previousStep({ kind: 'question', index: 0 })).toEqual({ kind: 'intro' });
  });

  it('goes back from the first of the more questions to the suggestion', () => {
    expect(previousStep({ kind: 'question', index: FIRST_MORE })).toEqual({
      kind: 'suggestion',
      from: { kind: 'question', index: LAST_CORE },
    });
  });

  it('goes back one question', () => {
    expect(previousStep({ kind: 'question', index: 3 })).toEqual({ kind: 'question', index: 2 });
    expect(previousStep({ kind: 'question', index: FIRST_MORE + 1 })).toEqual({ kind: 'question', index: FIRST_MORE });
  });

  it('goes back from the suggestion to the step it was opened from, or else to the last core question', () => {
    const from: Step = { kind: 'question', index: 4 };
    expect(previousStep({ kind: 'suggestion', from })).toEqual(from);
    expect(previousStep({ kind: 'suggestion', from: null })).toEqual({ kind: 'question', index: LAST_CORE });
  });
});

describe('where a question sits', () => {
  it('numbers the core and the more questions each from one', () => {
    expect(placeOf(0)).toEqual({ set: 'core', number: 1, count: CORE_QUESTIONS.length });
    expect(placeOf(LAST_CORE)).toEqual({ set: 'core', number: CORE_QUESTIONS.length, count: CORE_QUESTIONS.length });
    expect(placeOf(FIRST_MORE)).toEqual({ set: 'more', number: 1, count: MORE_QUESTIONS.length });
    expect(placeOf(LAST)).toEqual({ set: 'more', number: MORE_QUESTIONS.length, count: MORE_QUESTIONS.length });
    expect(placeOf(LAST + 1)).toBeNull();
  });
});

describe('the more questions', () => {
  it('counts the ones neither answered nor skipped', () => {
    expect(openMoreQuestions(screening({ answers: coreDone() }))).toBe(MORE_QUESTIONS.length);
    expect(
      openMoreQuestions(
        screening({ answers: { ...coreDone(), 'caution.blames': 'no' }, skipped: ['caution.spreadsNews'] }),
      ),
    ).toBe(MORE_QUESTIONS.length - 2);
  });

  it('start at the first one still open, or at the first of them when every one was seen', () => {
    const first = MORE_QUESTIONS[0] ?? '';
    expect(moreQuestionsStep(screening({ answers: coreDone() }))).toEqual({ kind: 'question', index: FIRST_MORE });
    expect(moreQuestionsStep(screening({ answers: { ...coreDone(), [first]: 'yes' } }))).toEqual({
      kind: 'question',
      index: FIRST_MORE + 1,
    });
    const all = Object.fromEntries(SCREENING_QUESTIONS.map((question) => [question, 'no' as const]));
    expect(moreQuestionsStep(screening({ answers: all }))).toEqual({ kind: 'question', index: FIRST_MORE });
  });
});

describe('knownAnswers', () => {
  it('keeps answers to the questions asked today and ignores unknown question ids', () => {
    expect(knownAnswers({ 'trust.keepsDistance': 'yes', 'trust.retired': 'no', 'caution.blames': 'unsure' })).toEqual({
      'trust.keepsDistance': 'yes',
      'caution.blames': 'unsure',
    });
  });
});

describe('answering and skipping', () => {
  const first = CORE_QUESTIONS[0] ?? '';
  const second = CORE_QUESTIONS[1] ?? '';

  it('records an answer, clears an earlier skip of it and resumes at the next question', () => {
    const after = answerQuestion(screening({ skipped: [first, second] }), 0, 'yes');
    expect(after).toEqual(screening({ answers: { [first]: 'yes' }, skipped: [second], resumeAt: second }));
  });

  it('records a skip, drops an earlier answer to it and resumes at the next question', () => {
    const after = skipQuestion(screening({ answers: { [first]: 'no', [second]: 'yes' } }), 0);
    expect(after).toEqual(screening({ answers: { [second]: 'yes' }, skipped: [first], resumeAt: second }));
  });

  it('lists a question skipped twice once', () => {
    expect(skipQuestion(screening({ skipped: [first] }), 0).skipped).toEqual([first]);
  });

  it('leaves nothing to resume after the last core question, nor after the last of the more questions', () => {
    expect(answerQuestion(screening(), LAST_CORE, 'no').resumeAt).toBeNull();
    expect(skipQuestion(screening(), LAST_CORE).resumeAt).toBeNull();
    expect(answerQuestion(screening(), LAST, 'no').resumeAt).toBeNull();
    expect(skipQuestion(screening(), LAST).resumeAt).toBeNull();
  });

  it('resumes within the more questions at the next one', () => {
    expect(answerQuestion(screening(), FIRST_MORE, 'yes').resumeAt).toBe(MORE_QUESTIONS[1]);
  });

  it('keeps answers to questions no longer asked', () => {
    expect(answerQuestion(screening({ answers: { 'trust.retired': 'yes' } }), 0, 'no').answers).toEqual({
      'trust.retired': 'yes',
      [first]: 'no',
    });
  });
});

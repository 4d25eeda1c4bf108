import { describe, expect, it } from 'vitest';
import type { Screening } from '../../src/domain/person';
import { CAUTION_QUESTIONS, SCREENING_QUESTIONS, TRUST_QUESTIONS } from '../../src/domain/screening';
import {
  answerQuestion,
  initialStep,
  knownAnswers,
  nextStep,
  previousStep,
  type Step,
  skipQuestion,
} from '../../src/domain/screening-flow';

const FIRST_CAUTION = TRUST_QUESTIONS.length;
const LAST = SCREENING_QUESTIONS.length - 1;

function screening(extra: Partial<Screening> = {}): Screening {
  return { answers: {}, skipped: [], resumeAt: null, finishedAt: null, ...extra };
}

describe('initialStep', () => {
  it('starts a first visit with the introduction to the signs of trust', () => {
    expect(initialStep(screening())).toEqual({ kind: 'intro', part: 'trust' });
  });

  it('resumes at the question where the survivor stopped', () => {
    expect(initialStep(screening({ resumeAt: 'caution.blames', answers: { 'trust.keepsDistance': 'yes' } }))).toEqual({
      kind: 'question',
      index: SCREENING_QUESTIONS.indexOf('caution.blames'),
    });
  });

  it('opens the suggestion when every question was answered or skipped', () => {
    expect(initialStep(screening({ answers: { 'trust.keepsDistance': 'no' } }))).toEqual({
      kind: 'suggestion',
      from: null,
    });
    expect(initialStep(screening({ skipped: ['trust.keepsDistance'] }))).toEqual({ kind: 'suggestion', from: null });
  });

  it('starts from the beginning when the only answers are to questions no longer asked', () => {
    expect(initialStep(screening({ answers: { 'trust.retired': 'yes' } }))).toEqual({ kind: 'intro', part: 'trust' });
  });

  it('ignores a place to resume that is no longer a question', () => {
    expect(initialStep(screening({ resumeAt: 'trust.retired' }))).toEqual({ kind: 'intro', part: 'trust' });
  });
});

describe('nextStep', () => {
  it('goes from an introduction to the first question of its part', () => {
    expect(nextStep({ kind: 'intro', part: 'trust' })).toEqual({ kind: 'question', index: 0 });
    expect(nextStep({ kind: 'intro', part: 'caution' })).toEqual({ kind: 'question', index: FIRST_CAUTION });
  });

  it('goes from one question to the next within a part', () => {
    expect(nextStep({ kind: 'question', index: 0 })).toEqual({ kind: 'question', index: 1 });
    expect(nextStep({ kind: 'question', index: FIRST_CAUTION })).toEqual({
      kind: 'question',
      index: FIRST_CAUTION + 1,
    });
  });

  it('introduces the signs to be careful after the last sign of trust', () => {
    expect(nextStep({ kind: 'question', index: FIRST_CAUTION - 1 })).toEqual({ kind: 'intro', part: 'caution' });
  });

  it('shows the suggestion after the last question, remembering where it came from', () => {
    const last: Step = { kind: 'question', index: LAST };
    expect(nextStep(last)).toEqual({ kind: 'suggestion', from: last });
  });

  it('stays on the suggestion', () => {
    const suggestion: Step = { kind: 'suggestion', from: null };
    expect(nextStep(suggestion)).toEqual(suggestion);
  });

  it('walks the whole screening in order: introduction, trust, introduction, caution, suggestion', () => {
    const seen: string[] = [];
    let step: Step = { kind: 'intro', part: 'trust' };
    while (step.kind !== 'suggestion') {
      seen.push(step.kind === 'intro' ? `intro:${step.part}` : (SCREENING_QUESTIONS[step.index] ?? '?'));
      step = nextStep(step);
    }
    expect(seen).toEqual(['intro:trust', ...TRUST_QUESTIONS, 'intro:caution', ...CAUTION_QUESTIONS]);
  });
});

describe('previousStep', () => {
  it('has nothing before the introduction to the signs of trust', () => {
    expect(previousStep({ kind: 'intro', part: 'trust' })).toBeNull();
  });

  it('goes back from the first question to its introduction', () => {
    expect(previousStep({ kind: 'question', index: 0 })).toEqual({ kind: 'intro', part: 'trust' });
    expect(previousStep({ kind: 'question', index: FIRST_CAUTION })).toEqual({ kind: 'intro', part: 'caution' });
  });

  it('goes back from the caution introduction to the last sign of trust', () => {
    expect(previousStep({ kind: 'intro', part: 'caution' })).toEqual({ kind: 'question', index: FIRST_CAUTION - 1 });
  });

  it('goes back one question within a part', () => {
    expect(previousStep({ kind: 'question', index: 3 })).toEqual({ kind: 'question', index: 2 });
  });

  it('goes back from the suggestion to the step it was opened from, or else to the last question', () => {
    const from: Step = { kind: 'question', index: 4 };
    expect(previousStep({ kind: 'suggestion', from })).toEqual(from);
    expect(previousStep({ kind: 'suggestion', from: null })).toEqual({ kind: 'question', index: LAST });
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
  it('records an answer, clears an earlier skip of it and resumes at the next question', () => {
    const after = answerQuestion(screening({ skipped: ['trust.keepsDistance', 'trust.independent'] }), 0, 'yes');
    expect(after).toEqual(
      screening({
        answers: { 'trust.keepsDistance': 'yes' },
        skipped: ['trust.independent'],
        resumeAt: 'trust.independent',
      }),
    );
  });

  it('records a skip, drops an earlier answer to it and resumes at the next question', () => {
    const after = skipQuestion(screening({ answers: { 'trust.keepsDistance': 'no', 'trust.independent': 'yes' } }), 0);
    expect(after).toEqual(
      screening({
        answers: { 'trust.independent': 'yes' },
        skipped: ['trust.keepsDistance'],
        resumeAt: 'trust.independent',
      }),
    );
  });

  it('lists a question skipped twice once', () => {
    expect(skipQuestion(screening({ skipped: ['trust.keepsDistance'] }), 0).skipped).toEqual(['trust.keepsDistance']);
  });

  it('leaves nothing to resume after the last question', () => {
    expect(answerQuestion(screening(), LAST, 'no').resumeAt).toBeNull();
    expect(skipQuestion(screening(), LAST).resumeAt).toBeNull();
  });

  it('keeps answers to questions no longer asked', () => {
    expect(answerQuestion(screening({ answers: { 'trust.retired': 'yes' } }), 0, 'no').answers).toEqual({
      'trust.retired': 'yes',
      'trust.keepsDistance': 'no',
    });
  });
});

/**
 * Steps 2 and 3 of the guide for one person: one question at a time, in two
 * parts (signs of trust, then signs to be careful), each answer saved the
 * moment it is given so a quick exit loses nothing. Then a suggestion with
 * its reasons, and the survivor's own choice of level, which always wins.
 */
import './screening.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../domain/levels';
import type { Person, Screening as ScreeningRecord } from '../../domain/person';
import {
  type Answer,
  isScreeningQuestion,
  SCREENING_QUESTIONS,
  type ScreeningQuestion,
  TRUST_QUESTIONS,
} from '../../domain/screening';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { newRecordId } from '../../vault';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';
import { type Part, PartIntro } from './PartIntro';
import { QuestionStep } from './QuestionStep';
import { SuggestionStep } from './SuggestionStep';
import { isolate } from './words';

export interface ScreeningProps {
  personId: string;
  /** Called when the survivor has saved their choice, or stops for now. */
  onDone: () => void;
}

/** Where the survivor is. The suggestion remembers where it was opened from, for Back. */
export type Step =
  | { kind: 'intro'; part: Part }
  | { kind: 'question'; index: number }
  | { kind: 'suggestion'; from: Step | null };

const FIRST_CAUTION = TRUST_QUESTIONS.length;
const LAST = SCREENING_QUESTIONS.length - 1;

/** The order is: trust intro, trust questions, caution intro, caution questions, suggestion. */
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
export function initialStep(screening: ScreeningRecord): Step {
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
export function knownAnswers(answers: ScreeningRecord['answers']): Partial<Record<ScreeningQuestion, Answer>> {
  return Object.fromEntries(Object.entries(answers).filter(([question]) => isScreeningQuestion(question)));
}

function stepKey(step: Step): string {
  switch (step.kind) {
    case 'intro':
      return `intro-${step.part}`;
    case 'question':
      return `question-${step.index}`;
    case 'suggestion':
      return 'suggestion';
  }
}

export function Screening({ personId, onDone }: ScreeningProps) {
  const { t } = useTranslation('screening');
  const { people } = useContents();
  const person = people.find((item) => item.id === personId);
  if (!person) {
    return (
      <Screen title={t('missing')}>
        <Button onClick={onDone}>{t('nav.back')}</Button>
      </Screen>
    );
  }
  return <PersonScreening person={person} onDone={onDone} />;
}

function PersonScreening({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation('screening');
  const session = useSession();
  const [step, setStep] = useState<Step>(() => initialStep(person.screening));
  /** The question the survivor came back to, while they are still on it. */
  const [resumedAt] = useState<number | null>(() => {
    const first = initialStep(person.screening);
    return first.kind === 'question' && first.index > 0 ? first.index : null;
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  /** One id per level change, so a retry after a failed save does not write the history twice. */
  const historyId = useRef<string | null>(null);

  // Focus follows the step, so a screen reader reads the new question; not on
  // the first view, where the screen's own title takes focus.
  const key = stepKey(step);
  const shownKey = useRef(key);
  useEffect(() => {
    if (shownKey.current === key) return;
    shownKey.current = key;
    heading.current?.focus();
  }, [key]);

  const answers = knownAnswers(person.screening.answers);
  const hasAnswer = Object.keys(answers).length > 0;

  function go(next: Step | null) {
    setProblem(null);
    if (next) setStep(next);
  }

  /** The person as stored now: a save elsewhere may have happened since this render. */
  function latest(): Person {
    const state = session.getState();
    const stored = state.phase === 'unlocked' ? state.contents.people.find((item) => item.id === person.id) : undefined;
    return stored ?? person;
  }

  async function saveScreening(change: (screening: ScreeningRecord) => ScreeningRecord, then: Step) {
    setBusy(true);
    setProblem(null);
    try {
      const current = latest();
      await session.savePerson({
        ...current,
        screening: change(current.screening),
        updatedAt: new Date().toISOString(),
      });
      setStep(then);
    } catch (error) {
      setProblem(t(errorKey(error)));
    } finally {
      setBusy(false);
    }
  }

  function answer(index: number, value: Answer) {
    const question = SCREENING_QUESTIONS[index];
    if (!question) return;
    const resumeAt = SCREENING_QUESTIONS[index + 1] ?? null;
    void saveScreening(
      (screening) => ({
        ...screening,
        answers: { ...screening.answers, [question]: value },
        skipped: screening.skipped.filter((item) => item !== question),
        resumeAt,
      }),
      nextStep({ kind: 'question', index }),
    );
  }

  function skip(index: number) {
    const question = SCREENING_QUESTIONS[index];
    if (!question) return;
    const resumeAt = SCREENING_QUESTIONS[index + 1] ?? null;
    void saveScreening(
      (screening) => ({
        ...screening,
        answers: Object.fromEntries(Object.entries(screening.answers).filter(([item]) => item !== question)),
        skipped: [...screening.skipped.filter((item) => item !== question), question],
        resumeAt,
      }),
      nextStep({ kind: 'question', index }),
    );
  }

  async function chooseLevel(level: Level) {
    setBusy(true);
    setProblem(null);
    try {
      const current = latest();
      const now = new Date().toISOString();
      if (current.level !== level) {
        historyId.current ??= newRecordId();
        await session.saveHistory({
          id: historyId.current,
          personId: current.id,
          at: now,
          field: 'level',
          from: current.level,
          to: level,
          reason: '',
        });
      }
      await session.savePerson({
        ...current,
        level,
        screening: { ...current.screening, finishedAt: now },
        updatedAt: now,
      });
      historyId.current = null;
      onDone();
    } catch (error) {
      setProblem(t(errorKey(error)));
      setBusy(false);
    }
  }

  const first: Step = { kind: 'question', index: 0 };
  const previous = previousStep(step);
  const question = step.kind === 'question' ? SCREENING_QUESTIONS[step.index] : undefined;

  return (
    <Screen title={t('title', { label: isolate(person.label) })}>
      <div className="screening">
        {resumedAt !== null && step.kind === 'question' && step.index === resumedAt ? (
          <Notice tone="info">
            <p>{t('resume.body', { number: resumedAt + 1 })}</p>
            <p className="small">{t('resume.startAgainHint')}</p>
            <Button onClick={() => go(first)} disabled={busy}>
              {t('resume.startAgain')}
            </Button>
          </Notice>
        ) : null}
        {step.kind === 'intro' ? (
          <PartIntro part={step.part} label={person.label} headingRef={heading} onContinue={() => go(nextStep(step))} />
        ) : step.kind === 'question' ? (
          <QuestionStep
            index={step.index}
            label={person.label}
            current={question ? answers[question] : undefined}
            skippedBefore={question ? person.screening.skipped.includes(question) : false}
            busy={busy}
            headingRef={heading}
            onAnswer={(value) => answer(step.index, value)}
            onSkip={() => skip(step.index)}
          />
        ) : (
          <SuggestionStep
            person={person}
            answers={answers}
            busy={busy}
            headingRef={heading}
            onChoose={(level) => void chooseLevel(level)}
            onBack={() => go(previousStep(step))}
            onReview={() => go(first)}
            onLater={onDone}
          />
        )}
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        {step.kind !== 'suggestion' ? (
          <nav className="row screening__nav" aria-label={t('nav.label')}>
            {previous ? (
              <Button onClick={() => go(previous)} disabled={busy}>
                {t('nav.back')}
              </Button>
            ) : null}
            {hasAnswer ? (
              <Button onClick={() => go({ kind: 'suggestion', from: step })} disabled={busy}>
                {t('nav.seeSuggestion')}
              </Button>
            ) : null}
            <Button variant="quiet" onClick={onDone} disabled={busy}>
              {t('nav.stop')}
            </Button>
          </nav>
        ) : null}
      </div>
    </Screen>
  );
}

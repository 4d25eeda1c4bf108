/**
 * Steps 2 and 3 of the guide for one person: one question at a time, the
 * short core first, each answer saved the moment it is given so a quick exit
 * loses nothing. Then the survivor's own choice of level, which always wins,
 * with the suggestion and its reasons; more questions can refine it. Saving a
 * level offers to place the person in a group of the list.
 */
import './screening.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, Level } from '../../domain/levels';
import type { Person, Screening as ScreeningRecord } from '../../domain/person';
import type { Answer } from '../../domain/screening';
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
} from '../../domain/screening-flow';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useStopReadingOn } from '../../ui/ReadAloud';
import { Screen } from '../../ui/Screen';
import { newRecordId } from '../../vault';
import { errorText } from '../errors';
import { useContents, useSession } from '../notebook';
import { Intro } from './Intro';
import { PlaceOffer } from './PlaceOffer';
import { QuestionStep } from './QuestionStep';
import { SuggestionStep } from './SuggestionStep';
import { isolate } from './words';

export interface ScreeningProps {
  personId: string;
  /** Called when the survivor has saved their choice, or stops for now. */
  onDone: () => void;
}

function stepKey(step: Step): string {
  switch (step.kind) {
    case 'intro':
      return 'intro';
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
    if (first.kind !== 'question') return null;
    const place = placeOf(first.index);
    return place && place.number > 1 ? first.index : null;
  });
  /** After a level is saved, the offer to place the person in a group. */
  const [placing, setPlacing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  /** One id per level change, so a retry after a failed save does not write the history twice. */
  const historyId = useRef<string | null>(null);

  // Focus follows the step, so a screen reader reads the new question; not on
  // the first view, where the screen's own title takes focus.
  const key = placing ? 'place' : stepKey(step);
  const shownKey = useRef(key);
  // A new question is a new page: what was being read of the last one stops.
  useStopReadingOn(key);
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
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  function answer(index: number, value: Answer) {
    if (!questionAt(index)) return;
    void saveScreening((screening) => answerQuestion(screening, index, value), nextStep({ kind: 'question', index }));
  }

  function skip(index: number) {
    if (!questionAt(index)) return;
    void saveScreening((screening) => skipQuestion(screening, index), nextStep({ kind: 'question', index }));
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
      // Someone better not involved is left off the list: there is no group to offer.
      if (level === 'none') {
        onDone();
        return;
      }
      setBusy(false);
      setPlacing(true);
    } catch (error) {
      setProblem(errorText(t, error));
      setBusy(false);
    }
  }

  async function place(category: Category) {
    setBusy(true);
    setProblem(null);
    try {
      const current = latest();
      const now = new Date().toISOString();
      if (current.category !== category) {
        historyId.current ??= newRecordId();
        await session.saveHistory({
          id: historyId.current,
          personId: current.id,
          at: now,
          field: 'category',
          from: current.category,
          to: category,
          reason: '',
        });
      }
      await session.savePerson({ ...current, category, updatedAt: now });
      historyId.current = null;
      onDone();
    } catch (error) {
      setProblem(errorText(t, error));
      setBusy(false);
    }
  }

  const first: Step = { kind: 'question', index: 0 };
  const previous = previousStep(step);
  const question = step.kind === 'question' ? questionAt(step.index) : undefined;

  return (
    <Screen title={t('title', { label: isolate(person.label) })}>
      <div className="screening">
        {resumedAt !== null && step.kind === 'question' && step.index === resumedAt ? (
          <Notice tone="info">
            <p>{t('resume.body', { number: placeOf(resumedAt)?.number ?? 1 })}</p>
            <p className="small">{t('resume.startAgainHint')}</p>
            <Button onClick={() => go(first)} disabled={busy}>
              {t('resume.startAgain')}
            </Button>
          </Notice>
        ) : null}
        {placing ? (
          <PlaceOffer
            label={person.label}
            current={person.category}
            busy={busy}
            headingRef={heading}
            onPlace={(group) => void place(group)}
            onNotNow={onDone}
          />
        ) : step.kind === 'intro' ? (
          <Intro label={person.label} headingRef={heading} onContinue={() => go(nextStep(step))} />
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
            openMore={openMoreQuestions(person.screening)}
            busy={busy}
            headingRef={heading}
            onChoose={(level) => void chooseLevel(level)}
            onMore={() => go(moreQuestionsStep(latest().screening))}
            onBack={() => go(previousStep(step))}
            onReview={() => go(first)}
            onLater={onDone}
          />
        )}
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        {step.kind !== 'suggestion' && !placing ? (
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

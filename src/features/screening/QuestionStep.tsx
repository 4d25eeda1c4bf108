import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERS, type Answer, CORE_QUESTIONS, MORE_QUESTIONS } from '../../domain/screening';
import { placeOf, questionAt } from '../../domain/screening-flow';
import { Button } from '../../ui/Button';
import { questionText } from './words';

interface QuestionStepProps {
  /** The question's place in the asking order. */
  index: number;
  label: string;
  /** The answer already saved for this question, if any. */
  current: Answer | undefined;
  skippedBefore: boolean;
  busy: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnswer: (answer: Answer) => void;
  onSkip: () => void;
}

/** One question: what kind of sign it is, where it sits, the question and its hint, and the answers as large buttons. */
export function QuestionStep({
  index,
  label,
  current,
  skippedBefore,
  busy,
  headingRef,
  onAnswer,
  onSkip,
}: QuestionStepProps) {
  const { t, i18n } = useTranslation('screening');
  const question = questionAt(index);
  const place = placeOf(index);
  if (!question || !place) return null;
  const sign = question.startsWith('trust.') ? 'trust' : 'caution';
  const hintKey = `questions.${question}.hint`;
  // Hints are optional: only some questions need an example.
  const hasHint = i18n.exists(hintKey, { ns: 'screening' });
  const headingId = `screening-question-${index}`;

  return (
    <section className="screening__step" aria-labelledby={headingId}>
      <p className="screening__part">{place.set === 'more' ? t('more.title') : t(`parts.${sign}.title`)}</p>
      <Progress set={place.set} number={place.number} count={place.count} />
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screening__heading">
        {questionText(t, question, label)}
      </h2>
      {hasHint ? <p className="small">{t(hintKey)}</p> : null}
      {current ? (
        <p className="strong">{t('question.current', { answer: t(`answers.${current}`) })}</p>
      ) : skippedBefore ? (
        <p className="strong">{t('question.skippedBefore')}</p>
      ) : null}
      {/* Read aloud reads the answers with the question: they are the choices, not the screen's controls. */}
      <fieldset className="screening__answers" disabled={busy} data-read-aloud="choices">
        <legend className="visually-hidden">{t('answers.label')}</legend>
        {ANSWERS.map((answer) => (
          <Button
            key={answer}
            variant={current === answer ? 'primary' : 'secondary'}
            className="screening__answer"
            aria-pressed={current === answer}
            onClick={() => onAnswer(answer)}
          >
            <span className="screening__mark" aria-hidden="true">
              {current === answer ? '✓' : ''}
            </span>
            {t(`answers.${answer}`)}
          </Button>
        ))}
        <Button variant="quiet" className="screening__skip" onClick={onSkip}>
          {t('question.skip')}
        </Button>
      </fieldset>
    </section>
  );
}

/**
 * "Question 3 of 8" in words, and the same as a row of steps: the ones
 * behind are filled, the current one is filled and taller, the ones ahead are
 * outlined. Shape, not colour, tells them apart; the words carry it for
 * screen readers, so the row itself is hidden from them.
 */
function Progress({ set, number, count }: { set: 'core' | 'more'; number: number; count: number }) {
  const { t } = useTranslation('screening');
  const questions = set === 'core' ? CORE_QUESTIONS : MORE_QUESTIONS;
  return (
    <div className="screening__progress">
      <p className="screening__progress-text">{t('progress', { number, count })}</p>
      <div className="progress" aria-hidden="true">
        {questions.map((question, position) => (
          <span
            key={question}
            className={[
              'progress__step',
              position < number - 1 ? 'progress__step--done' : null,
              position === number - 1 ? 'progress__step--current' : null,
            ]
              .filter(Boolean)
              .join(' ')}
          />
        ))}
      </div>
    </div>
  );
}

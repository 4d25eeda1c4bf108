import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERS, type Answer, SCREENING_QUESTIONS, TRUST_QUESTIONS } from '../../domain/screening';
import { Button } from '../../ui/Button';
import { questionText } from './words';

interface QuestionStepProps {
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

/** One question: its part, where it sits, the question and its hint, and the answers as large buttons. */
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
  const question = SCREENING_QUESTIONS[index];
  if (!question) return null;
  const part = index < TRUST_QUESTIONS.length ? 'trust' : 'caution';
  const hintKey = `questions.${question}.hint`;
  // Hints are optional: only some questions need an example.
  const hasHint = i18n.exists(hintKey, { ns: 'screening' });
  const headingId = `screening-question-${index}`;

  return (
    <section className="screening__step" aria-labelledby={headingId}>
      <p className="screening__part">{t(`parts.${part}.title`)}</p>
      <Progress index={index} />
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screening__heading">
        {questionText(t, question, label)}
      </h2>
      {hasHint ? <p className="small">{t(hintKey)}</p> : null}
      {current ? (
        <p className="strong">{t('question.current', { answer: t(`answers.${current}`) })}</p>
      ) : skippedBefore ? (
        <p className="strong">{t('question.skippedBefore')}</p>
      ) : null}
      <fieldset className="screening__answers" disabled={busy}>
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
 * "Question 3 of 21" in words, and the same as a row of steps: the ones
 * behind are filled, the current one is filled and taller, the ones ahead are
 * outlined. Shape, not colour, tells them apart; the words carry it for
 * screen readers, so the row itself is hidden from them.
 */
function Progress({ index }: { index: number }) {
  const { t } = useTranslation('screening');
  const total = SCREENING_QUESTIONS.length;
  return (
    <div className="screening__progress">
      <p className="screening__progress-text">{t('progress', { number: index + 1, count: total })}</p>
      <div className="progress" aria-hidden="true">
        {SCREENING_QUESTIONS.map((question, position) => (
          <span
            key={question}
            className={[
              'progress__step',
              position < index ? 'progress__step--done' : null,
              position === index ? 'progress__step--current' : null,
              position === TRUST_QUESTIONS.length ? 'progress__step--part-start' : null,
            ]
              .filter(Boolean)
              .join(' ')}
          />
        ))}
      </div>
    </div>
  );
}

import { type FormEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../../domain/levels';
import type { Person } from '../../domain/person';
import type { Answer, ScreeningQuestion } from '../../domain/screening';
import { type Reason, suggestLevel } from '../../domain/suggestion';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { isolate, questionText } from './words';

interface SuggestionStepProps {
  person: Person;
  /** The screening answers, known questions only. */
  answers: Partial<Record<ScreeningQuestion, Answer>>;
  /** How many of the more questions are still open. */
  openMore: number;
  busy: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChoose: (level: Level) => void;
  onMore: () => void;
  onBack: () => void;
  onReview: () => void;
  onLater: () => void;
}

/**
 * The survivor's choice first, with the suggested level pre-selected when
 * they have not chosen yet and marked "Suggested" in words; the save button
 * right under it. Then the offer of more questions, then every answer behind
 * the suggestion.
 */
export function SuggestionStep({
  person,
  answers,
  openMore,
  busy,
  headingRef,
  onChoose,
  onMore,
  onBack,
  onReview,
  onLater,
}: SuggestionStepProps) {
  const { t } = useTranslation('screening');
  const suggestion = suggestLevel(answers);
  const [choice, setChoice] = useState<Level | null>(person.level ?? suggestion?.level ?? null);
  const headingId = useId();
  const groupName = useId();
  const label = isolate(person.label);
  const lowering = suggestion?.reasons.filter((reason) => reason.effect === 'lowers') ?? [];
  const notes = suggestion?.reasons.filter((reason) => reason.effect === 'note') ?? [];
  const answered = Object.keys(answers).length;
  const skipped = person.screening.skipped.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (choice) onChoose(choice);
  }

  return (
    <section className="screening__step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screening__heading">
        {t('suggestion.title', { label })}
      </h2>
      {suggestion ? null : <p>{t('suggestion.empty')}</p>}
      {person.level && suggestion && person.level !== suggestion.level ? (
        <Notice tone="info" live={false}>
          {t('suggestion.keptChoice', { level: t(`levels:${person.level}.name`) })}
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate>
        <fieldset className="choices screening__choices" disabled={busy}>
          <legend className="field__label">{t('choice.legend', { label })}</legend>
          {LEVELS.map((level) => (
            <LevelOption
              key={level}
              level={level}
              name={groupName}
              suggested={suggestion?.level === level}
              checked={choice === level}
              onSelect={() => setChoice(level)}
            />
          ))}
        </fieldset>
        <Button type="submit" variant="primary" className="screening__wide" disabled={busy || !choice}>
          {busy ? t('nav.saving') : t('choice.save')}
        </Button>
      </form>
      {suggestion ? <p>{t('suggestion.onlySuggestion')}</p> : null}
      {openMore > 0 ? (
        <div className="card screening__more">
          <p>{t('more.offer')}</p>
          <Button className="screening__wide" onClick={onMore} disabled={busy}>
            {t('more.title')}
          </Button>
        </div>
      ) : null}
      {suggestion ? (
        <>
          <h3>{t('suggestion.why')}</h3>
          <p className="small">
            {t('suggestion.basedOn', { count: answered })}
            {skipped > 0 ? ` ${t('suggestion.skipped', { count: skipped })}` : null}
          </p>
          {lowering.length > 0 ? (
            <ul className="screening__reasons">
              {lowering.map((reason) => (
                <ReasonItem key={reason.question} reason={reason} label={person.label} />
              ))}
            </ul>
          ) : (
            <p>{t('suggestion.nothingLowered')}</p>
          )}
          {notes.length > 0 ? (
            <>
              <h3>{t('suggestion.notesTitle')}</h3>
              <p className="small">{t('suggestion.notesIntro')}</p>
              <ul className="screening__reasons">
                {notes.map((reason) => (
                  <ReasonItem key={reason.question} reason={reason} label={person.label} />
                ))}
              </ul>
            </>
          ) : null}
          <p className="small">{t('suggestion.notJudgement', { label })}</p>
        </>
      ) : null}
      <div className="row screening__nav">
        <Button onClick={onBack} disabled={busy}>
          {t('choice.back')}
        </Button>
        <Button onClick={onReview} disabled={busy}>
          {t('choice.review')}
        </Button>
        <Button variant="quiet" onClick={onLater} disabled={busy}>
          {t('choice.later')}
        </Button>
      </div>
    </section>
  );
}

function ReasonItem({ reason, label }: { reason: Reason; label: string }) {
  const { t } = useTranslation('screening');
  return (
    <li>
      <p className="screening__reason">
        {t(`suggestion.reason.${reason.answer}`, { question: questionText(t, reason.question, label) })}
      </p>
      {reason.effect === 'lowers' ? (
        <p className="small">{t('suggestion.pointsTo', { level: t(`levels:${reason.ceiling}.name`) })}</p>
      ) : null}
    </li>
  );
}

/**
 * One level as a large radio: its name, and a "Suggested" tag in words when
 * it is. What the level means is shown for the chosen one, so the four
 * choices and the save button fit on a small screen.
 */
function LevelOption({
  level,
  name,
  suggested,
  checked,
  onSelect,
}: {
  level: Level;
  name: string;
  suggested: boolean;
  checked: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation('screening');
  const id = useId();
  return (
    <label className="choice screening__level">
      <input
        type="radio"
        name={name}
        value={level}
        checked={checked}
        onChange={onSelect}
        aria-labelledby={suggested ? `${id}-name ${id}-tag` : `${id}-name`}
        aria-describedby={checked ? `${id}-description` : undefined}
      />
      <span>
        <span id={`${id}-name`} className="strong">
          {t(`levels:${level}.name`)}
        </span>
        {suggested ? (
          <span id={`${id}-tag`} className="screening__tag">
            {t('choice.suggestedTag')}
          </span>
        ) : null}
        {checked ? (
          <span id={`${id}-description`} className="screening__level-description">
            {t(`levels:${level}.description`)}
          </span>
        ) : null}
      </span>
    </label>
  );
}

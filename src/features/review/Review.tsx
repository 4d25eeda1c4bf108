/**
 * Step 7 of the guide: a short review. Five questions; each answer that
 * calls for something shows, right under it, the way to do it (look at a
 * person or an organisation again, change what they know, add someone).
 * Finishing records the date. The answers stay in memory only, for as long
 * as the notebook is open.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../domain/organisation';
import type { Person } from '../../domain/person';
import {
  needsAction,
  REVIEW_ANSWERS,
  REVIEW_QUESTIONS,
  type ReviewAnswer,
  type ReviewQuestion,
} from '../../domain/review';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/dates';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';
import './review.css';

export type ReviewAnswers = Partial<Record<ReviewQuestion, ReviewAnswer>>;

export interface ReviewActions {
  onDetails: (personId: string) => void;
  onScreen: (personId: string) => void;
  onOrganisation: (organisationId: string) => void;
  onAddPeople: () => void;
  onAddOrganisation: () => void;
  onRights: () => void;
  onDone: () => void;
}

interface ReviewProps extends ReviewActions {
  answers: ReviewAnswers;
  onAnswer: (question: ReviewQuestion, answer: ReviewAnswer) => void;
}

export function Review({ answers, onAnswer, ...actions }: ReviewProps) {
  const { t, i18n } = useTranslation('review');
  const session = useSession();
  const { settings, people, organisations } = useContents();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function finish() {
    setBusy(true);
    setProblem(null);
    try {
      await session.saveSettings({ ...settings, lastReviewedAt: new Date().toISOString() });
      actions.onDone();
    } catch (error) {
      setProblem(t(errorKey(error)));
      setBusy(false);
    }
  }

  return (
    <Screen title={t('title')}>
      <p>{t('intro')}</p>
      <p className="small">
        {settings.lastReviewedAt ? t('last', { date: formatDate(settings.lastReviewedAt, i18n.language) }) : t('never')}
      </p>
      <ol className="review">
        {REVIEW_QUESTIONS.map((question, index) => (
          <li key={question} className="card review__question">
            <fieldset className="choices">
              <legend className="strong">
                {index + 1}. {t(`questions.${question}.text`)}
              </legend>
              <div className="row">
                {REVIEW_ANSWERS.map((answer) => (
                  <label key={answer} className="choice choice--inline">
                    <input
                      type="radio"
                      name={`review-${question}`}
                      checked={answers[question] === answer}
                      onChange={() => onAnswer(question, answer)}
                    />
                    <span>{t(`answers.${answer}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {needsAction(question, answers[question]) ? (
              <WhatToDo question={question} people={people} organisations={organisations} actions={actions} />
            ) : null}
          </li>
        ))}
      </ol>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <Button variant="primary" onClick={() => void finish()} disabled={busy}>
        {t('finish')}
      </Button>
    </Screen>
  );
}

/** People who have a place on the list, or a level: the ones the answers may be about. */
function listed(people: readonly Person[]): Person[] {
  return people
    .filter((person) => person.category !== null || (person.level !== null && person.level !== 'none'))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function WhatToDo({
  question,
  people,
  organisations,
  actions,
}: {
  question: ReviewQuestion;
  people: readonly Person[];
  organisations: readonly Organisation[];
  actions: ReviewActions;
}) {
  const { t } = useTranslation('review');
  const onList = listed(people);
  const everyone = [...people].sort((a, b) => a.label.localeCompare(b.label));
  const primary = onList.filter((person) => person.category === 'primary');
  // What an organisation said about privacy and immigration is in its details, to look at again.
  const byName = [...organisations].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="review__todo">
      <p className="strong">{t('todo.title')}</p>
      <p>{t(`questions.${question}.todo`)}</p>
      {question === 'sharingMore' || question === 'newThreats' ? (
        <PeopleToCheck people={onList} organisations={byName} actions={actions} screenAgain />
      ) : null}
      {question === 'newThreats' ? <Button onClick={actions.onRights}>{t('todo.rights')}</Button> : null}
      {question === 'newContacts' ? (
        <div className="row">
          <Button onClick={actions.onAddPeople}>{t('todo.addPeople')}</Button>
          <Button onClick={actions.onAddOrganisation}>{t('todo.addOrganisation')}</Button>
        </div>
      ) : null}
      {question === 'contactsByCountry' ? (
        <>
          <PeopleToCheck people={everyone} actions={actions} showCountry />
          <Button onClick={actions.onAddPeople}>{t('todo.addPeople')}</Button>
        </>
      ) : null}
      {question === 'contactsCanReach' ? (
        <PeopleToCheck people={primary.length ? primary : onList} actions={actions} />
      ) : null}
    </div>
  );
}

function PeopleToCheck({
  people,
  organisations = [],
  actions,
  screenAgain = false,
  showCountry = false,
}: {
  people: readonly Person[];
  organisations?: readonly Organisation[];
  actions: ReviewActions;
  screenAgain?: boolean;
  showCountry?: boolean;
}) {
  const { t } = useTranslation('review');
  if (people.length + organisations.length === 0) return <p className="small">{t('todo.nobody')}</p>;
  return (
    <ul className="plain-list review__people">
      {people.map((person) => (
        <li key={person.id} className="review__person">
          <span className="strong">{person.label}</span>
          {showCountry ? <span className="small">{t(`list:countries.${person.country ?? 'unknown'}`)}</span> : null}
          <div className="row">
            <Button onClick={() => actions.onDetails(person.id)} aria-label={`${t('todo.details')}: ${person.label}`}>
              {t('todo.details')}
            </Button>
            {screenAgain ? (
              <Button onClick={() => actions.onScreen(person.id)} aria-label={`${t('todo.screen')}: ${person.label}`}>
                {t('todo.screen')}
              </Button>
            ) : null}
          </div>
        </li>
      ))}
      {organisations.map((organisation) => (
        <li key={organisation.id} className="review__person">
          <span className="strong">{organisation.name}</span>
          <div className="row">
            <Button
              onClick={() => actions.onOrganisation(organisation.id)}
              aria-label={`${t('todo.details')}: ${organisation.name}`}
            >
              {t('todo.details')}
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}

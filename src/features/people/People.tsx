/**
 * The home screen: the emergency view one tap away, a gentle reminder when
 * the list has not been checked for a while, a quick way to add someone, and
 * the list grouped by category (or by level, or by country).
 */
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewDue } from '../../domain/review';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/dates';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { type Grouping, TheList } from '../list/TheList';
import { useContents } from '../notebook';
import { PersonForm } from './PersonForm';

interface PeopleProps {
  /** How the list is grouped, kept by the caller. */
  grouping: Grouping;
  onGrouping: (grouping: Grouping) => void;
  onDetails: (personId: string) => void;
  onScreen: (personId: string) => void;
  onOrganisation: (organisationId: string) => void;
  /** Opens the guide, offered while the list is empty. */
  onStart: () => void;
  onEmergency: () => void;
  onReview: () => void;
  /** Shown above the list: right after creating, that this browser may not keep the notebook. */
  notice?: ReactNode;
}

export function People({ onStart, onEmergency, onReview, notice, ...list }: PeopleProps) {
  const { t, i18n } = useTranslation('people');
  const { settings, people } = useContents();
  const [adding, setAdding] = useState(false);
  /** Someone just added here: shown and focused on the list, with the next steps offered. */
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const due = reviewDue(settings, people, new Date());
  return (
    <Screen title={t('title')}>
      <Button variant="danger" className="emergency-button" onClick={onEmergency}>
        {t('emergency')}
      </Button>
      {adding ? (
        <PersonForm
          onSaved={(person) => {
            setAdding(false);
            setJustAdded(person.id);
          }}
          onCancel={() => {
            setAdding(false);
            // The button is back on the next render; the focus returns to it.
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : (
        <Button ref={addButton} variant="primary" className="add-button" onClick={() => setAdding(true)}>
          {t('add')}
        </Button>
      )}
      {notice}
      {due ? (
        <Notice tone="info" live={false}>
          <p>{t('review:reminder.due')}</p>
          <Button onClick={onReview}>{t('review:reminder.start')}</Button>
        </Notice>
      ) : null}
      {settings.lastReviewedAt ? (
        <p className="small">{t('review:last', { date: formatDate(settings.lastReviewedAt, i18n.language) })}</p>
      ) : null}
      <TheList {...list} onStart={onStart} justAdded={justAdded} />
    </Screen>
  );
}

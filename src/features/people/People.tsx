/**
 * The home screen: a quick way to add someone, and the list grouped by
 * category (or by level, or by country).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { TheList } from '../list/TheList';
import { PersonForm } from './PersonForm';

interface PeopleProps {
  onDetails: (personId: string) => void;
  onScreen: (personId: string) => void;
  /** Opens the guide, offered while the list is empty. */
  onStart: () => void;
}

export function People({ onDetails, onScreen, onStart }: PeopleProps) {
  const { t } = useTranslation('people');
  const [adding, setAdding] = useState(false);
  return (
    <Screen title={t('title')}>
      {adding ? (
        <PersonForm onDone={() => setAdding(false)} />
      ) : (
        <Button variant="primary" onClick={() => setAdding(true)}>
          {t('add')}
        </Button>
      )}
      <TheList onDetails={onDetails} onScreen={onScreen} onStart={onStart} />
    </Screen>
  );
}

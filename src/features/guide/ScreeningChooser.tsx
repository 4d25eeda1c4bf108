/** Step 2: pick the person to answer the questions about. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useContents } from '../notebook';

export function ScreeningChooser({ onScreen }: { onScreen: (personId: string) => void }) {
  const { t } = useTranslation('guide');
  const { people } = useContents();
  if (people.length === 0) return <p>{t('screening.none')}</p>;
  const sorted = [...people].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <>
      <p>{t('screening.intro')}</p>
      <ul className="people">
        {sorted.map((person) => {
          const answered = Object.keys(person.screening.answers).length;
          const action = person.screening.finishedAt
            ? t('screening.again')
            : answered
              ? t('screening.resume')
              : t('screening.start');
          return (
            <li key={person.id} className="person">
              <p className="person__label">{person.label}</p>
              <p className="small">
                {answered ? t('screening.answered', { count: answered }) : t('screening.notStarted')}
              </p>
              <Button variant="primary" onClick={() => onScreen(person.id)} aria-label={`${action}: ${person.label}`}>
                {action}
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The overview of the steps, with how far each has gone. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/dates';
import { Screen } from '../../ui/Screen';
import { useContents } from '../notebook';
import { STEPS, type Step } from './steps';

export function Guide({ onOpen }: { onOpen: (step: Step) => void }) {
  const { t, i18n } = useTranslation('guide');
  const { people, organisations, settings } = useContents();
  const screened = people.filter((person) => Object.keys(person.screening.answers).length > 0).length;
  const placed = people.filter((person) => person.category !== null).length;
  const status: Record<Step, string> = {
    circles: people.length ? t('status.circles', { count: people.length }) : t('status.notStarted'),
    screening: people.length ? t('status.screening', { done: screened, total: people.length }) : t('status.notStarted'),
    organisations: organisations.length
      ? t('status.organisations', { count: organisations.length })
      : t('status.notStarted'),
    list: placed ? t('status.list', { count: placed }) : t('status.notStarted'),
    current: settings.lastReviewedAt
      ? t('status.current', { date: formatDate(settings.lastReviewedAt, i18n.language) })
      : t('status.notStarted'),
  };
  return (
    <Screen title={t('title')}>
      <p>{t('intro')}</p>
      <ol className="steps">
        {STEPS.map((step, index) => (
          <li key={step} className="steps__item">
            <h2 className="steps__name">{t(`steps.${step}.name`)}</h2>
            <p>{t(`steps.${step}.summary`)}</p>
            <p className="small">{status[step]}</p>
            <Button
              variant="primary"
              onClick={() => onOpen(step)}
              aria-label={t('open', { step: index + 1, name: t(`steps.${step}.name`) })}
            >
              {t('open', { step: index + 1, name: t(`steps.${step}.name`) })}
            </Button>
          </li>
        ))}
      </ol>
    </Screen>
  );
}

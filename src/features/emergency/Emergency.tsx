/**
 * The emergency view: the emergency numbers and the people to contact first,
 * large, and nothing else. Every link dials at once: no notes in the way.
 */
import { useTranslation } from 'react-i18next';
import { EMERGENCY_NUMBERS } from '../../domain/emergency';
import { phoneView } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { useContents } from '../notebook';
import './emergency.css';

export function Emergency({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('emergency');
  const { people } = useContents();
  const primary = people
    .filter((person) => person.category === 'primary' && person.phones.length > 0)
    .sort((a, b) => a.label.localeCompare(b.label));
  const national = EMERGENCY_NUMBERS.filter((entry) => entry.reach === 'national');

  return (
    <Screen title={t('title')}>
      <ul className="emergency">
        {national.map((entry) => (
          <li key={entry.id}>
            <a className="emergency__call emergency__call--service" href={`tel:${entry.dial}`}>
              <span className="emergency__name">{t(`numbers.${entry.id}`)}</span>
              <span className="emergency__number" dir="ltr">
                {entry.display}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <h2>{t('people')}</h2>
      {primary.length === 0 ? <p>{t('nobody')}</p> : null}
      <ul className="emergency">
        {primary.flatMap((person) =>
          person.phones.map((phone, index) => {
            const { display, dial } = phoneView(phone.number);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a person's numbers have no identity of their own.
              <li key={`${person.id}-${index}`} className="emergency__person">
                <a className="emergency__call" href={`tel:${dial}`}>
                  <span className="emergency__name">{t('call', { name: person.label })}</span>
                  <span className="emergency__number" dir="ltr">
                    {display}
                  </span>
                </a>
                <a
                  className="button button--secondary emergency__text"
                  href={`sms:${dial}`}
                  aria-label={t('textLabel', { name: person.label, number: display })}
                >
                  {t('text')}
                </a>
              </li>
            );
          }),
        )}
      </ul>
      <p className="small">{t('logs')}</p>
      <Button onClick={onBack}>{t('back')}</Button>
    </Screen>
  );
}

/**
 * The emergency view: the region's emergency number and the hotlines of the
 * deployment configuration (their names in the host's words, with hours,
 * languages and source), then the people to contact first, large, and
 * nothing else. Every link dials at once: no notes in the way.
 */
import { useTranslation } from 'react-i18next';
import { dialOf } from '../../domain/deployment';
import { phoneView } from '../../domain/phone';
import { canText } from '../../domain/texting';
import { Button } from '../../ui/Button';
import { DEPLOYMENT } from '../../ui/deployment';
import { Screen } from '../../ui/Screen';
import { useLineFacts } from '../lines';
import { useContents } from '../notebook';
import './emergency.css';

export function Emergency({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('emergency');
  const { people, organisations } = useContents();
  const facts = useLineFacts();
  const { country, emergency, hotlines } = DEPLOYMENT;
  const lastResort = organisations
    .filter((organisation) => organisation.emergencyOnly && organisation.phones.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
  const primary = people
    .filter((person) => person.category === 'primary' && person.phones.length > 0)
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Screen title={t('title')}>
      <ul className="emergency">
        <li className="emergency__service">
          <a className="emergency__call emergency__call--service" href={`tel:${dialOf(emergency.number, country)}`}>
            <span className="emergency__name">{t('numbers.emergency')}</span>
            <span className="emergency__number" dir="ltr">
              {emergency.number}
            </span>
          </a>
        </li>
        {hotlines.map((line) => {
          const about = facts(line);
          return (
            <li key={`${line.name}-${line.number}`} className="emergency__service">
              <a className="emergency__call emergency__call--service" href={`tel:${dialOf(line.number, country)}`}>
                <span className="emergency__name">
                  <bdi>{line.name}</bdi>
                </span>
                <span className="emergency__number" dir="ltr">
                  {line.number}
                </span>
              </a>
              {about ? <p className="small emergency__source">{about}</p> : null}
              {/* Plain text, never a link: the app contacts no other server. */}
              <p className="small emergency__source">
                {t('source')} <bdi>{line.source}</bdi>
              </p>
            </li>
          );
        })}
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
                {canText(phone) ? (
                  <a
                    className="button button--secondary emergency__text"
                    href={`sms:${dial}`}
                    aria-label={`${t('text')}: ${person.label}, ${display}`}
                  >
                    {t('text')}
                  </a>
                ) : null}
              </li>
            );
          }),
        )}
      </ul>
      {lastResort.length > 0 ? (
        <>
          <h2>{t('organisations')}</h2>
          <ul className="emergency">
            {lastResort.flatMap((organisation) =>
              organisation.phones.map((phone, index) => {
                const { display, dial } = phoneView(phone.number);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: an organisation's numbers have no identity of their own.
                  <li key={`${organisation.id}-${index}`}>
                    <a className="emergency__call" href={`tel:${dial}`}>
                      <span className="emergency__name">{t('callOrganisation', { name: organisation.name })}</span>
                      <span className="emergency__number" dir="ltr">
                        {display}
                      </span>
                    </a>
                  </li>
                );
              }),
            )}
          </ul>
        </>
      ) : null}
      <p className="small">{t('logs')}</p>
      <Button onClick={onBack}>{t('back')}</Button>
    </Screen>
  );
}

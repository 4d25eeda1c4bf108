/**
 * The organisations the host of this copy of the app suggests (the
 * deployment configuration), each added to the notebook with one tap: its
 * name, kind, number, hours and ways it helps go into a new organisation the
 * survivor can then change like any other. What the host wrote about it, its
 * languages and its source go into the organisation's notes, so they stay
 * with it on the phone. Nothing is sent anywhere: the list is part of the app.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answersAnyHour, type OfferedOrganisation, storedNumber } from '../../domain/deployment';
import { newOrganisation, type Organisation } from '../../domain/organisation';
import { phoneView } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { DEPLOYMENT } from '../../ui/deployment';
import { Notice } from '../../ui/Notice';
import { newRecordId } from '../../vault';
import { errorText } from '../errors';
import { useLineFacts } from '../lines';
import { useSession } from '../notebook';

/** Whether the notebook already holds this suggestion: the same name and the same number. */
export function alreadyAdded(
  offered: OfferedOrganisation,
  organisations: readonly Organisation[],
  country: string = DEPLOYMENT.country,
): boolean {
  const number = storedNumber(offered.phone, country);
  return organisations.some(
    (organisation) =>
      organisation.name.trim().toLowerCase() === offered.name.trim().toLowerCase() &&
      organisation.phones.some((phone) => phone.number === number),
  );
}

export function OfferedOrganisations({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation('organisations');
  const session = useSession();
  const facts = useLineFacts();
  const [added, setAdded] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { country } = DEPLOYMENT;
  if (DEPLOYMENT.organisations.length === 0) return null;

  async function add(offered: OfferedOrganisation) {
    const now = new Date().toISOString();
    const about = facts({ languages: offered.languages });
    const notes = [offered.about, about, `${t('offered.sourceLabel')} ${offered.source}`]
      .filter((line): line is string => line !== undefined && line !== '')
      .join('\n');
    const organisation: Organisation = {
      ...newOrganisation({ id: newRecordId(), name: offered.name, now }),
      type: offered.type,
      phones: [{ kind: 'work', number: storedNumber(offered.phone, country) }],
      helps: offered.helps,
      hours:
        offered.hours === undefined ? '' : answersAnyHour(offered.hours) ? t('common:line.anyHour') : offered.hours,
      notes,
    };
    setBusy(true);
    setProblem(null);
    try {
      await session.saveOrganisation(organisation);
      setAdded(offered.name);
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="offered" aria-labelledby="offered-title">
      <h2 id="offered-title">{t('offered.title')}</h2>
      <p>{t('offered.intro')}</p>
      {added ? <Notice tone="success">{t('offered.addedNotice', { name: added })}</Notice> : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <ul className="organisations">
        {DEPLOYMENT.organisations.map((offered) => {
          const inNotebook = alreadyAdded(offered, organisations, country);
          const about = facts(offered);
          const phone = phoneView(storedNumber(offered.phone, country));
          return (
            <li key={`${offered.name}-${offered.phone}`} className="organisation">
              <p className="organisation__name">
                <bdi>{offered.name}</bdi>
              </p>
              <p className="organisation__type">{t(`type.options.${offered.type}.label`)}</p>
              <a className="organisation__phone" href={`tel:${phone.dial}`} dir="ltr">
                {phone.display}
              </a>
              {offered.about ? (
                <p>
                  <bdi>{offered.about}</bdi>
                </p>
              ) : null}
              {offered.helps.length > 0 ? (
                <ul className="offered__helps">
                  {offered.helps.map((help) => (
                    <li key={help}>{t(`help.items.${help}`)}</li>
                  ))}
                </ul>
              ) : null}
              {about ? <p className="small">{about}</p> : null}
              <p className="small">
                {t('offered.sourceLabel')} <bdi>{offered.source}</bdi>
              </p>
              {inNotebook ? (
                <p className="organisation__mark">{t('offered.inNotebook')}</p>
              ) : (
                <Button
                  variant="primary"
                  disabled={busy}
                  onClick={() => void add(offered)}
                  aria-label={`${t('offered.add')}: ${offered.name}`}
                >
                  {t('offered.add')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Step 4 of the guide: community organisations the survivor is considering,
 * what they answered to the questions worth asking before sharing, and how
 * to reach them. Which page shows (the list, the add form, one organisation)
 * is the caller's: this screen shows the page it is given and says what the
 * person asked for, so any screen can open an organisation.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { askedCount, ORGANISATION_QUESTIONS, type Organisation } from '../../domain/organisation';
import { phoneView } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { errorText } from '../errors';
import { useContents, useSession } from '../notebook';
import { AddOrganisation } from './AddOrganisation';
import { OfferedOrganisations } from './OfferedOrganisations';
import { OrganisationDetail } from './OrganisationDetail';
import './organisations.css';

/** What the organisations screen shows: the list (with or without the add form), or one organisation. */
export type OrganisationsPage =
  | { readonly kind: 'list'; readonly adding: boolean }
  | { readonly kind: 'detail'; readonly organisationId: string; readonly added: boolean };

export interface OrganisationsProps {
  page: OrganisationsPage;
  /** Open the add form. */
  onAdd: () => void;
  /** One was just added from the form: show it. */
  onAdded: (organisationId: string) => void;
  onOpen: (organisationId: string) => void;
  /** Close the add form, or leave the organisation shown. */
  onBack: () => void;
}

export function Organisations({ page, onAdd, onAdded, onOpen, onBack }: OrganisationsProps) {
  const { t } = useTranslation('organisations');
  const { organisations } = useContents();
  const shown = page.kind === 'detail' ? organisations.find((item) => item.id === page.organisationId) : undefined;

  if (page.kind === 'detail' && shown) {
    // A new key gives a new Screen, whose heading takes focus.
    return (
      <Screen key={`detail-${shown.id}`} title={shown.name}>
        <OrganisationDetail key={shown.id} organisation={shown} added={page.added} onBack={onBack} />
      </Screen>
    );
  }

  return (
    <Screen key="list" title={t('title')}>
      <OrganisationList
        organisations={organisations}
        adding={page.kind === 'list' && page.adding}
        onAdd={onAdd}
        onCancel={onBack}
        onAdded={(organisation) => onAdded(organisation.id)}
        onOpen={(organisation) => onOpen(organisation.id)}
      />
    </Screen>
  );
}

interface OrganisationListProps {
  organisations: readonly Organisation[];
  adding: boolean;
  onAdd: () => void;
  onCancel: () => void;
  onAdded: (organisation: Organisation) => void;
  onOpen: (organisation: Organisation) => void;
}

function OrganisationList({ organisations, adding, onAdd, onCancel, onAdded, onOpen }: OrganisationListProps) {
  const { t } = useTranslation('organisations');
  const session = useSession();
  const [removed, setRemoved] = useState<Organisation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The shared Button takes no ref, so focus goes through the element around it.
  const undoArea = useRef<HTMLDivElement>(null);
  const addArea = useRef<HTMLDivElement>(null);
  const wasAdding = useRef(adding);
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name));

  // Closing the form gives focus back to the button that opened it.
  useEffect(() => {
    if (wasAdding.current && !adding) addArea.current?.querySelector('button')?.focus();
    wasAdding.current = adding;
  }, [adding]);

  // The removed item's buttons are gone: Undo is the natural next place.
  useEffect(() => {
    if (removed) undoArea.current?.querySelector('button')?.focus();
  }, [removed]);

  async function remove(organisation: Organisation) {
    setProblem(null);
    try {
      await session.removeOrganisation(organisation.id);
      setRemoved(organisation);
    } catch (error) {
      setProblem(errorText(t, error));
    }
  }

  async function undo() {
    if (!removed) return;
    setProblem(null);
    try {
      await session.saveOrganisation(removed);
      setRemoved(null);
    } catch (error) {
      setProblem(errorText(t, error));
    }
  }

  return (
    <>
      <div className="advice">
        <p>{t('intro.neutral')}</p>
        <p>{t('intro.askFirst')}</p>
        {/* The directory is named as text only: the app links to no other site. */}
        <p>{t('intro.find', { directory: 'dv.support' })}</p>
      </div>
      {removed ? (
        <Notice tone="success">
          <div ref={undoArea} className="row row--spread">
            <span>{t('list.removed', { name: removed.name })}</span>
            <Button onClick={undo}>{t('common:actions.undo')}</Button>
          </div>
        </Notice>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {adding ? (
        <AddOrganisation onAdded={onAdded} onCancel={onCancel} />
      ) : (
        <div ref={addArea} className="organisations-add">
          <Button variant="primary" onClick={onAdd}>
            {t('add.action')}
          </Button>
        </div>
      )}
      <OfferedOrganisations organisations={organisations} />
      <h2>{t('list.title')}</h2>
      {sorted.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <>
          <p className="small">{t('list.count', { count: sorted.length })}</p>
          <ul className="organisations">
            {sorted.map((organisation) => (
              <OrganisationItem
                key={organisation.id}
                organisation={organisation}
                onOpen={() => onOpen(organisation)}
                onRemove={() => void remove(organisation)}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

interface OrganisationItemProps {
  organisation: Organisation;
  onOpen: () => void;
  onRemove: () => void;
}

function OrganisationItem({ organisation, onOpen, onRemove }: OrganisationItemProps) {
  const { t } = useTranslation('organisations');
  const stored = organisation.phones[0]?.number;
  const phone = stored === undefined ? null : phoneView(stored);
  const cautious = organisation.questions.contactsImmigration?.answer === 'yes';
  return (
    <li className="organisation">
      <p className="organisation__name">{organisation.name}</p>
      <p className="organisation__type">{t(`type.options.${organisation.type}.label`)}</p>
      <p className="small">
        {t('list.asked', { asked: askedCount(organisation), total: ORGANISATION_QUESTIONS.length })}
      </p>
      {cautious ? <p className="organisation__caution">{t('list.immigrationCaution')}</p> : null}
      {organisation.emergencyOnly ? <p className="organisation__mark">{t('list.emergencyOnly')}</p> : null}
      {phone ? (
        <a className="organisation__phone" href={`tel:${phone.dial}`} dir="ltr">
          {phone.display}
        </a>
      ) : (
        <p className="small">{t('list.noPhone')}</p>
      )}
      <div className="row">
        <Button onClick={onOpen} aria-label={`${t('list.open')}: ${organisation.name}`}>
          {t('list.open')}
        </Button>
        <Button variant="danger" onClick={onRemove} aria-label={`${t('common:actions.remove')}: ${organisation.name}`}>
          {t('common:actions.remove')}
        </Button>
      </div>
    </li>
  );
}

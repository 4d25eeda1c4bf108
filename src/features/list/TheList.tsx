/**
 * The list (steps 5 and 6): people grouped by their place in the list, by
 * what they know, or by country, with a gentle word about how many people to
 * contact first. The home screen once the list has anyone in it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../domain/circles';
import { CATEGORIES, LEVELS, PRIMARY_RANGE } from '../../domain/levels';
import type { Organisation } from '../../domain/organisation';
import type { Person } from '../../domain/person';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';
import { ContactLinks } from './ContactLinks';

type View = 'category' | 'level' | 'country';

interface Group {
  key: string;
  title: string;
  hint?: string;
  people: Person[];
  organisations: Organisation[];
}

interface TheListProps {
  onDetails: (personId: string) => void;
  onScreen: (personId: string) => void;
  onStart: () => void;
}

export function TheList({ onDetails, onScreen, onStart }: TheListProps) {
  const { t } = useTranslation('list');
  const session = useSession();
  const { people, organisations } = useContents();
  const [view, setView] = useState<View>('category');
  const [removed, setRemoved] = useState<Person | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const viewId = useId();
  const byLabel = [...people].sort((a, b) => a.label.localeCompare(b.label));

  const groups: Group[] =
    view === 'category'
      ? [
          ...CATEGORIES.map((category) => ({
            key: category,
            title: t(`categories.${category}`),
            hint: t(`categoryHints.${category}`),
            people: byLabel.filter((person) => person.category === category),
            organisations: category === 'organisation' ? organisations : [],
          })),
          {
            key: 'unsorted',
            title: t('categories.unsorted'),
            people: byLabel.filter((person) => person.category === null),
            organisations: [],
          },
        ]
      : view === 'level'
        ? [...LEVELS, null].map((level) => ({
            key: level ?? 'unset',
            title: level ? t(`levels:${level}.name`) : t('levelUnset'),
            people: byLabel.filter((person) => person.level === level),
            organisations: [],
          }))
        : [...COUNTRIES, null].map((country) => ({
            key: country ?? 'unknown',
            title: t(`countries.${country ?? 'unknown'}`),
            people: byLabel.filter((person) => person.country === country),
            organisations: [],
          }));

  async function remove(person: Person) {
    setProblem(null);
    try {
      await session.removePerson(person.id);
      setRemoved(person);
    } catch (error) {
      setProblem(t(errorKey(error)));
    }
  }

  async function undo() {
    if (!removed) return;
    try {
      await session.savePerson(removed);
      setRemoved(null);
    } catch (error) {
      setProblem(t(errorKey(error)));
    }
  }

  const primaryCount = people.filter((person) => person.category === 'primary').length;

  return (
    <>
      {removed ? (
        <Notice tone="success">
          <div className="row row--spread">
            <span>{t('people:removed', { label: removed.label })}</span>
            <Button onClick={undo}>{t('common:actions.undo')}</Button>
          </div>
        </Notice>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {people.length === 0 && organisations.length === 0 ? (
        <>
          <p>{t('empty')}</p>
          <Button onClick={onStart}>{t('start')}</Button>
        </>
      ) : (
        <>
          <PrimaryAdvice count={primaryCount} />
          <div className="field">
            <label className="field__label" htmlFor={viewId}>
              {t('view.label')}
            </label>
            <select id={viewId} value={view} onChange={(event) => setView(event.target.value as View)}>
              {(['category', 'level', 'country'] as const).map((option) => (
                <option key={option} value={option}>
                  {t(`view.${option}`)}
                </option>
              ))}
            </select>
          </div>
          {groups
            .filter((group) => group.people.length + group.organisations.length > 0)
            .map((group) => (
              <section key={group.key} className="group" aria-labelledby={`group-${group.key}`}>
                <h2 id={`group-${group.key}`}>{group.title}</h2>
                {group.hint ? <p className="small">{group.hint}</p> : null}
                <ul className="people">
                  {group.people.map((person) => (
                    <PersonCard
                      key={person.id}
                      person={person}
                      onDetails={() => onDetails(person.id)}
                      onScreen={() => onScreen(person.id)}
                      onRemove={() => void remove(person)}
                    />
                  ))}
                  {group.organisations.map((organisation) => (
                    <li key={organisation.id} className="person">
                      <p className="person__label">{organisation.name}</p>
                      {organisation.phones[0] ? (
                        <ContactLinks number={organisation.phones[0].number} name={organisation.name} />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </>
      )}
    </>
  );
}

function PrimaryAdvice({ count }: { count: number }) {
  const { t } = useTranslation('list');
  const key = count === 0 ? 'none' : count < PRIMARY_RANGE.min ? 'few' : count <= PRIMARY_RANGE.max ? 'good' : 'many';
  return (
    <Notice tone={key === 'good' ? 'success' : 'info'} live={false}>
      <p>{t(`primaryAdvice.${key}`, { count })}</p>
    </Notice>
  );
}

function PersonCard({
  person,
  onDetails,
  onScreen,
  onRemove,
}: {
  person: Person;
  onDetails: () => void;
  onScreen: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('list');
  const answered = Object.keys(person.screening.answers).length > 0;
  return (
    <li className="person">
      <p className="person__label">
        {person.label}
        {person.relationship ? <span className="small"> · {person.relationship}</span> : null}
      </p>
      <p className="small">
        {t('knows', { level: person.level ? t(`levels:${person.level}.name`) : t('levelUnset') })}
      </p>
      {person.phones.map((phone) => (
        <ContactLinks key={`${phone.kind}-${phone.number}`} number={phone.number} name={person.label} />
      ))}
      <div className="row">
        <Button onClick={onDetails} aria-label={`${t('actions.details')}: ${person.label}`}>
          {t('actions.details')}
        </Button>
        <Button
          onClick={onScreen}
          aria-label={`${answered ? t('actions.screenAgain') : t('actions.screen')}: ${person.label}`}
        >
          {answered ? t('actions.screenAgain') : t('actions.screen')}
        </Button>
        <Button variant="danger" onClick={onRemove} aria-label={`${t('common:actions.remove')}: ${person.label}`}>
          {t('common:actions.remove')}
        </Button>
      </div>
    </li>
  );
}

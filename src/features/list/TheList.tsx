/**
 * The list (steps 5 and 6): people grouped by their place in the list, by
 * what they know, or by country, with a gentle word about how many people to
 * contact first. The home screen once the list has anyone in it. How it is
 * grouped is the caller's to keep, so the list comes back as it was left
 * after a look at someone's details.
 */
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../domain/circles';
import { CATEGORIES, LEVELS, PRIMARY_RANGE } from '../../domain/levels';
import type { Organisation } from '../../domain/organisation';
import type { Person } from '../../domain/person';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { optionsOf, Select } from '../../ui/Select';
import { errorText } from '../errors';
import { useContents, useSession } from '../notebook';
import { ContactLinks } from './ContactLinks';

/** The ways the list can be grouped. */
export const GROUPINGS = ['category', 'level', 'country'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/**
 * How many rows the list shows at first, and adds with each "Show more":
 * several screens' worth, so a list of usual size shows whole, and a very
 * long one opens at once instead of building every row before the first.
 */
export const LIST_PAGE_SIZE = 50;

interface Group {
  key: string;
  title: string;
  hint?: string;
  people: Person[];
  organisations: Organisation[];
}

/** People sorted by label (in the language's order) and grouped as chosen; empty groups left out. */
function groupPeople(
  people: readonly Person[],
  organisations: readonly Organisation[],
  grouping: Grouping,
  t: TFunction<'list'>,
  language: string,
): Group[] {
  const collator = new Intl.Collator(language);
  const byLabel = [...people].sort((a, b) => collator.compare(a.label, b.label));
  const groups: Group[] =
    grouping === 'category'
      ? [
          ...CATEGORIES.map((category) => ({
            key: category,
            title: t(`categories.${category}`),
            hint: t(`categoryHints.${category}`),
            people: byLabel.filter((person) => person.category === category),
            organisations: category === 'organisation' ? [...organisations] : [],
          })),
          {
            key: 'unsorted',
            title: t('categories.unsorted'),
            people: byLabel.filter((person) => person.category === null),
            organisations: [],
          },
        ]
      : grouping === 'level'
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
  return groups.filter((group) => group.people.length + group.organisations.length > 0);
}

/** The first `limit` rows, in order, across the groups. */
function firstRows(groups: readonly Group[], limit: number): Group[] {
  let left = limit;
  const shown: Group[] = [];
  for (const group of groups) {
    if (left <= 0) break;
    const people = group.people.slice(0, left);
    left -= people.length;
    const organisations = group.organisations.slice(0, Math.max(left, 0));
    left -= organisations.length;
    shown.push({ ...group, people, organisations });
  }
  return shown;
}

export interface TheListProps {
  grouping: Grouping;
  onGrouping: (grouping: Grouping) => void;
  onDetails: (personId: string) => void;
  onScreen: (personId: string) => void;
  onOrganisation: (organisationId: string) => void;
  onStart: () => void;
}

export function TheList({ grouping, onGrouping, onDetails, onScreen, onOrganisation, onStart }: TheListProps) {
  const { t, i18n } = useTranslation('list');
  const session = useSession();
  const { people, organisations } = useContents();
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  /** After "Show more", the first row it added takes the focus, once. */
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const [removed, setRemoved] = useState<Person | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const groups = useMemo(
    () => groupPeople(people, organisations, grouping, t, i18n.language),
    [people, organisations, grouping, t, i18n.language],
  );
  const total = groups.reduce((sum, group) => sum + group.people.length + group.organisations.length, 0);
  const shown = firstRows(groups, limit);
  const shownCount = Math.min(limit, total);
  let row = 0;

  async function remove(person: Person) {
    setProblem(null);
    try {
      await session.removePerson(person.id);
      setRemoved(person);
    } catch (error) {
      setProblem(errorText(t, error));
    }
  }

  async function undo() {
    if (!removed) return;
    try {
      await session.savePerson(removed);
      setRemoved(null);
    } catch (error) {
      setProblem(errorText(t, error));
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
          <Select
            label={t('view.label')}
            value={grouping}
            options={optionsOf(GROUPINGS, (option) => t(`view.${option}`))}
            onChange={onGrouping}
          />
          {shown.map((group) => (
            <section key={group.key} className="group" aria-labelledby={`group-${group.key}`}>
              <h2 id={`group-${group.key}`}>{group.title}</h2>
              {group.hint ? <p className="small">{group.hint}</p> : null}
              <ul className="people">
                {group.people.map((person) => {
                  const index = row++;
                  return (
                    <PersonCard
                      key={person.id}
                      person={person}
                      takeFocus={index === focusRow}
                      onFocused={() => setFocusRow(null)}
                      onDetails={() => onDetails(person.id)}
                      onScreen={() => onScreen(person.id)}
                      onRemove={() => void remove(person)}
                    />
                  );
                })}
                {group.organisations.map((organisation) => {
                  row++;
                  return (
                    <li key={organisation.id} className="person">
                      <p className="person__label">{organisation.name}</p>
                      {organisation.phones[0] ? (
                        <ContactLinks number={organisation.phones[0].number} name={organisation.name} />
                      ) : null}
                      <div className="row">
                        <Button
                          onClick={() => onOrganisation(organisation.id)}
                          aria-label={`${t('actions.details')}: ${organisation.name}`}
                        >
                          {t('actions.details')}
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          {total > LIST_PAGE_SIZE ? (
            <div className="list-more">
              <p className="small" role="status">
                {t('page.showing', { shown: shownCount, total })}
              </p>
              {shownCount < total ? (
                <Button
                  onClick={() => {
                    setFocusRow(limit);
                    setLimit(limit + LIST_PAGE_SIZE);
                  }}
                >
                  {t('page.more')}
                </Button>
              ) : null}
            </div>
          ) : null}
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
  takeFocus,
  onFocused,
  onDetails,
  onScreen,
  onRemove,
}: {
  person: Person;
  takeFocus: boolean;
  /** Called once the row has taken the focus, so that no later change of the list moves it again. */
  onFocused: () => void;
  onDetails: () => void;
  onScreen: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('list');
  const answered = Object.keys(person.screening.answers).length > 0;
  const label = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    label.current?.focus();
    onFocused();
  }, [takeFocus, onFocused]);
  return (
    <li className="person">
      <p className="person__label" ref={label} tabIndex={-1}>
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

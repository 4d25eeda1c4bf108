/**
 * The list (steps 5 and 6): people grouped by their place in the list, by
 * what they know, or by country, with a gentle word about how many people to
 * contact first. The home screen once the list has anyone in it. How it is
 * grouped is the caller's to keep, so the list comes back as it was left
 * after a look at someone's details.
 */
import type { TFunction } from 'i18next';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../domain/circles';
import { CATEGORIES, LEVELS, type Level, PRIMARY_RANGE } from '../../domain/levels';
import type { Organisation } from '../../domain/organisation';
import type { Person } from '../../domain/person';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { optionsOf, Select } from '../../ui/Select';
import { errorText } from '../errors';
import { useContents, useSession } from '../notebook';
import { ContactLinks, type LinkWords } from './ContactLinks';

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

/** A person's or organisation's row, by its record id. */
type RowKey = string;

/**
 * The first `limit` rows, in order, across the groups, and the one pinned
 * (someone just added) wherever they sort, so they show even past the first page.
 */
function firstRows(groups: readonly Group[], limit: number, pinned: string | null): Group[] {
  let left = limit;
  const shown: Group[] = [];
  for (const group of groups) {
    const people = group.people.slice(0, Math.max(left, 0));
    left -= people.length;
    const organisations = group.organisations.slice(0, Math.max(left, 0));
    left -= organisations.length;
    const pin =
      pinned && !people.some((person) => person.id === pinned)
        ? group.people.find((person) => person.id === pinned)
        : undefined;
    if (pin) people.push(pin);
    if (people.length + organisations.length > 0) shown.push({ ...group, people, organisations });
  }
  return shown;
}

/** The row at this position in the whole list, as sorted and grouped. */
function rowAt(groups: readonly Group[], index: number): RowKey | null {
  let left = index;
  for (const group of groups) {
    const size = group.people.length + group.organisations.length;
    if (left < size) {
      return left < group.people.length
        ? (group.people[left]?.id ?? null)
        : (group.organisations[left - group.people.length]?.id ?? null);
    }
    left -= size;
  }
  return null;
}

/** Text made comparable for a search: no accents, no case, in the language's own rules. */
function searchable(text: string, language: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(language);
}

/** Whether a person matches what was typed: by name, full name, relationship or a number's digits. */
function personMatches(person: Person, query: string, digits: string, language: string): boolean {
  const words = [person.label, person.fullName, person.relationship];
  if (words.some((word) => searchable(word, language).includes(query))) return true;
  return digits.length >= 3 && person.phones.some((phone) => phone.number.replace(/\D/g, '').includes(digits));
}

/** Only what matches the search; groups left with nothing are left out. */
function searched(groups: readonly Group[], typed: string, language: string): Group[] {
  const query = searchable(typed.trim(), language);
  if (!query) return [...groups];
  // Digits only when what was typed is a number (spaces, dashes, brackets and + allowed).
  const digits = /^[\d\s()+.-]+$/.test(query) ? query.replace(/\D/g, '') : '';
  return groups
    .map((group) => ({
      ...group,
      people: group.people.filter((person) => personMatches(person, query, digits, language)),
      organisations: group.organisations.filter((organisation) =>
        searchable(organisation.name, language).includes(query),
      ),
    }))
    .filter((group) => group.people.length + group.organisations.length > 0);
}

/** A search field is offered once the list holds more people than this. */
export const SEARCH_FROM = 10;

export interface TheListProps {
  grouping: Grouping;
  onGrouping: (grouping: Grouping) => void;
  onDetails: (personId: string) => void;
  onScreen: (personId: string) => void;
  onOrganisation: (organisationId: string) => void;
  onStart: () => void;
  /**
   * Someone just added: shown wherever they sort, even past the first page,
   * with the focus on them and the next steps offered, not required.
   */
  justAdded?: string | null;
}

export function TheList({
  grouping,
  onGrouping,
  onDetails,
  onScreen,
  onOrganisation,
  onStart,
  justAdded = null,
}: TheListProps) {
  const { t, i18n } = useTranslation('list');
  const language = i18n.language;
  const session = useSession();
  const { people, organisations, settings } = useContents();
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const [query, setQuery] = useState('');
  /** A row to take the focus once: the first one "Show more" added, or someone just added. */
  const [focusKey, setFocusKey] = useState<RowKey | null>(justAdded);
  const [removed, setRemoved] = useState<Person | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** The one note about call logs that can be open: under whose links, and for which link. */
  const [pending, setPending] = useState<{ owner: string; href: string } | null>(null);
  useEffect(() => {
    if (!justAdded) return;
    setFocusKey(justAdded);
    // Whoever was just added shows, whatever was searched for before.
    setQuery('');
  }, [justAdded]);
  const groups = useMemo(
    () => groupPeople(people, organisations, grouping, t, language),
    [people, organisations, grouping, t, language],
  );
  const searching = people.length > SEARCH_FROM && query.trim() !== '';
  const matching = useMemo(
    () => (searching ? searched(groups, query, language) : groups),
    [groups, searching, query, language],
  );
  const total = matching.reduce((sum, group) => sum + group.people.length + group.organisations.length, 0);
  const shown = useMemo(() => firstRows(matching, limit, justAdded), [matching, limit, justAdded]);
  const shownCount = shown.reduce((sum, group) => sum + group.people.length + group.organisations.length, 0);

  const remove = useCallback(
    async (person: Person) => {
      setProblem(null);
      try {
        await session.removePerson(person.id);
        setRemoved(person);
      } catch (error) {
        setProblem(errorText(t, error));
      }
    },
    [session, t],
  );

  async function undo() {
    if (!removed) return;
    try {
      await session.savePerson(removed);
      setRemoved(null);
    } catch (error) {
      setProblem(errorText(t, error));
    }
  }

  const onFocused = useCallback(() => setFocusKey(null), []);
  const onAsk = useCallback((owner: string, href: string) => setPending({ owner, href }), []);
  const onCancel = useCallback(() => setPending(null), []);
  const onFollow = useCallback(
    (href: string) => {
      void session.saveSettings({ ...settings, callNoticeSeen: true }).catch(() => undefined);
      setPending(null);
      globalThis.location.assign(href);
    },
    [session, settings],
  );
  const words = useMemo(() => rowWordsOf(t), [t]);
  const links: LinkActions = {
    t,
    words,
    noticeSeen: settings.callNoticeSeen,
    pending,
    onAsk,
    onFollow,
    onCancel,
  };

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
          <PrimaryAdvice count={primaryCount} t={t} />
          {people.length > SEARCH_FROM ? (
            <div className="list-search">
              <Field
                label={t('search.label')}
                type="search"
                value={query}
                onChange={(event) => {
                  setQuery(event.target.value);
                  setLimit(LIST_PAGE_SIZE);
                }}
                autoComplete="off"
                enterKeyHint="search"
              />
              <p className="small" role="status">
                {searching
                  ? total === 0
                    ? t('search.none', { query: query.trim() })
                    : t('search.found', { count: total })
                  : ''}
              </p>
            </div>
          ) : null}
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
                {group.people.map((person) => (
                  <PersonCard
                    key={person.id}
                    person={person}
                    knows={words.knows[person.level ?? 'unset']}
                    takeFocus={person.id === focusKey}
                    justAdded={person.id === justAdded}
                    onFocused={onFocused}
                    onDetails={onDetails}
                    onScreen={onScreen}
                    onRemove={remove}
                    links={links}
                  />
                ))}
                {group.organisations.map((organisation) => {
                  const phone = organisation.phones[0];
                  const owner = `${organisation.id}/0`;
                  return (
                    <li key={organisation.id} className="person">
                      <p className="person__label">{organisation.name}</p>
                      {phone ? (
                        <ContactLinks
                          {...links}
                          number={phone.number}
                          kind={phone.kind}
                          name={organisation.name}
                          owner={owner}
                          pending={pending?.owner === owner ? pending.href : null}
                        />
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
                {t('page.showing', { shown: Math.min(shownCount, total), total })}
              </p>
              {limit < total ? (
                <Button
                  onClick={() => {
                    setFocusKey(rowAt(matching, limit));
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

function PrimaryAdvice({ count, t }: { count: number; t: TFunction<'list'> }) {
  const key = count === 0 ? 'none' : count < PRIMARY_RANGE.min ? 'few' : count <= PRIMARY_RANGE.max ? 'good' : 'many';
  return (
    <Notice tone={key === 'good' ? 'success' : 'info'} live={false}>
      <p>{t(`primaryAdvice.${key}`, { count })}</p>
    </Notice>
  );
}

/** The words every row shows, looked up once for the list rather than in each row. */
interface RowWords extends LinkWords {
  details: string;
  screen: string;
  screenAgain: string;
  remove: string;
  /** "Knows: …" for each level, and for a level not decided yet. */
  knows: Record<Level | 'unset', string>;
}

function rowWordsOf(t: TFunction<'list'>): RowWords {
  const knows = (level: string) => t('knows', { level });
  return {
    call: t('actions.call'),
    text: t('actions.text'),
    details: t('actions.details'),
    screen: t('actions.screen'),
    screenAgain: t('actions.screenAgain'),
    remove: t('common:actions.remove'),
    knows: {
      ...(Object.fromEntries(LEVELS.map((level) => [level, knows(t(`levels:${level}.name`))])) as Record<
        Level,
        string
      >),
      unset: knows(t('levelUnset')),
    },
  };
}

/** What every row's call and text links share, passed down so no row subscribes to anything. */
interface LinkActions {
  /** For what only one row at a time shows: the note about call logs, the word that someone was saved. */
  t: TFunction<'list'>;
  words: RowWords;
  noticeSeen: boolean;
  pending: { owner: string; href: string } | null;
  onAsk: (owner: string, href: string) => void;
  onFollow: (href: string) => void;
  onCancel: () => void;
}

interface PersonCardProps {
  person: Person;
  /** What they know, in words. */
  knows: string;
  takeFocus: boolean;
  /** Just added: the next steps are offered under their name. */
  justAdded: boolean;
  /** Called once the row has taken the focus, so that no later change of the list moves it again. */
  onFocused: () => void;
  onDetails: (personId: string) => void;
  onScreen: (personId: string) => void;
  onRemove: (person: Person) => Promise<void>;
  links: LinkActions;
}

/**
 * One person's row. Everything it shows comes in its props (no translation
 * hook, no context), so a long list builds fast and a row renders again
 * only when what it shows changed.
 */
const PersonCard = memo(
  function PersonCard({
    person,
    knows,
    takeFocus,
    justAdded,
    onFocused,
    onDetails,
    onScreen,
    onRemove,
    links,
  }: PersonCardProps) {
    const { t, words, pending } = links;
    const answered = Object.keys(person.screening.answers).length > 0;
    const label = useRef<HTMLParagraphElement>(null);
    const row = useRef<HTMLLIElement>(null);
    useEffect(() => {
      if (!takeFocus) return;
      // Someone just added comes into view whole, with the next steps under their name.
      label.current?.focus({ preventScroll: justAdded });
      if (justAdded) row.current?.scrollIntoView?.({ block: 'start' });
      onFocused();
    }, [takeFocus, justAdded, onFocused]);
    const details = (
      <Button onClick={() => onDetails(person.id)} aria-label={`${words.details}: ${person.label}`}>
        {words.details}
      </Button>
    );
    const screen = (
      <Button
        variant={justAdded ? 'primary' : 'secondary'}
        onClick={() => onScreen(person.id)}
        aria-label={`${answered ? words.screenAgain : words.screen}: ${person.label}`}
      >
        {answered ? words.screenAgain : words.screen}
      </Button>
    );
    return (
      <li ref={row} className={justAdded ? 'person person--added' : 'person'}>
        <p className="person__label" ref={label} tabIndex={-1}>
          {person.label}
          {person.relationship ? <span className="small"> · {person.relationship}</span> : null}
        </p>
        <p className="small">{knows}</p>
        {person.phones.map((phone, index) => {
          const owner = `${person.id}/${index}`;
          return (
            <ContactLinks
              key={`${phone.kind}-${phone.number}`}
              {...links}
              number={phone.number}
              kind={phone.kind}
              name={person.label}
              owner={owner}
              pending={pending?.owner === owner ? pending.href : null}
            />
          );
        })}
        {justAdded ? (
          <Notice tone="success">
            <p>{t('people:added.saved', { label: person.label })}</p>
            <p>{t('people:added.next')}</p>
            <div className="row">
              {screen}
              {details}
            </div>
          </Notice>
        ) : null}
        <div className="row">
          {justAdded ? null : (
            <>
              {details}
              {screen}
            </>
          )}
          <Button
            variant="danger"
            onClick={() => void onRemove(person)}
            aria-label={`${words.remove}: ${person.label}`}
          >
            {words.remove}
          </Button>
        </div>
      </li>
    );
  },
  (before, after) =>
    before.person === after.person &&
    before.knows === after.knows &&
    before.takeFocus === after.takeFocus &&
    before.justAdded === after.justAdded &&
    before.onFocused === after.onFocused &&
    before.onDetails === after.onDetails &&
    before.onScreen === after.onScreen &&
    before.onRemove === after.onRemove &&
    before.links.words === after.links.words &&
    before.links.noticeSeen === after.links.noticeSeen &&
    before.links.onFollow === after.links.onFollow &&
    pendingFor(before) === pendingFor(after),
);

/** The open note's link when it is under one of this person's numbers. */
function pendingFor({ person, links }: PersonCardProps): string | null {
  return links.pending?.owner.startsWith(`${person.id}/`) ? `${links.pending.owner} ${links.pending.href}` : null;
}

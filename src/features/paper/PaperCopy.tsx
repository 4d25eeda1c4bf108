/**
 * A paper copy of the list: the survivor chooses which groups (people not
 * sorted yet are a group of their own), whether to print full names or only
 * the short names, what each person can be asked for, and whether the page
 * has a title. People marked as not on the list are never printed. The sheet
 * below the choices is exactly what prints (see paper.css).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phone } from '../../domain/common';
import { answersAnyHour, type Hotline } from '../../domain/deployment';
import { CATEGORIES, type Category } from '../../domain/levels';
import { LIMITS } from '../../domain/limits';
import type { Person } from '../../domain/person';
import { displayPhone } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { DEPLOYMENT } from '../../ui/deployment';
import { Field } from '../../ui/Field';
import { focusOverLimit } from '../../ui/field-limit';
import { Screen } from '../../ui/Screen';
import { useContents } from '../notebook';
import './paper.css';

type Names = 'short' | 'full';

/** The list's groups, then the people not sorted into one yet. */
const GROUPS = [...CATEGORIES, 'unsorted'] as const;
type Group = Category | 'unsorted';

interface Entry {
  id: string;
  name: string;
  phones: Phone[];
  /** What the survivor can ask them for: the list's task words, then their own. */
  tasks: string[];
  /** An organisation to contact only if another plan does not work. */
  lastResort: boolean;
}

export function PaperCopy() {
  const { t, i18n } = useTranslation('paper');
  const { people, organisations } = useContents();
  const [groups, setGroups] = useState<ReadonlySet<Group>>(() => new Set(GROUPS));
  const [names, setNames] = useState<Names>('short');
  const [title, setTitle] = useState('');
  const options = useRef<HTMLDivElement>(null);
  const [nameNumbers, setNameNumbers] = useState(false);
  const [printTasks, setPrintTasks] = useState(true);
  const namesId = useId();
  const listFormat = new Intl.ListFormat(i18n.language, { type: 'unit', style: 'short' });

  function tasksOf(person: Person): string[] {
    if (!printTasks) return [];
    return [...person.tasks.map((task) => t(`list:details.taskNames.${task}`)), ...person.ownTasks.filter(Boolean)];
  }

  function toggle(category: Group, on: boolean) {
    setGroups((current) => {
      const next = new Set(current);
      if (on) next.add(category);
      else next.delete(category);
      return next;
    });
  }

  function entriesOf(group: Group): Entry[] {
    const listed: Entry[] = people
      .filter((person) => person.level !== 'none' && (person.category ?? 'unsorted') === group)
      .map((person) => ({
        id: person.id,
        name: names === 'full' && person.fullName.trim() ? person.fullName : person.label,
        phones: person.phones,
        tasks: tasksOf(person),
        lastResort: false,
      }));
    if (group === 'organisation') {
      listed.push(
        ...organisations.map(({ id, name, phones, emergencyOnly }) => ({
          id,
          name,
          phones,
          tasks: [],
          lastResort: emergencyOnly,
        })),
      );
    }
    return listed.sort((a, b) => a.name.localeCompare(b.name));
  }

  const sections = GROUPS.filter((category) => groups.has(category)).map((category) => ({
    category,
    entries: entriesOf(category),
  }));

  return (
    <Screen title={t('title')}>
      <div className="paper__options" ref={options}>
        <p>{t('intro')}</p>
        <fieldset className="card choices">
          <legend className="field__label">{t('groups')}</legend>
          {GROUPS.map((category) => (
            <label key={category} className="choice">
              <input
                type="checkbox"
                checked={groups.has(category)}
                onChange={(event) => toggle(category, event.target.checked)}
              />
              <span>{t(`list:categories.${category}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="card choices" aria-describedby={namesId}>
          <legend className="field__label">{t('names.legend')}</legend>
          <p id={namesId} className="small">
            {t('names.hint')}
          </p>
          {(['short', 'full'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="paper-names" checked={names === choice} onChange={() => setNames(choice)} />
              <span>{t(`names.${choice}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="card">
          <Field
            label={t('pageTitle.label')}
            hint={t('pageTitle.hint')}
            value={title}
            limit={LIMITS.paperTitle}
            onChange={(event) => setTitle(event.target.value)}
          />
          <label className="choice">
            <input type="checkbox" checked={nameNumbers} onChange={(event) => setNameNumbers(event.target.checked)} />
            <span>{t('nameNumbers')}</span>
          </label>
          <label className="choice">
            <input type="checkbox" checked={printTasks} onChange={(event) => setPrintTasks(event.target.checked)} />
            <span>{t('printTasks')}</span>
          </label>
        </div>
        <Button
          variant="primary"
          onClick={() => {
            // A heading over its limit is kept and named; the page is printed once it fits.
            if (!focusOverLimit(options.current)) globalThis.print();
          }}
        >
          {t('print')}
        </Button>
        <h2>{t('preview')}</h2>
      </div>

      <article className="print-sheet" aria-label={t('preview')}>
        {title.trim() ? <h2 className="print-sheet__title">{title.trim()}</h2> : null}
        {sections.map(({ category, entries }) =>
          entries.length ? (
            <section key={category} className="print-sheet__group">
              <h3>{t(`list:categories.${category}`)}</h3>
              <ul>
                {entries.map((entry) => (
                  <li key={entry.id} className="print-sheet__entry">
                    <span className="print-sheet__name">{entry.name}</span>
                    {entry.lastResort ? <span className="small">{t('lastResort')}</span> : null}
                    {entry.tasks.length ? (
                      <span className="print-sheet__tasks">
                        {t('tasks', { tasks: listFormat.format(entry.tasks) })}
                      </span>
                    ) : null}
                    {entry.phones.length ? (
                      entry.phones.map((phone) => (
                        <span key={`${phone.kind}-${phone.number}`} className="print-sheet__phone">
                          <span className="small">{t(`list:details.phoneKinds.${phone.kind}`)}</span>{' '}
                          <span className="print-sheet__number" dir="ltr">
                            {displayPhone(phone.number)}
                          </span>
                        </span>
                      ))
                    ) : (
                      <span className="small">{t('noNumber')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
        {sections.every(({ entries }) => entries.length === 0) ? <p>{t('empty')}</p> : null}
        <section className="print-sheet__group print-sheet__emergency">
          <h3>{t('emergency')}</h3>
          <ul>
            <li className="print-sheet__entry">
              <span className="print-sheet__name">
                {nameNumbers ? t('emergency:numbers.emergency') : t('neutral.emergency')}
              </span>
              <span className="print-sheet__number" dir="ltr">
                {DEPLOYMENT.emergency.number}
              </span>
            </li>
            {DEPLOYMENT.hotlines.map((line) => (
              <li key={`${line.name}-${line.number}`} className="print-sheet__entry">
                <span className="print-sheet__name">{nameNumbers ? <bdi>{line.name}</bdi> : t(neutralName(line))}</span>
                <span className="print-sheet__number" dir="ltr">
                  {line.number}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </article>
    </Screen>
  );
}

/** What a hotline is called on paper when the copy must not say what it is for. */
function neutralName(line: Hotline) {
  const anyHour = answersAnyHour(line.hours);
  if (line.reach === 'local') return anyHour ? 'neutral.localHelplineAnyHour' : 'neutral.localHelpline';
  return anyHour ? 'neutral.helplineAnyHour' : 'neutral.helpline';
}

/**
 * Step 1: map the circles of people in the survivor's life. People are added
 * by a short label; any circle can be skipped; a person can be moved.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CIRCLES, type Circle, countryOfCircle } from '../../domain/circles';
import { LIMITS } from '../../domain/limits';
import { newPerson, type Person } from '../../domain/person';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { focusOverLimit } from '../../ui/field-limit';
import { Notice } from '../../ui/Notice';
import { optionsOf, Select } from '../../ui/Select';
import { newRecordId } from '../../vault';
import { errorText } from '../errors';
import { useContents, useSession } from '../notebook';

export function Circles() {
  const { t } = useTranslation('circles');
  const { people } = useContents();
  return (
    <>
      <p>{t('intro')}</p>
      {CIRCLES.map((circle) => (
        <CircleGroup key={circle} circle={circle} people={people.filter((person) => person.circle === circle)} />
      ))}
    </>
  );
}

function CircleGroup({ circle, people }: { circle: Circle; people: Person[] }) {
  const { t } = useTranslation('circles');
  const session = useSession();
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const headingId = useId();
  // Empty circles start closed, so the screen stays short; one that gains a person opens to show them.
  const [open, setOpen] = useState(people.length > 0);
  const hasPeople = people.length > 0;
  // Opened in the same render that shows the newcomer (not in an effect after it), so there is never
  // a moment where the person is in a closed circle.
  const [hadPeople, setHadPeople] = useState(hasPeople);
  if (hasPeople !== hadPeople) {
    setHadPeople(hasPeople);
    if (hasPeople) setOpen(true);
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    // A name over its limit keeps all its text and says so; nothing is saved until it is shortened.
    if (focusOverLimit(event.currentTarget)) return;
    const trimmed = label.trim();
    if (!trimmed) {
      setProblem(t('add.required'));
      return;
    }
    const now = new Date().toISOString();
    const person = {
      ...newPerson({ id: newRecordId(), label: trimmed, now }),
      circle,
      country: countryOfCircle(circle),
    };
    try {
      await session.savePerson(person);
      setLabel('');
      setProblem(null);
      setAdded(trimmed);
    } catch (error) {
      setProblem(errorText(t, error));
    }
  }

  return (
    <details className="card circle" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="circle__summary">
        <span id={headingId} className="circle__name">
          {t(`names.${circle}`)}
        </span>
        <span className="circle__state">
          <span className="small">
            {hasPeople ? t('count', { count: people.length }) : open ? t('none') : t('noneClosed')}
          </span>
          {/* Says in words what the chevron shows, so the state is never only a shape. */}
          <span className="circle__toggle small" aria-hidden="true">
            {open ? t('toggle.close') : t('toggle.open')}
            <span className="circle__chevron" />
          </span>
        </span>
      </summary>
      <p className="small">{t(`hints.${circle}`)}</p>
      {people.length > 0 ? (
        <ul className="plain-list" aria-labelledby={headingId}>
          {people.map((person) => (
            <MovablePerson key={person.id} person={person} />
          ))}
        </ul>
      ) : null}
      {/* One add form per circle: each is named for its circle, so none is just "Add" among eight. */}
      <form
        onSubmit={add}
        noValidate
        className="inline-form"
        aria-label={t('add.form', { circle: t(`names.${circle}`) })}
      >
        <Field
          label={t('add.label')}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          error={problem}
          autoComplete="off"
          limit={LIMITS.personLabel}
        />
        <Button type="submit" variant="primary" aria-describedby={headingId}>
          {t('add.button')}
        </Button>
      </form>
      {added ? (
        <p className="small" role="status">
          {t('added', { label: added })}
        </p>
      ) : null}
    </details>
  );
}

function MovablePerson({ person }: { person: Person }) {
  const { t } = useTranslation('circles');
  const session = useSession();
  const [problem, setProblem] = useState<string | null>(null);

  async function move(circle: Circle | null) {
    const country = circle ? (countryOfCircle(circle) ?? person.country) : person.country;
    try {
      await session.savePerson({ ...person, circle, country, updatedAt: new Date().toISOString() });
    } catch (error) {
      setProblem(errorText(t, error));
    }
  }

  return (
    <li className="movable">
      <span className="strong">{person.label}</span>
      <Select
        label={t('move.label', { label: person.label })}
        labelHidden
        emptyLabel={t('move.none')}
        options={optionsOf(CIRCLES, (circle) => t(`names.${circle}`))}
        value={person.circle}
        onChange={(circle) => void move(circle)}
        className="movable__select"
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
    </li>
  );
}

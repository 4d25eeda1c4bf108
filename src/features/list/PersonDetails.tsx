/**
 * Everything the survivor records about one person (step 5) and how much
 * they know (step 6). One form, saved in one go.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CIRCLES, type Circle, COUNTRIES, type Country, countryOfCircle } from '../../domain/circles';
import { PHONE_KINDS, type Phone, type PhoneKind } from '../../domain/common';
import type { HistoryEntry } from '../../domain/history';
import { CATEGORIES, type Category, LEVELS, type Level } from '../../domain/levels';
import { MESSAGING_APPS, type MessagingApp, type Person, REACH_WAYS, TASKS } from '../../domain/person';
import { checkPhone, displayPhone } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/dates';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextArea } from '../../ui/TextArea';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';
import { recordChanges } from './history';

interface PersonDetailsProps {
  personId: string;
  onDone: () => void;
}

interface Draft {
  label: string;
  fullName: string;
  relationship: string;
  phoneLabel: string;
  circle: Circle | null;
  country: Country | null;
  category: Category | null;
  level: Level | null;
  phones: { kind: PhoneKind; number: string }[];
  messaging: Partial<Record<MessagingApp, string>>;
  languages: string;
  bestTimes: string;
  reachBy: Person['reachBy'];
  tasks: Person['tasks'];
  ownTasks: string;
  notes: string;
}

function draftOf(person: Person): Draft {
  return {
    label: person.label,
    fullName: person.fullName,
    relationship: person.relationship,
    phoneLabel: person.phoneLabel,
    circle: person.circle,
    country: person.country,
    category: person.category,
    level: person.level,
    phones: person.phones.length
      ? person.phones.map((phone) => ({ kind: phone.kind, number: displayPhone(phone.number) }))
      : [{ kind: 'mobile', number: '' }],
    messaging: Object.fromEntries(person.messaging.map((entry) => [entry.app, entry.detail])),
    languages: person.languages.join(', '),
    bestTimes: person.bestTimes,
    reachBy: person.reachBy,
    tasks: person.tasks,
    ownTasks: person.ownTasks.join('\n'),
    notes: person.notes,
  };
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((value) => value !== item);
}

export function PersonDetails({ personId, onDone }: PersonDetailsProps) {
  const { t } = useTranslation('list');
  const session = useSession();
  const { people, history } = useContents();
  const person = people.find((item) => item.id === personId);
  const [reason, setReason] = useState('');
  const [draft, setDraft] = useState<Draft | null>(() => (person ? draftOf(person) : null));
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { circle: useId(), country: useId() };

  if (!person || !draft) return null;
  const update = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!person || !draft) return;
    if (!draft.label.trim()) {
      setMessage({ tone: 'error', text: t('people:form.labelRequired') });
      return;
    }
    const phones: Phone[] = [];
    for (const [index, phone] of draft.phones.entries()) {
      if (!phone.number.trim()) continue;
      const checked = checkPhone(phone.number);
      if (!checked.ok) {
        setMessage({ tone: 'error', text: t('details.invalidPhone', { index: index + 1 }) });
        return;
      }
      phones.push({ kind: phone.kind, number: checked.stored });
    }
    const next: Person = {
      ...person,
      label: draft.label.trim(),
      fullName: draft.fullName.trim(),
      relationship: draft.relationship.trim(),
      phoneLabel: draft.phoneLabel.trim(),
      circle: draft.circle,
      country: draft.country,
      category: draft.category,
      level: draft.level,
      phones,
      messaging: MESSAGING_APPS.filter((app) => draft.messaging[app] !== undefined).map((app) => ({
        app,
        detail: (draft.messaging[app] ?? '').trim(),
      })),
      languages: draft.languages
        .split(/[,،、，;\n]/)
        .map((language) => language.trim())
        .filter(Boolean),
      bestTimes: draft.bestTimes.trim(),
      reachBy: draft.reachBy,
      tasks: draft.tasks,
      ownTasks: draft.ownTasks
        .split('\n')
        .map((task) => task.trim())
        .filter(Boolean),
      notes: draft.notes,
      updatedAt: new Date().toISOString(),
    };
    setBusy(true);
    setMessage(null);
    try {
      await session.savePerson(next);
      await recordChanges(session, person, next, reason.trim());
      onDone();
    } catch (error) {
      setMessage({ tone: 'error', text: t(errorKey(error)) });
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} noValidate className="details">
      <h2>{t('details.title', { label: person.label })}</h2>

      <fieldset className="card">
        <legend>{t('details.identity')}</legend>
        <Field
          label={t('details.label')}
          value={draft.label}
          maxLength={60}
          onChange={(e) => update({ label: e.target.value })}
        />
        <Field
          label={t('details.fullName')}
          hint={t('details.fullNameHint')}
          value={draft.fullName}
          onChange={(e) => update({ fullName: e.target.value })}
        />
        <Field
          label={t('details.relationship')}
          hint={t('details.relationshipHint')}
          value={draft.relationship}
          onChange={(e) => update({ relationship: e.target.value })}
        />
        <Field
          label={t('details.phoneLabel')}
          hint={t('details.phoneLabelHint')}
          value={draft.phoneLabel}
          onChange={(e) => update({ phoneLabel: e.target.value })}
        />
        <div className="field">
          <label className="field__label" htmlFor={ids.circle}>
            {t('details.circle')}
          </label>
          <select
            id={ids.circle}
            value={draft.circle ?? ''}
            onChange={(e) => {
              const circle = (e.target.value || null) as Circle | null;
              // A family circle says where they live; other circles leave the country as it was.
              update({ circle, country: (circle && countryOfCircle(circle)) ?? draft.country });
            }}
          >
            <option value="">{t('circles:move.none')}</option>
            {CIRCLES.map((circle) => (
              <option key={circle} value={circle}>
                {t(`circles:names.${circle}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.country}>
            {t('details.country')}
          </label>
          <select
            id={ids.country}
            value={draft.country ?? ''}
            onChange={(e) => update({ country: (e.target.value || null) as Country | null })}
          >
            <option value="">{t('countries.unknown')}</option>
            {COUNTRIES.map((country) => (
              <option key={country} value={country}>
                {t(`countries.${country}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className="card choices">
        <legend>{t('details.category')}</legend>
        {[...CATEGORIES, null].map((category) => (
          <label key={category ?? 'unset'} className="choice">
            <input
              type="radio"
              name="category"
              checked={draft.category === category}
              onChange={() => update({ category })}
            />
            <span>{category ? t(`categories.${category}`) : t('details.categoryNone')}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="card choices">
        <legend>{t('details.level')}</legend>
        {[...LEVELS, null].map((level) => (
          <label key={level ?? 'unset'} className="choice">
            <input type="radio" name="level" checked={draft.level === level} onChange={() => update({ level })} />
            <span>{level ? t(`levels:${level}.name`) : t('levelUnset')}</span>
          </label>
        ))}
      </fieldset>

      {draft.level !== person.level || draft.category !== person.category ? (
        <TextArea
          label={t('details.why')}
          hint={t('details.whyHint')}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
      <PersonHistory entries={history.filter((entry) => entry.personId === person.id)} />

      <fieldset className="card">
        <legend>{t('details.phones')}</legend>
        {draft.phones.map((phone, index) => (
          <PhoneRow
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is the identity.
            key={index}
            phone={phone}
            index={index}
            onChange={(value) => update({ phones: draft.phones.map((item, i) => (i === index ? value : item)) })}
            onRemove={
              draft.phones.length > 1 ? () => update({ phones: draft.phones.filter((_, i) => i !== index) }) : undefined
            }
          />
        ))}
        {draft.phones.length < 10 ? (
          <Button onClick={() => update({ phones: [...draft.phones, { kind: 'mobile', number: '' }] })}>
            {t('details.addPhone')}
          </Button>
        ) : null}
      </fieldset>

      <fieldset className="card">
        <legend>{t('details.messaging')}</legend>
        {MESSAGING_APPS.map((app) => (
          <div key={app}>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.messaging[app] !== undefined}
                onChange={(e) => {
                  const messaging = { ...draft.messaging };
                  if (e.target.checked) messaging[app] = '';
                  else delete messaging[app];
                  update({ messaging });
                }}
              />
              <span>{t(`details.apps.${app}`)}</span>
            </label>
            {draft.messaging[app] !== undefined ? (
              <Field
                label={`${t(`details.apps.${app}`)}: ${t('details.messagingDetail')}`}
                value={draft.messaging[app] ?? ''}
                onChange={(e) => update({ messaging: { ...draft.messaging, [app]: e.target.value } })}
              />
            ) : null}
          </div>
        ))}
      </fieldset>

      <fieldset className="card">
        <legend>{t('details.reach')}</legend>
        <Field
          label={t('details.languages')}
          hint={t('details.languagesHint')}
          value={draft.languages}
          onChange={(e) => update({ languages: e.target.value })}
        />
        <Field
          label={t('details.bestTimes')}
          value={draft.bestTimes}
          onChange={(e) => update({ bestTimes: e.target.value })}
        />
        <fieldset className="choices">
          <legend className="field__label">{t('details.reachBy')}</legend>
          {REACH_WAYS.map((way) => (
            <label key={way} className="check">
              <input
                type="checkbox"
                checked={draft.reachBy.includes(way)}
                onChange={(e) => update({ reachBy: toggle(draft.reachBy, way, e.target.checked) })}
              />
              <span>{t(`details.ways.${way}`)}</span>
            </label>
          ))}
        </fieldset>
      </fieldset>

      <fieldset className="card">
        <legend>{t('details.tasks')}</legend>
        {TASKS.map((task) => (
          <label key={task} className="check">
            <input
              type="checkbox"
              checked={draft.tasks.includes(task)}
              onChange={(e) => update({ tasks: toggle(draft.tasks, task, e.target.checked) })}
            />
            <span>{t(`details.taskNames.${task}`)}</span>
          </label>
        ))}
        <TextArea
          label={t('details.ownTasks')}
          hint={t('details.ownTasksHint')}
          value={draft.ownTasks}
          onChange={(e) => update({ ownTasks: e.target.value })}
        />
      </fieldset>

      <TextArea
        label={t('details.notes')}
        rows={4}
        value={draft.notes}
        onChange={(e) => update({ notes: e.target.value })}
      />

      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('common:actions.save')}
        </Button>
        <Button onClick={onDone} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

function PhoneRow({
  phone,
  index,
  onChange,
  onRemove,
}: {
  phone: { kind: PhoneKind; number: string };
  index: number;
  onChange: (phone: { kind: PhoneKind; number: string }) => void;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation('list');
  const kindId = useId();
  return (
    <div className="phone-row">
      <div className="field">
        <label className="field__label" htmlFor={kindId}>
          {`${t('details.phoneKind')} ${index + 1}`}
        </label>
        <select
          id={kindId}
          value={phone.kind}
          onChange={(e) => onChange({ ...phone, kind: e.target.value as PhoneKind })}
        >
          {PHONE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`details.phoneKinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={`${t('details.phoneNumber')} ${index + 1}`}
        hint={index === 0 ? t('people:form.phoneHint') : undefined}
        type="tel"
        inputMode="tel"
        dir="ltr"
        autoComplete="off"
        value={phone.number}
        onChange={(e) => onChange({ ...phone, number: e.target.value })}
      />
      {onRemove ? (
        <Button variant="quiet" onClick={onRemove}>
          {t('details.removePhone')}
        </Button>
      ) : null}
    </div>
  );
}

/** The private record of how the survivor's decisions about this person changed, newest first. */
function PersonHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t, i18n } = useTranslation('list');
  if (entries.length === 0) return null;
  const name = (entry: HistoryEntry, value: string | null) => {
    if (value === null) return entry.field === 'level' ? t('levelUnset') : t('details.categoryNone');
    return entry.field === 'level' ? t(`levels:${value}.name`) : t(`categories.${value}`);
  };
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <details className="card history">
      <summary className="strong">{t('history.title', { count: entries.length })}</summary>
      <p className="small">{t('history.private')}</p>
      <ul className="plain-list">
        {sorted.map((entry) => (
          <li key={entry.id} className="history__entry">
            <p className="small">{formatDate(entry.at, i18n.language)}</p>
            <p>{t(`history.${entry.field}`, { from: name(entry, entry.from), to: name(entry, entry.to) })}</p>
            {entry.reason ? <p className="small">{t('history.reason', { reason: entry.reason })}</p> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The sections of a person's details, each editing its part of the draft. */
import { useCallback, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CIRCLES, COUNTRIES } from '../../domain/circles';
import type { HistoryEntry } from '../../domain/history';
import { CATEGORIES, type Category, LEVELS, type Level } from '../../domain/levels';
import { LIMITS } from '../../domain/limits';
import { MESSAGING_APPS, type MessagingApp, REACH_WAYS, TASKS } from '../../domain/person';
import { PERSON_PHONE_KIND, type PersonDraft, withCircle } from '../../domain/person-draft';
import type { CountryCode } from '../../domain/phone';
import type { PhoneDraft } from '../../domain/phone-draft';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { countryOptions } from '../../ui/countries';
import { formatDate } from '../../ui/dates';
import { Field } from '../../ui/Field';
import { PhoneList } from '../../ui/PhoneList';
import { optionsOf, Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import type { FieldErrors } from '../field-errors';

type Change = (patch: Partial<PersonDraft>) => void;

interface SectionProps {
  draft: PersonDraft;
  onChange: Change;
}

interface IdentitySectionProps extends SectionProps {
  labelError: string | null;
  onLabel: (label: string) => void;
  errors: FieldErrors;
  /** The country numbers are read in when none is chosen for them: the survivor's. */
  fallbackCountry: CountryCode;
}

/** Who they are: names, relationship, group and where they live. */
export function IdentitySection({
  draft,
  onChange,
  labelError,
  onLabel,
  errors,
  fallbackCountry,
}: IdentitySectionProps) {
  const { t, i18n } = useTranslation('list');
  const latestChange = useRef(onChange);
  latestChange.current = onChange;
  const choosePhoneCountry = useCallback(
    (phoneCountry: CountryCode | null) => latestChange.current({ phoneCountry }),
    [],
  );
  // The same element while its value stays: its 245 options are not redrawn on every key typed above.
  const language = i18n.language;
  const phoneCountry = draft.phoneCountry;
  const countrySelect = useMemo(() => {
    const countries = countryOptions(language);
    return (
      <Select
        label={t('details.phoneCountry')}
        hint={t('details.phoneCountryHint')}
        emptyLabel={t('details.phoneCountryDefault', { country: countries.name(fallbackCountry) })}
        options={countries.options}
        value={phoneCountry}
        onChange={choosePhoneCountry}
      />
    );
  }, [t, language, fallbackCountry, phoneCountry, choosePhoneCountry]);
  return (
    <fieldset className="card">
      <legend>{t('details.identity')}</legend>
      <Field
        label={t('details.label')}
        error={labelError ?? errors.label}
        value={draft.label}
        limit={LIMITS.personLabel}
        onChange={(event) => onLabel(event.target.value)}
        autoComplete="off"
        required
      />
      <Field
        label={t('details.fullName')}
        hint={t('details.fullNameHint')}
        error={errors.fullName}
        value={draft.fullName}
        limit={LIMITS.shortText}
        onChange={(event) => onChange({ fullName: event.target.value })}
        autoComplete="off"
      />
      <Field
        label={t('details.relationship')}
        hint={t('details.relationshipHint')}
        error={errors.relationship}
        value={draft.relationship}
        limit={LIMITS.shortText}
        onChange={(event) => onChange({ relationship: event.target.value })}
        autoComplete="off"
      />
      <Field
        label={t('details.phoneLabel')}
        hint={t('details.phoneLabelHint')}
        error={errors.phoneLabel}
        value={draft.phoneLabel}
        limit={LIMITS.shortText}
        onChange={(event) => onChange({ phoneLabel: event.target.value })}
        autoComplete="off"
      />
      <Select
        label={t('details.circle')}
        emptyLabel={t('circles:move.none')}
        options={optionsOf(CIRCLES, (circle) => t(`circles:names.${circle}`))}
        value={draft.circle}
        onChange={(circle) => onChange(withCircle(draft, circle))}
      />
      <Select
        label={t('details.country')}
        emptyLabel={t('countries.unknown')}
        options={optionsOf(COUNTRIES, (country) => t(`countries.${country}`))}
        value={draft.country}
        onChange={(country) => onChange({ country })}
      />
      {/* Asked only where it matters: people abroad, or a country already chosen. Others use the survivor's. */}
      {draft.country === 'origin' || draft.phoneCountry !== null ? countrySelect : null}
    </fieldset>
  );
}

interface ChoiceOfOneProps<T extends string> {
  legend: string;
  options: readonly (T | null)[];
  name: (value: T | null) => string;
  value: T | null;
  onChange: (value: T | null) => void;
}

/** One of a few answers, or not decided yet. */
function ChoiceOfOne<T extends string>({ legend, options, name, value, onChange }: ChoiceOfOneProps<T>) {
  const id = useId();
  return (
    <fieldset className="card choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option ?? 'unset'} className="choice">
          <input type="radio" name={id} checked={value === option} onChange={() => onChange(option)} />
          <span>{name(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Their place in the list: the group they are shown in. */
export function PlaceSection({ category, onChange }: { category: Category | null; onChange: Change }) {
  const { t } = useTranslation('list');
  return (
    <ChoiceOfOne<Category>
      legend={t('details.category')}
      options={[...CATEGORIES, null]}
      name={(value) => (value ? t(`categories.${value}`) : t('details.categoryNone'))}
      value={category}
      onChange={(value) => onChange({ category: value })}
    />
  );
}

/** How much they know. */
export function LevelSection({ level, onChange }: { level: Level | null; onChange: Change }) {
  const { t } = useTranslation('list');
  return (
    <ChoiceOfOne<Level>
      legend={t('details.level')}
      options={[...LEVELS, null]}
      name={(value) => (value ? t(`levels:${value}.name`) : t('levelUnset'))}
      value={level}
      onChange={(value) => onChange({ level: value })}
    />
  );
}

/** Why the place or the level changed, kept in the private history. */
export function ReasonField({ value, onChange }: { value: string; onChange: (reason: string) => void }) {
  const { t } = useTranslation('list');
  return (
    <TextArea
      label={t('details.why')}
      hint={t('details.whyHint')}
      rows={2}
      value={value}
      limit={LIMITS.longText}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

interface PhonesSectionProps {
  phones: PhoneDraft[];
  /** Rows kept as typed: a gentle note beside each. */
  unchecked: ReadonlySet<string>;
  onPhones: (phones: PhoneDraft[], changed: string) => void;
}

const NO_ROWS: ReadonlySet<string> = new Set();

export function PhonesSection({ phones, unchecked, onPhones }: PhonesSectionProps) {
  const { t } = useTranslation('list');
  return (
    <div className="card">
      <PhoneList
        rows={phones}
        onChange={onPhones}
        invalid={NO_ROWS}
        unchecked={unchecked}
        newKind={PERSON_PHONE_KIND}
        keepOne
        words={{
          legend: t('details.phones'),
          hint: t('people:form.phoneHint'),
          kind: (index) => `${t('details.phoneKind')} ${index}`,
          kindName: (kind) => t(`details.phoneKinds.${kind}`),
          number: (index) => `${t('details.phoneNumber')} ${index}`,
          invalid: (index) => t('details.invalidPhone', { index }),
          unchecked: () => t('details.uncheckedPhone'),
          remove: (index) => t('details.removePhone', { index }),
          add: t('details.addPhone'),
        }}
      />
    </div>
  );
}

/** The apps they use, each with an optional name or user name once ticked. */
export function MessagingSection({ draft, onChange }: SectionProps) {
  const { t } = useTranslation('list');
  const ticked = MESSAGING_APPS.filter((app) => draft.messaging[app] !== undefined);

  function choose(apps: MessagingApp[]) {
    onChange({ messaging: Object.fromEntries(apps.map((app) => [app, draft.messaging[app] ?? ''])) });
  }

  return (
    <div className="card">
      <CheckboxGroup
        legend={t('details.messaging')}
        options={optionsOf(MESSAGING_APPS, (app) => t(`details.apps.${app}`))}
        value={ticked}
        onChange={choose}
        detail={(app, checked) =>
          checked ? (
            <Field
              label={`${t(`details.apps.${app}`)}: ${t('details.messagingDetail')}`}
              value={draft.messaging[app] ?? ''}
              limit={LIMITS.shortText}
              onChange={(event) => onChange({ messaging: { ...draft.messaging, [app]: event.target.value } })}
              autoComplete="off"
            />
          ) : null
        }
      />
    </div>
  );
}

/** Languages, best times and the best ways to reach them. */
export function ReachSection({ draft, onChange, errors }: SectionProps & { errors: FieldErrors }) {
  const { t } = useTranslation('list');
  return (
    <fieldset className="card">
      <legend>{t('details.reach')}</legend>
      <Field
        label={t('details.languages')}
        hint={t('details.languagesHint')}
        error={errors.languages}
        value={draft.languages}
        limit={LIMITS.shortText}
        onChange={(event) => onChange({ languages: event.target.value })}
        autoComplete="off"
      />
      <Field
        label={t('details.bestTimes')}
        error={errors.bestTimes}
        value={draft.bestTimes}
        limit={LIMITS.shortText}
        onChange={(event) => onChange({ bestTimes: event.target.value })}
        autoComplete="off"
      />
      <CheckboxGroup
        legend={t('details.reachBy')}
        options={optionsOf(REACH_WAYS, (way) => t(`details.ways.${way}`))}
        value={draft.reachBy}
        onChange={(reachBy) => onChange({ reachBy })}
      />
    </fieldset>
  );
}

/** What the survivor feels comfortable asking them for, from the list and in their own words. */
export function TasksSection({ draft, onChange }: SectionProps) {
  const { t } = useTranslation('list');
  return (
    <div className="card">
      <CheckboxGroup
        legend={t('details.tasks')}
        options={optionsOf(TASKS, (task) => t(`details.taskNames.${task}`))}
        value={draft.tasks}
        onChange={(tasks) => onChange({ tasks })}
      >
        <TextArea
          label={t('details.ownTasks')}
          hint={t('details.ownTasksHint')}
          value={draft.ownTasks}
          limit={LIMITS.longText}
          onChange={(event) => onChange({ ownTasks: event.target.value })}
        />
      </CheckboxGroup>
    </div>
  );
}

export function NotesField({ draft, onChange }: SectionProps) {
  const { t } = useTranslation('list');
  return (
    <TextArea
      label={t('details.notes')}
      rows={4}
      value={draft.notes}
      limit={LIMITS.longText}
      onChange={(event) => onChange({ notes: event.target.value })}
    />
  );
}

/** The private record of how the survivor's decisions about this person changed, newest first. */
export function PersonHistory({ entries }: { entries: readonly HistoryEntry[] }) {
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

/**
 * One organisation: the questions to ask before sharing, the ways it might
 * help, and how to reach it. Everything is edited as one draft and saved
 * together; a failed save keeps the draft as it is.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_KINDS, type Phone, type PhoneKind } from '../../domain/common';
import {
  ORGANISATION_ANSWERS,
  ORGANISATION_HELP,
  ORGANISATION_QUESTIONS,
  type Organisation,
  type OrganisationAnswer,
  type OrganisationHelp,
  type OrganisationQuestion,
  type OrganisationType,
  type QuestionRecord,
} from '../../domain/organisation';
import { checkPhone, displayPhone } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextArea } from '../../ui/TextArea';
import { errorKey } from '../errors';
import { useSession } from '../notebook';
import { NAME_MAX_LENGTH } from './AddOrganisation';
import { TypeChoice } from './TypeChoice';

const SHORT_MAX_LENGTH = 200;
const LONG_MAX_LENGTH = 4000;
const PHONE_MAX_COUNT = 10;
const CONTACT_FIELDS = ['contactPerson', 'email', 'address', 'website', 'hours'] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];

interface QuestionDraft {
  answer: OrganisationAnswer;
  note: string;
  /** As the date input holds it: YYYY-MM-DD, or empty. */
  askedOn: string;
}

interface PhoneRow {
  /** Identifies the row on screen only; never stored. */
  key: number;
  kind: PhoneKind;
  number: string;
}

interface Draft extends Record<ContactField, string> {
  name: string;
  type: OrganisationType;
  questions: Record<OrganisationQuestion, QuestionDraft>;
  helps: OrganisationHelp[];
  phones: PhoneRow[];
  notes: string;
}

/** Today in the phone's own time zone, as a date input wants it. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Questions that have been asked, whatever the answer was. */
export function askedCount(organisation: Organisation): number {
  return ORGANISATION_QUESTIONS.filter((question) => {
    const answer = organisation.questions[question]?.answer;
    return answer !== undefined && answer !== 'not-asked';
  }).length;
}

let nextRowKey = 0;
function phoneRow(phone?: Phone): PhoneRow {
  nextRowKey += 1;
  return { key: nextRowKey, kind: phone?.kind ?? 'work', number: phone ? displayPhone(phone.number) : '' };
}

function draftOf(organisation: Organisation): Draft {
  const questions = Object.fromEntries(
    ORGANISATION_QUESTIONS.map((question) => {
      const record = organisation.questions[question];
      return [
        question,
        { answer: record?.answer ?? 'not-asked', note: record?.note ?? '', askedOn: record?.askedOn ?? '' },
      ];
    }),
  ) as Record<OrganisationQuestion, QuestionDraft>;
  return {
    name: organisation.name,
    type: organisation.type,
    questions,
    helps: organisation.helps,
    phones: organisation.phones.map(phoneRow),
    contactPerson: organisation.contactPerson,
    email: organisation.email,
    address: organisation.address,
    website: organisation.website,
    hours: organisation.hours,
    notes: organisation.notes,
  };
}

/** What a draft looks like without its screen-only row keys, to tell whether it changed. */
function fingerprint(draft: Draft): string {
  return JSON.stringify({ ...draft, phones: draft.phones.map(({ kind, number }) => ({ kind, number })) });
}

function questionsOf(draft: Draft): Organisation['questions'] {
  const questions: Organisation['questions'] = {};
  for (const question of ORGANISATION_QUESTIONS) {
    const { answer, note, askedOn } = draft.questions[question];
    const record: QuestionRecord = { answer, note: note.trim(), askedOn: askedOn || null };
    // A question never touched stays out of the record, as in a new organisation.
    if (record.answer !== 'not-asked' || record.note || record.askedOn) questions[question] = record;
  }
  return questions;
}

interface OrganisationDetailProps {
  organisation: Organisation;
  /** Just added: say so, and invite the survivor to note the answers. */
  added: boolean;
  onBack: () => void;
}

export function OrganisationDetail({ organisation, added, onBack }: OrganisationDetailProps) {
  const { t } = useTranslation('organisations');
  const session = useSession();
  const form = useRef<HTMLFormElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(organisation));
  const [baseline, setBaseline] = useState(() => fingerprint(draft));
  const [nameError, setNameError] = useState<string | null>(null);
  const [phoneErrors, setPhoneErrors] = useState<ReadonlySet<number>>(new Set());
  const [invalidShown, setInvalidShown] = useState(0);
  const [showAdded, setShowAdded] = useState(added);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const dirty = fingerprint(draft) !== baseline;

  // After a refused save, take the person to the first thing to fix.
  useEffect(() => {
    if (invalidShown > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidShown]);

  useEffect(() => {
    if (confirmingLeave) confirmation.current?.focus();
  }, [confirmingLeave]);

  function update(change: (current: Draft) => Draft) {
    setDraft(change);
    setMessage(null);
  }

  function change(fields: Partial<Draft>) {
    update((current) => ({ ...current, ...fields }));
  }

  function changeQuestion(question: OrganisationQuestion, fields: Partial<QuestionDraft>) {
    update((current) => {
      const previous = current.questions[question];
      const next = { ...previous, ...fields };
      // The day an answer is first given is most likely the day it was asked.
      if (fields.answer && fields.answer !== 'not-asked' && !previous.askedOn) next.askedOn = today();
      return { ...current, questions: { ...current.questions, [question]: next } };
    });
  }

  function forgetPhoneError(key: number) {
    setPhoneErrors((current) => (current.has(key) ? new Set([...current].filter((item) => item !== key)) : current));
  }

  function changePhone(key: number, fields: Partial<PhoneRow>) {
    update((current) => ({
      ...current,
      phones: current.phones.map((row) => (row.key === key ? { ...row, ...fields } : row)),
    }));
    if (fields.number !== undefined) forgetPhoneError(key);
  }

  function removePhone(key: number) {
    update((current) => ({ ...current, phones: current.phones.filter((row) => row.key !== key) }));
    forgetPhoneError(key);
  }

  function toggleHelp(help: OrganisationHelp, on: boolean) {
    update((current) => {
      const chosen = new Set(current.helps);
      if (on) chosen.add(help);
      else chosen.delete(help);
      return { ...current, helps: ORGANISATION_HELP.filter((item) => chosen.has(item)) };
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const submitted = draft;
    const name = draft.name.trim();
    const phones: Phone[] = [];
    const invalid = new Set<number>();
    for (const row of draft.phones) {
      if (!row.number.trim()) continue;
      const checked = checkPhone(row.number);
      if (checked.ok) phones.push({ kind: row.kind, number: checked.stored });
      else invalid.add(row.key);
    }
    setNameError(name ? null : t('name.required'));
    setPhoneErrors(invalid);
    if (!name || invalid.size > 0) {
      setInvalidShown((count) => count + 1);
      return;
    }

    const saved: Organisation = {
      ...organisation,
      name,
      type: draft.type,
      questions: questionsOf(draft),
      helps: draft.helps,
      phones,
      contactPerson: draft.contactPerson.trim(),
      email: draft.email.trim(),
      address: draft.address.trim(),
      website: draft.website.trim(),
      hours: draft.hours.trim(),
      notes: draft.notes,
      updatedAt: new Date().toISOString(),
    };
    setBusy(true);
    setMessage(null);
    setConfirmingLeave(false);
    try {
      await session.saveOrganisation(saved);
      const next = draftOf(saved);
      // Show the numbers as stored, unless the person kept typing while it saved.
      setDraft((current) => (current === submitted ? next : current));
      setBaseline(fingerprint(next));
      setShowAdded(false);
      setMessage({ tone: 'success', text: t('detail.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: t(errorKey(error)) });
    } finally {
      setBusy(false);
    }
  }

  function leave() {
    if (dirty) setConfirmingLeave(true);
    else onBack();
  }

  return (
    <form ref={form} className="organisation-detail" onSubmit={submit} noValidate>
      <Button onClick={leave}>{t('detail.back')}</Button>
      {confirmingLeave ? (
        <div ref={confirmation} tabIndex={-1} className="organisation-detail__confirm">
          <Notice tone="info" title={t('detail.unsaved.title')}>
            <p>{t('detail.unsaved.body')}</p>
            <div className="row">
              <Button onClick={() => setConfirmingLeave(false)}>{t('detail.unsaved.stay')}</Button>
              <Button variant="danger" onClick={onBack}>
                {t('detail.unsaved.leave')}
              </Button>
            </div>
          </Notice>
        </div>
      ) : null}
      {showAdded ? <Notice tone="success">{t('add.added', { name: organisation.name })}</Notice> : null}
      <p className="small">{t(`type.options.${organisation.type}.label`)}</p>

      <section className="card" aria-labelledby="organisation-questions-title">
        <h2 id="organisation-questions-title">{t('questions.title')}</h2>
        <p>{t('questions.intro')}</p>
        {ORGANISATION_QUESTIONS.map((question, index) => (
          <QuestionBlock
            key={question}
            question={question}
            number={index + 1}
            value={draft.questions[question]}
            onChange={(update) => changeQuestion(question, update)}
          />
        ))}
      </section>

      <section className="card" aria-labelledby="organisation-help-title">
        <h2 id="organisation-help-title">{t('help.title')}</h2>
        <fieldset className="choices">
          <legend className="field__label">{t('help.legend')}</legend>
          {ORGANISATION_HELP.map((help) => (
            <label key={help} className="check">
              <input
                type="checkbox"
                checked={draft.helps.includes(help)}
                onChange={(event) => toggleHelp(help, event.target.checked)}
              />
              <span>{t(`help.items.${help}`)}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section className="card" aria-labelledby="organisation-contact-title">
        <h2 id="organisation-contact-title">{t('contact.title')}</h2>
        <Field
          label={t('contact.person.label')}
          hint={t('contact.person.hint')}
          value={draft.contactPerson}
          onChange={(event) => change({ contactPerson: event.target.value })}
          autoComplete="off"
          maxLength={SHORT_MAX_LENGTH}
        />
        <PhoneRows
          rows={draft.phones}
          invalid={phoneErrors}
          onChange={changePhone}
          onAdd={() => update((current) => ({ ...current, phones: [...current.phones, phoneRow()] }))}
          onRemove={removePhone}
        />
        <Field
          label={t('contact.email.label')}
          value={draft.email}
          onChange={(event) => change({ email: event.target.value })}
          type="email"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          maxLength={SHORT_MAX_LENGTH}
        />
        <Field
          label={t('contact.address.label')}
          value={draft.address}
          onChange={(event) => change({ address: event.target.value })}
          autoComplete="off"
          maxLength={SHORT_MAX_LENGTH}
        />
        {/* Plain text on purpose: the app never loads or links to an address typed here. */}
        <Field
          label={t('contact.website.label')}
          hint={t('contact.website.hint')}
          value={draft.website}
          onChange={(event) => change({ website: event.target.value })}
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          maxLength={SHORT_MAX_LENGTH}
        />
        <Field
          label={t('contact.hours.label')}
          value={draft.hours}
          onChange={(event) => change({ hours: event.target.value })}
          autoComplete="off"
          maxLength={SHORT_MAX_LENGTH}
        />
        <TextArea
          label={t('contact.notes.label')}
          value={draft.notes}
          onChange={(event) => change({ notes: event.target.value })}
          maxLength={LONG_MAX_LENGTH}
        />
      </section>

      <section className="card" aria-labelledby="organisation-about-title">
        <h2 id="organisation-about-title">{t('about.title')}</h2>
        <Field
          label={t('name.label')}
          hint={t('name.hint')}
          error={nameError}
          value={draft.name}
          onChange={(event) => {
            change({ name: event.target.value });
            setNameError(null);
          }}
          autoComplete="off"
          maxLength={NAME_MAX_LENGTH}
          required
        />
        <TypeChoice value={draft.type} onChange={(type) => change({ type })} />
      </section>

      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('detail.saving') : t('common:actions.save')}
        </Button>
        <Button onClick={leave} disabled={busy}>
          {t('detail.back')}
        </Button>
      </div>
    </form>
  );
}

interface QuestionBlockProps {
  question: OrganisationQuestion;
  number: number;
  value: QuestionDraft;
  onChange: (update: Partial<QuestionDraft>) => void;
}

function QuestionBlock({ question, number, value, onChange }: QuestionBlockProps) {
  const { t } = useTranslation('organisations');
  const id = useId();
  const legendId = `${id}-legend`;
  return (
    <div className="question">
      <fieldset className="choices">
        <legend id={legendId} className="question__legend">
          <span className="question__number">{number}.</span> {t(`questions.items.${question}`)}
        </legend>
        <div className="question__answers">
          {ORGANISATION_ANSWERS.map((answer) => (
            <label key={answer} className="choice">
              <input
                type="radio"
                name={`${id}-answer`}
                value={answer}
                checked={value.answer === answer}
                onChange={() => onChange({ answer })}
              />
              <span>{t(`questions.answers.${answer}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {question === 'contactsImmigration' && value.answer === 'yes' ? (
        <Notice tone="info">{t('questions.immigrationCaution')}</Notice>
      ) : null}
      <TextArea
        label={t('questions.note')}
        describedBy={legendId}
        value={value.note}
        onChange={(event) => onChange({ note: event.target.value })}
        maxLength={LONG_MAX_LENGTH}
      />
      <Field
        label={t('questions.askedOn')}
        aria-describedby={legendId}
        type="date"
        value={value.askedOn}
        max={today()}
        onChange={(event) => onChange({ askedOn: event.target.value })}
        className="question__date"
      />
    </div>
  );
}

interface PhoneRowsProps {
  rows: readonly PhoneRow[];
  invalid: ReadonlySet<number>;
  onChange: (key: number, update: Partial<PhoneRow>) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
}

function PhoneRows({ rows, invalid, onChange, onAdd, onRemove }: PhoneRowsProps) {
  const { t } = useTranslation('organisations');
  const id = useId();
  return (
    <fieldset className="choices phones" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('phones.legend')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('phones.hint')}
      </p>
      {rows.length === 0 ? <p className="small">{t('phones.none')}</p> : null}
      {rows.map((row, index) => (
        <div key={row.key} className="organisation-phone">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-${row.key}-kind`}>
              {t('phones.kind', { index: index + 1 })}
            </label>
            <select
              id={`${id}-${row.key}-kind`}
              value={row.kind}
              onChange={(event) => onChange(row.key, { kind: event.target.value as PhoneKind })}
            >
              {PHONE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`phones.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <Field
            label={t('phones.number', { index: index + 1 })}
            error={invalid.has(row.key) ? t('phones.invalid') : null}
            value={row.number}
            onChange={(event) => onChange(row.key, { number: event.target.value })}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            dir="ltr"
            maxLength={40}
          />
          <Button variant="danger" onClick={() => onRemove(row.key)}>
            {t('phones.remove', { index: index + 1 })}
          </Button>
        </div>
      ))}
      {rows.length < PHONE_MAX_COUNT ? <Button onClick={onAdd}>{t('phones.add')}</Button> : null}
    </fieldset>
  );
}

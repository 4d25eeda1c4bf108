/** The sections of one organisation's page, each editing its part of the draft. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/limits';
import {
  ORGANISATION_ANSWERS,
  ORGANISATION_HELP,
  ORGANISATION_QUESTIONS,
  type OrganisationQuestion,
} from '../../domain/organisation';
import {
  ORGANISATION_PHONE_KIND,
  type OrganisationDraft,
  type QuestionDraft,
  today,
} from '../../domain/organisation-draft';
import type { PhoneDraft } from '../../domain/phone-draft';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PhoneList } from '../../ui/PhoneList';
import { optionsOf } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import type { FieldErrors } from '../field-errors';
import { TypeChoice } from './TypeChoice';

type Change = (patch: Partial<OrganisationDraft>) => void;

interface QuestionsSectionProps {
  questions: OrganisationDraft['questions'];
  onChange: (question: OrganisationQuestion, change: Partial<QuestionDraft>) => void;
}

/** The five questions to ask before sharing, with what they said and when. */
export function QuestionsSection({ questions, onChange }: QuestionsSectionProps) {
  const { t } = useTranslation('organisations');
  return (
    <section className="card" aria-labelledby="organisation-questions-title">
      <h2 id="organisation-questions-title">{t('questions.title')}</h2>
      <p>{t('questions.intro')}</p>
      {ORGANISATION_QUESTIONS.map((question, index) => (
        <QuestionBlock
          key={question}
          question={question}
          number={index + 1}
          value={questions[question]}
          onChange={(change) => onChange(question, change)}
        />
      ))}
    </section>
  );
}

interface QuestionBlockProps {
  question: OrganisationQuestion;
  number: number;
  value: QuestionDraft;
  onChange: (change: Partial<QuestionDraft>) => void;
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
        limit={LIMITS.longText}
      />
      <Field
        label={t('questions.askedOn')}
        aria-describedby={legendId}
        type="date"
        value={value.askedOn}
        max={today(new Date())}
        onChange={(event) => onChange({ askedOn: event.target.value })}
        className="question__date"
      />
    </div>
  );
}

/** The ways the organisation might help, in the guide's order. */
export function HelpSection({ helps, onChange }: { helps: OrganisationDraft['helps']; onChange: Change }) {
  const { t } = useTranslation('organisations');
  return (
    <section className="card" aria-labelledby="organisation-help-title">
      <h2 id="organisation-help-title">{t('help.title')}</h2>
      <CheckboxGroup
        legend={t('help.legend')}
        options={optionsOf(ORGANISATION_HELP, (help) => t(`help.items.${help}`))}
        value={helps}
        onChange={(next) => onChange({ helps: next })}
      />
    </section>
  );
}

interface ContactSectionProps {
  draft: OrganisationDraft;
  onChange: Change;
  /** A refused save's message on the field it names. */
  errors: FieldErrors;
  /** Rows kept as typed: a gentle note beside each. */
  unchecked: ReadonlySet<string>;
  onPhones: (phones: PhoneDraft[], changed: string) => void;
}

const NO_ROWS: ReadonlySet<string> = new Set();

/** Who to ask for and how to reach them. */
export function ContactSection({ draft, onChange, errors, unchecked, onPhones }: ContactSectionProps) {
  const { t } = useTranslation('organisations');
  return (
    <section className="card" aria-labelledby="organisation-contact-title">
      <h2 id="organisation-contact-title">{t('contact.title')}</h2>
      <Field
        label={t('contact.person.label')}
        hint={t('contact.person.hint')}
        error={errors.contactPerson}
        value={draft.contactPerson}
        onChange={(event) => onChange({ contactPerson: event.target.value })}
        autoComplete="off"
        limit={LIMITS.shortText}
      />
      <PhoneList
        rows={draft.phones}
        onChange={onPhones}
        invalid={NO_ROWS}
        unchecked={unchecked}
        newKind={ORGANISATION_PHONE_KIND}
        words={{
          legend: t('phones.legend'),
          hint: t('phones.hint'),
          none: t('phones.none'),
          kind: (index) => t('phones.kind', { index }),
          kindName: (kind) => t(`phones.kinds.${kind}`),
          number: (index) => t('phones.number', { index }),
          invalid: () => t('phones.invalid'),
          unchecked: () => t('phones.unchecked'),
          remove: (index) => t('phones.remove', { index }),
          add: t('phones.add'),
        }}
      />
      <Field
        label={t('contact.email.label')}
        error={errors.email}
        value={draft.email}
        onChange={(event) => onChange({ email: event.target.value })}
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        limit={LIMITS.shortText}
      />
      <Field
        label={t('contact.address.label')}
        error={errors.address}
        value={draft.address}
        onChange={(event) => onChange({ address: event.target.value })}
        autoComplete="off"
        limit={LIMITS.shortText}
      />
      {/* Plain text on purpose: the app never loads or links to an address typed here. */}
      <Field
        label={t('contact.website.label')}
        hint={t('contact.website.hint')}
        error={errors.website}
        value={draft.website}
        onChange={(event) => onChange({ website: event.target.value })}
        type="text"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        limit={LIMITS.shortText}
      />
      <Field
        label={t('contact.hours.label')}
        error={errors.hours}
        value={draft.hours}
        onChange={(event) => onChange({ hours: event.target.value })}
        autoComplete="off"
        limit={LIMITS.shortText}
      />
      <TextArea
        label={t('contact.notes.label')}
        value={draft.notes}
        onChange={(event) => onChange({ notes: event.target.value })}
        limit={LIMITS.longText}
      />
    </section>
  );
}

interface AboutSectionProps {
  draft: OrganisationDraft;
  nameError: string | null;
  errors: FieldErrors;
  onName: (name: string) => void;
  onChange: Change;
}

/** Whether to contact them only if another plan does not work (the guide's "emergency use only"). */
export function UseSection({ emergencyOnly, onChange }: { emergencyOnly: boolean; onChange: Change }) {
  const { t } = useTranslation('organisations');
  const hintId = useId();
  return (
    <section className="card" aria-labelledby="organisation-use-title">
      <h2 id="organisation-use-title">{t('use.title')}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={emergencyOnly}
          aria-describedby={hintId}
          onChange={(event) => onChange({ emergencyOnly: event.target.checked })}
        />
        <span>{t('use.emergencyOnly')}</span>
      </label>
      <p id={hintId} className="small">
        {t('use.hint')}
      </p>
    </section>
  );
}

/** Its name and kind, as chosen when it was added. */
export function AboutSection({ draft, nameError, errors, onName, onChange }: AboutSectionProps) {
  const { t } = useTranslation('organisations');
  return (
    <section className="card" aria-labelledby="organisation-about-title">
      <h2 id="organisation-about-title">{t('about.title')}</h2>
      <Field
        label={t('name.label')}
        hint={t('name.hint')}
        error={nameError ?? errors.name}
        value={draft.name}
        onChange={(event) => onName(event.target.value)}
        autoComplete="off"
        limit={LIMITS.organisationName}
        required
      />
      <TypeChoice value={draft.type} onChange={(type) => onChange({ type })} />
    </section>
  );
}

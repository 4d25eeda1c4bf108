/**
 * One organisation: the questions to ask before sharing, the ways it might
 * help, and how to reach it. Everything is edited as one draft and saved
 * together; a failed save keeps the draft as it is.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationQuestion } from '../../domain/organisation';
import {
  answerQuestion,
  CONTACT_FIELDS,
  type OrganisationDraft,
  organisationDraftOf,
  organisationFromDraft,
  type QuestionDraft,
  today,
} from '../../domain/organisation-draft';
import { defaultPhoneCountry } from '../../domain/phone';
import { type PhoneDraft, uncheckedRows } from '../../domain/phone-draft';
import { Button } from '../../ui/Button';
import { EditConflictQuestion } from '../../ui/EditConflictQuestion';
import { focusOverLimit } from '../../ui/field-limit';
import { Notice } from '../../ui/Notice';
import { UnsavedChanges, useLeaveGuard } from '../../ui/UnsavedChanges';
import { useDraft } from '../../ui/use-draft';
import { useErrorFocus } from '../../ui/use-error-focus';
import { EditConflict } from '../../vault';
import { errorMessage, errorText } from '../errors';
import { type FieldErrors, withoutFields } from '../field-errors';
import { useSession } from '../notebook';
import { deviceRegion } from '../phone-country';
import { AboutSection, ContactSection, HelpSection, QuestionsSection, UseSection } from './OrganisationSections';

// The list shows the count too; it lives in the domain.

/** The fields with an input of their own, where a refused save shows its message. */
const FIELD_INPUTS: ReadonlySet<string> = new Set(['name', ...CONTACT_FIELDS]);

/** Each field of an organisation by the words the form labels it with, for the question after a clash between tabs. */
const ORGANISATION_FIELD_NAMES: Readonly<Record<string, string>> = {
  name: 'name.label',
  type: 'type.legend',
  questions: 'questions.title',
  helps: 'help.title',
  emergencyOnly: 'use.title',
  contactPerson: 'contact.person.label',
  phones: 'phones.legend',
  email: 'contact.email.label',
  address: 'contact.address.label',
  website: 'contact.website.label',
  hours: 'contact.hours.label',
  notes: 'contact.notes.label',
};

interface OrganisationDetailProps {
  organisation: Organisation;
  /** Just added: say so, and invite the survivor to note the answers. */
  added: boolean;
  onBack: () => void;
}

export function OrganisationDetail({ organisation, added, onBack }: OrganisationDetailProps) {
  const { t } = useTranslation('organisations');
  const session = useSession();
  const [country] = useState(() => defaultPhoneCountry(deviceRegion()));
  const { draft, dirty, update, saved } = useDraft(organisation, (record) => organisationDraftOf(record, country));
  const { ref: form, focusFirstError } = useErrorFocus<HTMLFormElement>();
  const guard = useLeaveGuard(dirty, onBack);
  const [nameError, setNameError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(() => new Set(uncheckedRows(draft.phones, country)));
  const [showAdded, setShowAdded] = useState(added);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // What is stored, as this form last knew it: another tab's later change is merged on save, not overwritten.
  const [stored, setStored] = useState(organisation);
  const [conflict, setConflict] = useState<EditConflict<Organisation> | null>(null);

  function change(patch: Partial<OrganisationDraft> | ((current: OrganisationDraft) => Partial<OrganisationDraft>)) {
    update(patch);
    setMessage(null);
    if (typeof patch === 'object') {
      setFieldErrors((current) => withoutFields(current, Object.keys(patch)));
    }
  }

  function changeQuestion(question: OrganisationQuestion, patch: Partial<QuestionDraft>) {
    change((current) => ({
      questions: {
        ...current.questions,
        [question]: answerQuestion(current.questions[question], patch, today(new Date())),
      },
    }));
  }

  function changePhones(phones: PhoneDraft[], changed: string) {
    change({ phones });
    setUnchecked((current) => (current.has(changed) ? new Set([...current].filter((id) => id !== changed)) : current));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // A field over its limit keeps all its text and says so; nothing is saved until it is shortened.
    if (focusOverLimit(form.current)) return;
    const sent = draft;
    const result = organisationFromDraft(stored, draft, new Date().toISOString(), country);
    setNameError(result.nameMissing ? t('name.required') : null);
    setFieldErrors({});
    setBusy(true);
    setMessage(null);
    guard.stay();
    try {
      // Everything that can be kept is saved; a missing name keeps the one stored and waits, marked.
      await session.saveOrganisation(result.organisation, { base: stored });
      afterSave(result.organisation, sent, result.nameMissing);
    } catch (error) {
      if (error instanceof EditConflict) {
        setConflict(error as EditConflict<Organisation>);
        return;
      }
      const { field } = errorMessage(error);
      const text = errorText(t, error);
      if (field && FIELD_INPUTS.has(field)) {
        setFieldErrors({ [field]: text });
        focusFirstError();
      } else setMessage({ tone: 'error', text });
    } finally {
      setBusy(false);
    }
  }

  /** The organisation as saved is the form's new starting point. */
  function afterSave(savedOrganisation: Organisation, sent: OrganisationDraft, nameMissing: boolean) {
    setStored(savedOrganisation);
    const next = organisationDraftOf(savedOrganisation, country);
    saved(next, sent, nameMissing ? { ...next, name: sent.name } : next);
    setUnchecked(new Set(uncheckedRows(next.phones, country)));
    setShowAdded(false);
    setMessage({ tone: 'success', text: t(nameMissing ? 'detail.savedExceptName' : 'detail.saved') });
    if (nameMissing) focusFirstError();
  }

  /** The survivor chose whose version of the details both tabs changed: save that. */
  async function settle(choice: 'mine' | 'theirs') {
    if (!conflict) return;
    const chosen = { ...conflict.resolve(choice), updatedAt: new Date().toISOString() };
    const sent = draft;
    setBusy(true);
    try {
      await session.saveOrganisation(chosen, { base: conflict.stored });
      setConflict(null);
      // The form now shows what was saved, whichever version won.
      afterSave(chosen, sent, false);
    } catch (error) {
      if (error instanceof EditConflict) setConflict(error as EditConflict<Organisation>);
      else {
        setConflict(null);
        setMessage({ tone: 'error', text: errorText(t, error) });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="organisation-detail" onSubmit={submit} noValidate>
      <Button onClick={guard.leave}>{t('common:actions.back')}</Button>
      {guard.asking ? (
        <UnsavedChanges
          title={t('detail.unsaved.title')}
          body={t('detail.unsaved.body')}
          stayLabel={t('detail.unsaved.stay')}
          leaveLabel={t('detail.unsaved.leave')}
          onStay={guard.stay}
          onLeave={guard.confirm}
        />
      ) : null}
      {showAdded ? <Notice tone="success">{t('add.added', { name: organisation.name })}</Notice> : null}
      <p className="small">{t(`type.options.${organisation.type}.label`)}</p>

      <QuestionsSection questions={draft.questions} onChange={changeQuestion} />
      <HelpSection helps={draft.helps} onChange={change} />
      <UseSection emergencyOnly={draft.emergencyOnly} onChange={change} />
      <ContactSection
        draft={draft}
        onChange={change}
        errors={fieldErrors}
        unchecked={unchecked}
        onPhones={changePhones}
      />
      <AboutSection
        draft={draft}
        errors={fieldErrors}
        nameError={nameError}
        onName={(name) => {
          change({ name });
          setNameError(null);
        }}
        onChange={change}
      />

      {conflict ? (
        <EditConflictQuestion
          title={t('list:editConflict.title')}
          body={t('list:editConflict.body', { name: organisation.name })}
          fields={conflict.fields.map((field) => t(ORGANISATION_FIELD_NAMES[field] ?? 'list:editConflict.other'))}
          note={t('list:editConflict.note')}
          keepMineLabel={t('list:editConflict.keepMine')}
          keepTheirsLabel={t('list:editConflict.keepTheirs')}
          busy={busy}
          onKeepMine={() => void settle('mine')}
          onKeepTheirs={() => void settle('theirs')}
        />
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('detail.saving') : t('common:actions.save')}
        </Button>
        <Button onClick={guard.leave} disabled={busy}>
          {t('common:actions.back')}
        </Button>
      </div>
    </form>
  );
}

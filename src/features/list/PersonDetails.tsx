/**
 * Everything the survivor records about one person (step 5) and how much
 * they know (step 6). One form, saved in one go; leaving with changes not
 * saved asks first.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../domain/history';
import type { Person } from '../../domain/person';
import { type PersonDraft, personDraftOf, personFromDraft, personPhoneCountry } from '../../domain/person-draft';
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
import { useContents, useSession } from '../notebook';
import { deviceRegion } from '../phone-country';
import { recordChanges } from './history';
import {
  IdentitySection,
  LevelSection,
  MessagingSection,
  NotesField,
  PersonHistory,
  PhonesSection,
  PlaceSection,
  ReachSection,
  ReasonField,
  TasksSection,
} from './PersonSections';

interface PersonDetailsProps {
  personId: string;
  onDone: () => void;
}

export function PersonDetails({ personId, onDone }: PersonDetailsProps) {
  const { people, history } = useContents();
  const person = people.find((item) => item.id === personId);
  if (!person) return null;
  return (
    <DetailsForm person={person} history={history.filter((entry) => entry.personId === personId)} onDone={onDone} />
  );
}

interface DetailsFormProps {
  person: Person;
  history: readonly HistoryEntry[];
  onDone: () => void;
}

/** The fields with an input of their own, where a refused save shows its message. */
const FIELD_INPUTS: ReadonlySet<string> = new Set([
  'label',
  'fullName',
  'relationship',
  'phoneLabel',
  'languages',
  'bestTimes',
]);

/** Each field of a person by the words the form labels it with, for the question after a clash between tabs. */
const PERSON_FIELD_NAMES: Readonly<Record<string, string>> = {
  label: 'details.label',
  fullName: 'details.fullName',
  relationship: 'details.relationship',
  phoneLabel: 'details.phoneLabel',
  circle: 'details.circle',
  country: 'details.country',
  phoneCountry: 'details.phoneCountry',
  phones: 'details.phones',
  messaging: 'details.messaging',
  languages: 'details.languages',
  bestTimes: 'details.bestTimes',
  reachBy: 'details.reachBy',
  tasks: 'details.tasks',
  ownTasks: 'details.ownTasks',
  screening: 'editConflict.screening',
  level: 'details.level',
  category: 'details.category',
  notes: 'details.notes',
};

function personFieldName(field: string): string {
  return PERSON_FIELD_NAMES[field] ?? 'editConflict.other';
}

function DetailsForm({ person, history, onDone }: DetailsFormProps) {
  const { t } = useTranslation('list');
  const session = useSession();
  // The survivor's own default, read once: the form must not change its mind while open.
  const [fallback] = useState(deviceRegion);
  const { draft, dirty, update, saved } = useDraft(person, (record) => personDraftOf(record, fallback));
  const { ref: form, focusFirstError } = useErrorFocus<HTMLFormElement>();
  const guard = useLeaveGuard(dirty, onDone);
  const [reason, setReason] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(
    () => new Set(uncheckedRows(draft.phones, personPhoneCountry(draft.phoneCountry, fallback))),
  );
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // What is stored now: after a save that kept the old name, the next save starts from it.
  // Kept as it was when the form opened, even when another tab changes the person meanwhile.
  const [stored, setStored] = useState(person);
  const [conflict, setConflict] = useState<EditConflict<Person> | null>(null);

  /** The survivor chose whose version of the details both tabs changed: save that, and go back. */
  async function settle(choice: 'mine' | 'theirs') {
    if (!conflict) return;
    const chosen = { ...conflict.resolve(choice), updatedAt: new Date().toISOString() };
    setBusy(true);
    try {
      await session.savePerson(chosen, { base: conflict.stored });
      await recordChanges(session, conflict.stored, chosen, reason.trim());
      onDone();
    } catch (error) {
      if (error instanceof EditConflict) setConflict(error as EditConflict<Person>);
      else {
        setConflict(null);
        setMessage({ tone: 'error', text: errorText(t, error) });
      }
      setBusy(false);
    }
  }

  function change(patch: Partial<PersonDraft>) {
    update(patch);
    setMessage(null);
    setFieldErrors((current) => withoutFields(current, Object.keys(patch)));
  }

  function changePhones(phones: PhoneDraft[], changed: string) {
    change({ phones });
    setUnchecked((current) => (current.has(changed) ? new Set([...current].filter((id) => id !== changed)) : current));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    // A field over its limit keeps all its text and says so; nothing is saved until it is shortened.
    if (focusOverLimit(form.current)) return;
    const sent = draft;
    const result = personFromDraft(stored, draft, new Date().toISOString(), fallback);
    setLabelError(result.labelMissing ? t('people:form.labelRequired') : null);
    setFieldErrors({});
    setBusy(true);
    setMessage(null);
    guard.stay();
    try {
      // Everything that can be kept is saved; a missing name keeps the one stored and waits, marked.
      // A change another tab made since this form opened is merged, never overwritten.
      await session.savePerson(result.person, { base: stored });
      await recordChanges(session, stored, result.person, reason.trim());
      if (!result.labelMissing) {
        onDone();
        return;
      }
      const next = personDraftOf(result.person, fallback);
      saved(next, sent, { ...next, label: sent.label });
      setStored(result.person);
      setReason('');
      setUnchecked(new Set(uncheckedRows(next.phones, personPhoneCountry(next.phoneCountry, fallback))));
      setMessage({ tone: 'success', text: t('details.savedExceptLabel') });
      focusFirstError();
    } catch (error) {
      if (error instanceof EditConflict) {
        setConflict(error as EditConflict<Person>);
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

  const decisionChanged = draft.level !== stored.level || draft.category !== stored.category;
  return (
    <form ref={form} onSubmit={save} noValidate className="details">
      <h2>{t('details.title', { label: person.label })}</h2>
      <IdentitySection
        draft={draft}
        onChange={change}
        labelError={labelError}
        errors={fieldErrors}
        fallbackCountry={personPhoneCountry(null, fallback)}
        onLabel={(label) => {
          change({ label });
          setLabelError(null);
        }}
      />
      <PlaceSection category={draft.category} onChange={change} />
      <LevelSection level={draft.level} onChange={change} />
      {decisionChanged ? <ReasonField value={reason} onChange={setReason} /> : null}
      <PersonHistory entries={history} />
      <PhonesSection phones={draft.phones} unchecked={unchecked} onPhones={changePhones} />
      <MessagingSection draft={draft} onChange={change} />
      <ReachSection draft={draft} onChange={change} errors={fieldErrors} />
      <TasksSection draft={draft} onChange={change} />
      <NotesField draft={draft} onChange={change} />

      {guard.asking ? (
        <UnsavedChanges
          title={t('details.unsaved.title')}
          body={t('details.unsaved.body')}
          stayLabel={t('details.unsaved.stay')}
          leaveLabel={t('details.unsaved.leave')}
          onStay={guard.stay}
          onLeave={guard.confirm}
        />
      ) : null}
      {conflict ? (
        <EditConflictQuestion
          title={t('editConflict.title')}
          body={t('editConflict.body', { name: person.label })}
          fields={conflict.fields.map((field) => t(personFieldName(field)))}
          note={t('editConflict.note')}
          keepMineLabel={t('editConflict.keepMine')}
          keepTheirsLabel={t('editConflict.keepTheirs')}
          busy={busy}
          onKeepMine={() => void settle('mine')}
          onKeepTheirs={() => void settle('theirs')}
        />
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('common:actions.save')}
        </Button>
        <Button onClick={guard.leave} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

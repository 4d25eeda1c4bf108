/**
 * Everything the survivor records about one person (step 5) and how much
 * they know (step 6). One form, saved in one go; leaving with changes not
 * saved asks first.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../domain/history';
import type { Person } from '../../domain/person';
import { type PersonDraft, personDraftOf, personFromDraft } from '../../domain/person-draft';
import type { PhoneDraft } from '../../domain/phone-draft';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { UnsavedChanges, useLeaveGuard } from '../../ui/UnsavedChanges';
import { useDraft } from '../../ui/use-draft';
import { useErrorFocus } from '../../ui/use-error-focus';
import { errorText } from '../errors';
import { useContents, useSession } from '../notebook';
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

function DetailsForm({ person, history, onDone }: DetailsFormProps) {
  const { t } = useTranslation('list');
  const session = useSession();
  const { draft, dirty, update } = useDraft(person, personDraftOf);
  const { ref: form, focusFirstError } = useErrorFocus<HTMLFormElement>();
  const guard = useLeaveGuard(dirty, onDone);
  const [reason, setReason] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const [invalidPhones, setInvalidPhones] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function change(patch: Partial<PersonDraft>) {
    update(patch);
    setProblem(null);
  }

  function changePhones(phones: PhoneDraft[], changed: string) {
    change({ phones });
    setInvalidPhones((current) =>
      current.has(changed) ? new Set([...current].filter((id) => id !== changed)) : current,
    );
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = personFromDraft(person, draft, new Date().toISOString());
    setLabelError(!result.ok && result.labelMissing ? t('people:form.labelRequired') : null);
    setInvalidPhones(new Set(result.ok ? [] : result.invalidPhones));
    if (!result.ok) {
      focusFirstError();
      return;
    }
    setBusy(true);
    setProblem(null);
    guard.stay();
    try {
      await session.savePerson(result.person);
      await recordChanges(session, person, result.person, reason.trim());
      onDone();
    } catch (error) {
      setProblem(errorText(t, error));
      setBusy(false);
    }
  }

  const decisionChanged = draft.level !== person.level || draft.category !== person.category;
  return (
    <form ref={form} onSubmit={save} noValidate className="details">
      <h2>{t('details.title', { label: person.label })}</h2>
      <IdentitySection
        draft={draft}
        onChange={change}
        labelError={labelError}
        onLabel={(label) => {
          change({ label });
          setLabelError(null);
        }}
      />
      <PlaceSection category={draft.category} onChange={change} />
      <LevelSection level={draft.level} onChange={change} />
      {decisionChanged ? <ReasonField value={reason} onChange={setReason} /> : null}
      <PersonHistory entries={history} />
      <PhonesSection phones={draft.phones} invalid={invalidPhones} onPhones={changePhones} />
      <MessagingSection draft={draft} onChange={change} />
      <ReachSection draft={draft} onChange={change} />
      <TasksSection draft={draft} onChange={change} />
      <NotesField draft={draft} onChange={change} />

      {guard.asking ? (
        <UnsavedChanges
          title={t('details.unsaved.title')}
          body={t('details.unsaved.body')}
          stayLabel={t('details.unsaved.stay')}
          leaveLabel={t('details.unsaved.leave')}
          onStay={guard.stay}
          onLeave={onDone}
        />
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
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

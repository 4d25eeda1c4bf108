import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/limits';
import { newOrganisation, type Organisation, type OrganisationType } from '../../domain/organisation';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { focusOverLimit } from '../../ui/field-limit';
import { Notice } from '../../ui/Notice';
import { newRecordId } from '../../vault';
import { errorText } from '../errors';
import { useSession } from '../notebook';
import { TypeChoice } from './TypeChoice';

interface AddOrganisationProps {
  onAdded: (organisation: Organisation) => void;
  onCancel: () => void;
}

/** The first step for a new organisation: only its name and kind. */
export function AddOrganisation({ onAdded, onCancel }: AddOrganisationProps) {
  const { t } = useTranslation('organisations');
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState('');
  const [type, setType] = useState<OrganisationType | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // A name over its limit keeps all its text and says so; nothing is saved until it is shortened.
    if (focusOverLimit(event.currentTarget)) return;
    const trimmed = name.trim();
    setNameError(trimmed ? null : t('name.required'));
    if (!trimmed) return;
    const now = new Date().toISOString();
    // Nothing chosen means the survivor was not sure: "other" is the honest default.
    const organisation = { ...newOrganisation({ id: newRecordId(), name: trimmed, now }), type: type ?? 'other' };
    setBusy(true);
    setProblem(null);
    try {
      await session.saveOrganisation(organisation);
      onAdded(organisation);
    } catch (error) {
      setProblem(errorText(t, error));
      setBusy(false);
    }
  }

  return (
    <form className="card organisation-add" onSubmit={submit} noValidate aria-labelledby="organisation-add-title">
      <h2 id="organisation-add-title" ref={heading} tabIndex={-1}>
        {t('add.title')}
      </h2>
      <Field
        label={t('name.label')}
        hint={t('name.hint')}
        error={nameError}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        limit={LIMITS.organisationName}
        required
      />
      <TypeChoice value={type} onChange={setType} />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('add.saving') : t('common:actions.save')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

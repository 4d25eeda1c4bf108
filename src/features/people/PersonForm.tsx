/**
 * The quick way to add someone: the name to show, one phone number if the
 * survivor has it, and whether this is someone to contact first. That is a
 * first useful list; the questions, details and levels come later, offered
 * on the list, never required.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/limits';
import { newPerson, type Person } from '../../domain/person';
import { checkPhone, defaultPhoneCountry } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { focusOverLimit } from '../../ui/field-limit';
import { Notice } from '../../ui/Notice';
import { usePendingChanges } from '../../ui/pending-changes';
import { UnsavedChanges } from '../../ui/UnsavedChanges';
import { newRecordId } from '../../vault';
import { errorText } from '../errors';
import { useSession } from '../notebook';
import { deviceRegion } from '../phone-country';

interface PersonFormProps {
  /** The person was saved. */
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

export function PersonForm({ onSaved, onCancel }: PersonFormProps) {
  const { t } = useTranslation('people');
  const session = useSession();
  const [label, setLabel] = useState('');
  const [phone, setPhone] = useState('');
  const [first, setFirst] = useState(false);
  const [labelError, setLabelError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Leaving by the top bar with something typed asks first, as every form does.
  const pending = usePendingChanges(!busy && (label.trim() !== '' || phone.trim() !== ''));
  const firstHint = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // A field over its limit keeps all its text and says so; nothing is saved until it is shortened.
    if (focusOverLimit(form)) return;
    const trimmed = label.trim();
    setLabelError(trimmed ? null : t('form.labelRequired'));
    if (!trimmed) {
      // The field to fix takes the focus, so its message is read with it.
      form.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }

    const now = new Date().toISOString();
    // A number that cannot be checked is kept as typed: it never stops the person being added.
    const person: Person = {
      ...newPerson({ id: newRecordId(), label: trimmed, now }),
      phones: phone.trim()
        ? [{ kind: 'mobile', number: checkPhone(phone, defaultPhoneCountry(deviceRegion())).stored }]
        : [],
      category: first ? 'primary' : null,
    };
    setBusy(true);
    setProblem(null);
    try {
      await session.savePerson(person);
      onSaved(person);
    } catch (error) {
      setProblem(errorText(t, error));
      setBusy(false);
    }
  }

  return (
    <form className="card quick-add" onSubmit={submit} noValidate aria-labelledby="person-form-title">
      <h2 id="person-form-title">{t('form.addTitle')}</h2>
      <Field
        label={t('form.label')}
        hint={t('form.labelHint')}
        error={labelError}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        autoComplete="off"
        enterKeyHint="next"
        limit={LIMITS.personLabel}
        required
        // Opened by a tap on "Add someone": the name is what comes next.
        autoFocus
      />
      <Field
        label={t('form.phone')}
        hint={t('form.phoneHint')}
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        enterKeyHint="done"
        dir="ltr"
        limit={LIMITS.phoneNumber}
      />
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={first}
            onChange={(event) => setFirst(event.target.checked)}
            aria-describedby={firstHint}
          />
          <span>{t('form.first')}</span>
        </label>
        <p id={firstHint} className="field__hint">
          {t('form.firstHint')}
        </p>
      </div>
      {pending.asking ? (
        <UnsavedChanges
          title={t('list:details.unsaved.title')}
          body={t('list:details.unsaved.body')}
          stayLabel={t('list:details.unsaved.stay')}
          leaveLabel={t('list:details.unsaved.leave')}
          onStay={pending.stay}
          onLeave={pending.confirm}
        />
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('form.saving') : t('common:actions.save')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

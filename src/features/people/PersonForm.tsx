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
import { checkPhone } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { newRecordId } from '../../vault';
import { errorText } from '../errors';
import { useSession } from '../notebook';

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
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstHint = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const trimmed = label.trim();
    const checked = phone.trim() ? checkPhone(phone) : null;
    setLabelError(trimmed ? null : t('form.labelRequired'));
    setPhoneError(checked && !checked.ok ? t('form.phoneInvalid') : null);
    if (!trimmed || (checked && !checked.ok)) {
      // The first field to fix takes the focus, so its message is read with it.
      form.querySelector<HTMLInputElement>(trimmed ? 'input[type="tel"]' : 'input')?.focus();
      return;
    }

    const now = new Date().toISOString();
    const person: Person = {
      ...newPerson({ id: newRecordId(), label: trimmed, now }),
      phones: checked?.ok ? [{ kind: 'mobile', number: checked.stored }] : [],
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
        maxLength={LIMITS.personLabel}
        required
        // Opened by a tap on "Add someone": the name is what comes next.
        autoFocus
      />
      <Field
        label={t('form.phone')}
        hint={t('form.phoneHint')}
        error={phoneError}
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        enterKeyHint="done"
        dir="ltr"
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

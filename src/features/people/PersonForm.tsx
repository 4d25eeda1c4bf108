import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/limits';
import { newPerson } from '../../domain/person';
import { checkPhone } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { newRecordId } from '../../vault';
import { errorText } from '../errors';
import { useSession } from '../notebook';

/** Adds a person quickly: the name to show and one phone number. Details come later. */
export function PersonForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('people');
  const session = useSession();
  const [label, setLabel] = useState('');
  const [phone, setPhone] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = label.trim();
    const checked = phone.trim() ? checkPhone(phone) : null;
    setLabelError(trimmed ? null : t('form.labelRequired'));
    setPhoneError(checked && !checked.ok ? t('form.phoneInvalid') : null);
    if (!trimmed || (checked && !checked.ok)) return;

    const now = new Date().toISOString();
    const person = newPerson({ id: newRecordId(), label: trimmed, now });
    const phones = checked?.ok ? [{ kind: 'mobile' as const, number: checked.stored }] : [];
    setBusy(true);
    setProblem(null);
    try {
      await session.savePerson({ ...person, phones });
      onDone();
    } catch (error) {
      setProblem(errorText(t, error));
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="person-form-title">
      <h2 id="person-form-title">{t('form.addTitle')}</h2>
      <Field
        label={t('form.label')}
        hint={t('form.labelHint')}
        error={labelError}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        autoComplete="off"
        maxLength={LIMITS.personLabel}
        required
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
        dir="ltr"
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('form.saving') : t('common:actions.save')}
        </Button>
        <Button onClick={onDone} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

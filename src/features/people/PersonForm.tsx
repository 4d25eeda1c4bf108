import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/limits';
import { newPerson } from '../../domain/person';
import { checkPhone, defaultPhoneCountry } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { usePendingChanges } from '../../ui/pending-changes';
import { UnsavedChanges } from '../../ui/UnsavedChanges';
import { newRecordId } from '../../vault';
import { errorText } from '../errors';
import { useSession } from '../notebook';
import { deviceRegion } from '../phone-country';

/** Adds a person quickly: the name to show and one phone number. Details come later. */
export function PersonForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('people');
  const session = useSession();
  const [label, setLabel] = useState('');
  const [phone, setPhone] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Leaving by the top bar with something typed asks first, as every form does.
  const pending = usePendingChanges(!busy && (label.trim() !== '' || phone.trim() !== ''));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = label.trim();
    setLabelError(trimmed ? null : t('form.labelRequired'));
    if (!trimmed) return;

    const now = new Date().toISOString();
    const person = newPerson({ id: newRecordId(), label: trimmed, now });
    // A number that cannot be checked is kept as typed: it never stops the person being added.
    const phones = phone.trim()
      ? [{ kind: 'mobile' as const, number: checkPhone(phone, defaultPhoneCountry(deviceRegion())).stored }]
      : [];
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
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        dir="ltr"
        maxLength={LIMITS.phoneNumber}
      />
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
        <Button onClick={onDone} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

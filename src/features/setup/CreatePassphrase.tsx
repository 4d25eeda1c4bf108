import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { errorKey } from '../errors';
import { LanguagePicker } from '../language/LanguagePicker';
import { useSession } from '../notebook';
import { PassphraseStrength } from './PassphraseStrength';

export const MIN_PASSPHRASE_LENGTH = 8;

/** First run: the survivor chooses the passphrase that locks the notebook. */
export function CreatePassphrase() {
  const { t } = useTranslation('setup');
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [visible, setVisible] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      setProblem(t('passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH }));
      return;
    }
    if (passphrase !== confirmation) {
      setProblem(t('passphrase.mismatch'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await session.create(passphrase);
    } catch (error) {
      setProblem(t(errorKey(error)));
      setBusy(false);
    }
  }

  return (
    <Screen title={t('title')}>
      <LanguagePicker />
      <p>{t('intro')}</p>
      <p>{t('safety:exit.howTo')}</p>
      <section className="advice" aria-labelledby="passphrase-advice">
        <h2 id="passphrase-advice">{t('passphrase.advice.title')}</h2>
        <ul>
          <li>{t('passphrase.advice.long')}</li>
          <li>{t('passphrase.advice.personal')}</li>
          <li>{t('passphrase.advice.forget')}</li>
        </ul>
      </section>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('passphrase.label')}
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          required
        />
        <PassphraseStrength passphrase={passphrase} />
        <Field
          label={t('passphrase.confirmLabel')}
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          required
        />
        <label className="check">
          <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
          <span>{t('passphrase.show')}</span>
        </label>
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        {busy ? <Notice tone="info">{t('passphrase.creating')}</Notice> : null}
        <Button type="submit" variant="primary" disabled={busy}>
          {t('passphrase.create')}
        </Button>
      </form>
    </Screen>
  );
}

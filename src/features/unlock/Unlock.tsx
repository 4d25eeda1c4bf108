import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identityName } from '../../safety/identity';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { errorKey } from '../errors';
import { LanguagePicker } from '../language/LanguagePicker';
import { useSession } from '../notebook';

/** Later runs: the passphrase opens the notebook. The screen says nothing of what is inside. */
export function Unlock() {
  const { t } = useTranslation('unlock');
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return;
    setBusy(true);
    setProblem(null);
    try {
      await session.unlock(passphrase);
    } catch (error) {
      setProblem(t(errorKey(error)));
      setPassphrase('');
      setBusy(false);
      input.current?.querySelector('input')?.focus();
    }
  }

  return (
    <Screen title={identityName()}>
      <LanguagePicker />
      <form ref={input} onSubmit={submit} noValidate>
        <Field
          label={t('label')}
          type="password"
          autoComplete="current-password"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={problem}
          required
        />
        {busy ? <Notice tone="info">{t('opening')}</Notice> : null}
        <Button type="submit" variant="primary" disabled={busy || !passphrase}>
          {t('submit')}
        </Button>
      </form>
      <p className="small">{t('forgot')}</p>
    </Screen>
  );
}

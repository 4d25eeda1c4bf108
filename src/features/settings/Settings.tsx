import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import type { PersistenceStatus } from '../../vault';
import { errorKey } from '../errors';
import { LanguagePicker } from '../language/LanguagePicker';
import { useSession } from '../notebook';
import { ReviewSettings } from '../review/ReviewSettings';
import { MIN_PASSPHRASE_LENGTH } from '../setup/CreatePassphrase';
import { PassphraseStrength } from '../setup/PassphraseStrength';
import { StorageWarning, usePersistence } from '../storage/StorageWarning';
import { IdentitySettings } from './IdentitySettings';
import { PrivacySettings } from './PrivacySettings';

interface SettingsProps {
  /** Opens the protected copy, offered when the browser may delete the notebook. */
  onBackup: () => void;
}

export function Settings({ onBackup }: SettingsProps) {
  const { t } = useTranslation('settings');
  return (
    <Screen title={t('title')}>
      <LanguagePicker />
      <PrivacySettings />
      <ReviewSettings />
      <IdentitySettings />
      <StorageStatus onBackup={onBackup} />
      <ChangePassphrase />
      <DeleteEverything />
    </Screen>
  );
}

const PERSISTENCE_KEYS = {
  checking: 'storage.checking',
  asking: 'storage.asking',
  persisted: 'storage.persisted',
  'not-persisted': 'storage.notPersisted',
  unsupported: 'storage.unsupported',
} as const satisfies Record<PersistenceStatus, string>;

/** The browser's answer about keeping the notebook, as it comes, and what may happen without it. */
function StorageStatus({ onBackup }: SettingsProps) {
  const { t } = useTranslation('settings');
  const session = useSession();
  const persistence = usePersistence();
  useEffect(() => {
    // The browser may have decided on its own since it was asked.
    void session.refreshPersistence();
  }, [session]);
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p data-testid="persistence">{t(PERSISTENCE_KEYS[persistence])}</p>
      <StorageWarning moment="later" onBackup={onBackup} />
    </section>
  );
}

function ChangePassphrase() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ([...next].length < MIN_PASSPHRASE_LENGTH) {
      setMessage({ tone: 'error', text: t('setup:passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH }) });
      return;
    }
    if (next !== confirmation) {
      setMessage({ tone: 'error', text: t('setup:passphrase.mismatch') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await session.changePassphrase(current, next);
      setMessage({ tone: 'success', text: t('passphrase.done') });
      setCurrent('');
      setNext('');
      setConfirmation('');
    } catch (error) {
      setMessage({ tone: 'error', text: t(errorKey(error)) });
    } finally {
      setBusy(false);
    }
  }

  const secret = { type: 'password', autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } as const;
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">{t('passphrase.title')}</h2>
      <Field
        label={t('passphrase.current')}
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        {...secret}
      />
      <Field
        label={t('passphrase.next')}
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        {...secret}
      />
      <PassphraseStrength passphrase={next} />
      <Field
        label={t('passphrase.confirm')}
        autoComplete="new-password"
        value={confirmation}
        onChange={(e) => setConfirmation(e.target.value)}
        {...secret}
      />
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Button type="submit" variant="primary" disabled={busy || !current || !next}>
        {busy ? t('passphrase.changing') : t('passphrase.submit')}
      </Button>
    </form>
  );
}

function DeleteEverything() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function erase() {
    setBusy(true);
    setProblem(null);
    try {
      await session.deleteEverything();
    } catch (error) {
      setProblem(t(errorKey(error)));
      setBusy(false);
    }
  }

  return (
    <section className="card card--danger" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{t('erase.intro')}</p>
      {confirming ? (
        <section className="confirm" aria-labelledby="erase-confirm-title">
          <p id="erase-confirm-title" className="strong">
            {t('erase.confirmTitle')}
          </p>
          <p>{t('erase.confirmBody')}</p>
          {problem ? <Notice tone="error">{problem}</Notice> : null}
          <div className="row">
            <Button variant="danger" onClick={erase} disabled={busy}>
              {busy ? t('erase.deleting') : t('erase.confirm')}
            </Button>
            <Button onClick={() => setConfirming(false)} disabled={busy}>
              {t('erase.keep')}
            </Button>
          </div>
        </section>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('erase.start')}
        </Button>
      )}
    </section>
  );
}

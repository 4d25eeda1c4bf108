/**
 * The protected copy: everything in one file, locked with a passphrase the
 * survivor chooses; and the way back, which shows what a file holds before
 * anything changes, then replaces or merges.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/dates';
import { dateStamp, saveFile } from '../../ui/download';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { isVaultError, type OpenedBackup } from '../../vault';
import { errorKey } from '../errors';
import { useSession } from '../notebook';
import { MIN_PASSPHRASE_LENGTH } from '../setup/CreatePassphrase';

export function Backup() {
  const { t } = useTranslation('backup');
  return (
    <Screen title={t('title')}>
      <p>{t('intro')}</p>
      <MakeCopy />
      <OpenCopy />
    </Screen>
  );
}

type Message = { tone: 'error' | 'success'; text: string } | null;

function MakeCopy() {
  const { t } = useTranslation('backup');
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const titleId = useId();

  async function make(event: FormEvent) {
    event.preventDefault();
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      setMessage({ tone: 'error', text: t('setup:passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH }) });
      return;
    }
    if (passphrase !== again) {
      setMessage({ tone: 'error', text: t('setup:passphrase.mismatch') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const bytes = await session.exportBackup(passphrase);
      saveFile(bytes, `notebook-${dateStamp()}.backup`, 'application/octet-stream');
      setPassphrase('');
      setAgain('');
      setMessage({ tone: 'success', text: t('make.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: t(errorKey(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={make} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{t('make.title')}</h2>
      <p>{t('make.intro')}</p>
      <Field
        label={t('make.passphrase')}
        hint={t('make.passphraseHint')}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <Field
        label={t('make.again')}
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={(event) => setAgain(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={busy || passphrase.length === 0}>
        {busy ? t('make.busy') : t('make.submit')}
      </Button>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <p className="small">{t('make.where')}</p>
    </form>
  );
}

function OpenCopy() {
  const { t, i18n } = useTranslation('backup');
  const session = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const titleId = useId();
  const fileId = useId();

  async function open(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setMessage({ tone: 'error', text: t('open.noFile') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setOpened(await session.openBackup(bytes, passphrase));
      setPassphrase('');
    } catch (error) {
      // The general message speaks of the notebook; here it is the copy that did not open.
      const key = isVaultError(error) && error.code === 'wrong-passphrase' ? 'open.wrongPassphrase' : errorKey(error);
      setMessage({ tone: 'error', text: t(key) });
    } finally {
      setBusy(false);
    }
  }

  async function restore(mode: 'replace' | 'merge') {
    if (!opened) return;
    setBusy(true);
    setMessage(null);
    try {
      await session.restoreBackup(opened, mode);
      setOpened(null);
      setFile(null);
      setMessage({ tone: 'success', text: t(mode === 'replace' ? 'open.replaced' : 'open.merged') });
    } catch (error) {
      setMessage({ tone: 'error', text: t(errorKey(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('open.title')}</h2>
      {opened ? (
        <div className="stack">
          <p className="strong">{t('open.holds', { date: formatDate(opened.summary.createdAt, i18n.language) })}</p>
          <ul>
            <li>{t('open.people', { count: opened.summary.people })}</li>
            <li>{t('open.organisations', { count: opened.summary.organisations })}</li>
          </ul>
          <p>{t('open.choose')}</p>
          <Button variant="primary" onClick={() => void restore('merge')} disabled={busy}>
            {t('open.merge')}
          </Button>
          <p className="small">{t('open.mergeHint')}</p>
          <Button variant="danger" onClick={() => void restore('replace')} disabled={busy}>
            {t('open.replace')}
          </Button>
          <p className="small">{t('open.replaceHint')}</p>
          <Button variant="quiet" onClick={() => setOpened(null)} disabled={busy}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
        </div>
      ) : (
        <form onSubmit={open} noValidate className="stack">
          <p>{t('open.intro')}</p>
          <div className="field">
            <label className="field__label" htmlFor={fileId}>
              {t('open.file')}
            </label>
            <input
              id={fileId}
              type="file"
              className="field__input"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setMessage(null);
              }}
            />
          </div>
          <Field
            label={t('open.passphrase')}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <Button type="submit" variant="primary" disabled={busy || !file || passphrase.length === 0}>
            {busy ? t('open.busy') : t('open.submit')}
          </Button>
        </form>
      )}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}

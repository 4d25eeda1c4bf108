import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identityName } from '../../safety/identity';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { errorText } from '../errors';
import { useSession } from '../notebook';

/**
 * The browser still holds encrypted entries, but the lock that opens them
 * (the keystore) is gone: no passphrase can open them. Said plainly, with
 * the way back (a protected copy, opened in a new notebook); what is left is
 * deleted only when the survivor asks, after a second question.
 */
export function LockMissing() {
  const { t } = useTranslation('unlock');
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const question = useRef<HTMLDivElement>(null);

  function ask() {
    setConfirming(true);
    // The question is read out at once.
    requestAnimationFrame(() => question.current?.focus());
  }

  async function startOver() {
    setBusy(true);
    setProblem(null);
    try {
      // Like "Delete everything", this leaves nothing behind, the language chosen included.
      await session.deleteEverything();
    } catch (error) {
      setProblem(errorText(t, error));
      setBusy(false);
    }
  }

  return (
    <Screen title={identityName()}>
      <Notice tone="error" title={t('lockMissing.title')}>
        <p>{t('lockMissing.body')}</p>
      </Notice>
      <p>{t('lockMissing.copy')}</p>
      {confirming ? (
        <div ref={question} tabIndex={-1} className="unsaved">
          <Notice tone="info" title={t('lockMissing.confirmTitle')}>
            <p>{t('lockMissing.confirmBody')}</p>
            <div className="row">
              <Button variant="danger" onClick={startOver} disabled={busy}>
                {t('lockMissing.confirm')}
              </Button>
              <Button onClick={() => setConfirming(false)} disabled={busy}>
                {t('lockMissing.cancel')}
              </Button>
            </div>
          </Notice>
        </div>
      ) : (
        <Button variant="primary" onClick={ask}>
          {t('lockMissing.startOver')}
        </Button>
      )}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
    </Screen>
  );
}

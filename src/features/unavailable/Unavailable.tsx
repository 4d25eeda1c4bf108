import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import type { VaultErrorCode } from '../../vault';

/** Shown when this browser cannot keep a notebook, or this tab must reload. */
export function Unavailable({ reason, canReload }: { reason: VaultErrorCode | 'load-failed'; canReload: boolean }) {
  const { t } = useTranslation();
  return (
    <Screen title={t('errors:title')}>
      <Notice tone="error">
        <p>{t(`errors:${reason}`)}</p>
      </Notice>
      {canReload ? (
        <Button variant="primary" onClick={() => globalThis.location.reload()}>
          {t('actions.reload')}
        </Button>
      ) : null}
    </Screen>
  );
}

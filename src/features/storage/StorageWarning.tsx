/**
 * What the survivor is told when this browser may delete the notebook on its
 * own: a private window, or Safari and the iPhone outside the home screen
 * (durability.ts says how that is guessed). Said calmly, with what
 * to do: right after creating, move before anything is written; later, keep
 * a protected copy and bring it back where the notebook is kept.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { PersistenceStatus } from '../../vault';
import { useSession } from '../notebook';
import { readStorageFacts, type StorageRisk, storageRisk } from './durability';

/** Whether the browser has agreed to keep the notebook; updates when its answer comes. */
export function usePersistence(): PersistenceStatus {
  const session = useSession();
  return useSyncExternalStore(session.subscribePersistence, session.getPersistence, session.getPersistence);
}

/** The risk for this browser, or null while it is still being read. */
export function useStorageRisk(persistence: PersistenceStatus): StorageRisk | null {
  const [risk, setRisk] = useState<StorageRisk | null>(null);
  useEffect(() => {
    let active = true;
    void readStorageFacts(persistence).then((facts) => {
      if (active) setRisk(storageRisk(facts));
    });
    return () => {
      active = false;
    };
  }, [persistence]);
  return risk;
}

const WORDS = {
  'private-window': {
    title: 'storage.risk.privateTitle',
    body: 'storage.risk.private',
    new: 'storage.risk.privateNew',
    later: 'storage.risk.privateLater',
  },
  'unused-days': {
    title: 'storage.risk.unusedTitle',
    body: 'storage.risk.unused',
    new: 'storage.risk.unusedNew',
    later: 'storage.risk.unusedLater',
  },
} as const satisfies Record<Exclude<StorageRisk, 'none'>, Record<string, string>>;

interface StorageWarningProps {
  /** `new`: the notebook was just created and holds nothing yet; `later`: it may hold a list. */
  moment: 'new' | 'later';
  /** Opens the protected copy. */
  onBackup: () => void;
}

export function StorageWarning({ moment, onBackup }: StorageWarningProps) {
  const { t } = useTranslation('settings');
  const risk = useStorageRisk(usePersistence());
  if (risk === null || risk === 'none') return null;
  const words = WORDS[risk];
  return (
    <Notice tone="info" title={t(words.title)}>
      <p>{t(words.body)}</p>
      <p>{t(words[moment])}</p>
      <Button onClick={onBackup}>{t('backup:make.title')}</Button>
    </Notice>
  );
}

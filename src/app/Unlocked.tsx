/** The screens behind the passphrase, and the bar to move between them. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContents, useSession } from '../features/notebook';
import { People } from '../features/people/People';
import { Settings } from '../features/settings/Settings';
import { useAutoLock } from '../safety/auto-lock';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';

type Section = 'people' | 'settings';

export default function Unlocked() {
  const { t } = useTranslation();
  const session = useSession();
  const { damaged, settings } = useContents();
  const [section, setSection] = useState<Section>('people');
  useAutoLock({
    lock: () => session.lock(),
    idleMinutes: settings.autoLockMinutes,
    hiddenSeconds: settings.lockWhenHiddenAfterSeconds,
  });

  return (
    <>
      <header className="topbar">
        <nav aria-label={t('nav.label')} className="topbar__nav">
          {(['people', 'settings'] as const).map((item) => (
            <Button
              key={item}
              variant="quiet"
              aria-current={section === item ? 'page' : undefined}
              onClick={() => setSection(item)}
            >
              {t(`nav.${item}`)}
            </Button>
          ))}
        </nav>
        <Button variant="secondary" onClick={() => session.lock()}>
          {t('actions.lock')}
        </Button>
      </header>
      {damaged.length > 0 ? (
        <div className="screen">
          <Notice tone="error" title={t('damaged.title')}>
            <p>{t('damaged.body', { count: damaged.length })}</p>
            <details>
              <summary>{t('damaged.ids')}</summary>
              <ul className="damaged-list">
                {damaged.map((record) => (
                  <li key={`${record.table}/${record.id}`} dir="ltr">
                    {record.id}
                  </li>
                ))}
              </ul>
            </details>
          </Notice>
        </div>
      ) : null}
      {section === 'people' ? <People /> : <Settings />}
    </>
  );
}

/**
 * A new version of the app waits until the survivor chooses to update; it
 * never reloads the page on its own (updating reloads, which locks the notebook).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';

type Apply = (reload?: boolean) => Promise<void>;

export function UpdatePrompt() {
  const { t } = useTranslation();
  const [apply, setApply] = useState<Apply | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () => setApply(() => update),
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!apply) return null;
  return (
    <aside className="update" aria-live="polite">
      <p>{t('update.ready')}</p>
      <Button variant="primary" onClick={() => void apply(true)}>
        {t('update.apply')}
      </Button>
    </aside>
  );
}

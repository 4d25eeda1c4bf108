/**
 * A new version of the app waits until the survivor chooses to update; it
 * never reloads the page on its own (updating reloads, which locks the notebook).
 * While a form has unsaved changes it does not update even when asked: it
 * says to finish or leave the form first, so nothing typed is lost.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { useHasUnsavedChanges } from '../ui/pending-changes';

type Apply = (reload?: boolean) => Promise<void>;

export function UpdatePrompt() {
  const { t } = useTranslation();
  const [apply, setApply] = useState<Apply | null>(null);
  const [waiting, setWaiting] = useState(false);
  const hasUnsavedChanges = useHasUnsavedChanges();

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    // The worker (which keeps the app for offline use) registers once the first screen is painted, so
    // its requests never delay that screen; on a slow connection this costs a second at most.
    const frame = requestAnimationFrame(() => {
      whenIdle(() => {
        if (cancelled) return;
        void import('virtual:pwa-register').then(({ registerSW }) => {
          if (cancelled) return;
          const update = registerSW({
            immediate: true,
            onNeedRefresh: () => setApply(() => update),
          });
        });
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, []);

  if (!apply) return null;
  return (
    <aside className="update" aria-live="polite">
      <p>{t('update.ready')}</p>
      {waiting ? <p className="strong">{t('update.finishFormFirst')}</p> : null}
      <Button
        variant="primary"
        onClick={() => {
          const unsaved = hasUnsavedChanges();
          setWaiting(unsaved);
          if (unsaved) return;
          // The plugin reloads only for a version found as the page opened; one found while the app
          // was open since its first visit takes control without a reload, so the page reloads here.
          navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
          void apply(true);
        }}
      >
        {t('update.apply')}
      </Button>
    </aside>
  );
}

/** Runs `task` when the browser is idle, or after a second at most. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 200);
}

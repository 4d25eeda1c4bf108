import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../domain/settings';
import { chooseExitPage, chosenExitPage, EXIT_PAGES, type ExitPage } from '../../safety/exit-pages';
import { Notice } from '../../ui/Notice';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';

const IDLE_MINUTES = [1, 2, 5, 10, 15, 30] as const;
const HIDDEN_SECONDS = [0, 30, 60, 300, null] as const;

/** Where Exit goes, and when the notebook locks itself. */
export function PrivacySettings() {
  const { t } = useTranslation('safety');
  const session = useSession();
  const { settings } = useContents();
  const [exitPage, setExitPage] = useState<ExitPage>(chosenExitPage);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const ids = { exit: useId(), idle: useId(), hidden: useId() };

  async function save(change: Partial<Settings>) {
    try {
      await session.saveSettings({ ...settings, ...change });
      setMessage({ tone: 'success', text: t('settings.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: t(errorKey(error)) });
    }
  }

  function hiddenLabel(seconds: number | null): string {
    if (seconds === null) return t('settings.hidden.never');
    if (seconds === 0) return t('settings.hidden.now');
    if (seconds % 60 === 0) return t('settings.hidden.minutes', { count: seconds / 60 });
    return t('settings.hidden.seconds', { count: seconds });
  }

  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('settings.title')}</h2>
      <p>{t('exit.howTo')}</p>
      <div className="field">
        <label className="field__label" htmlFor={ids.exit}>
          {t('settings.exitPage.label')}
        </label>
        <select
          id={ids.exit}
          value={exitPage}
          onChange={(event) => {
            const page = event.target.value as ExitPage;
            chooseExitPage(page);
            setExitPage(page);
            setMessage({ tone: 'success', text: t('settings.saved') });
          }}
        >
          {(Object.keys(EXIT_PAGES) as ExitPage[]).map((page) => (
            <option key={page} value={page}>
              {t(`settings.exitPage.${page}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.idle}>
          {t('settings.idle.label')}
        </label>
        <select
          id={ids.idle}
          value={settings.autoLockMinutes}
          onChange={(event) => void save({ autoLockMinutes: Number(event.target.value) })}
        >
          {IDLE_MINUTES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('settings.idle.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.hidden}>
          {t('settings.hidden.label')}
        </label>
        <select
          id={ids.hidden}
          value={String(settings.lockWhenHiddenAfterSeconds)}
          onChange={(event) =>
            void save({
              lockWhenHiddenAfterSeconds: event.target.value === 'null' ? null : Number(event.target.value),
            })
          }
        >
          {HIDDEN_SECONDS.map((seconds) => (
            <option key={String(seconds)} value={String(seconds)}>
              {hiddenLabel(seconds)}
            </option>
          ))}
        </select>
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../domain/settings';
import { chooseExitPage, chosenExitPage, EXIT_PAGE_IDS, type ExitPage } from '../../safety/exit-pages';
import { Notice } from '../../ui/Notice';
import { optionsOf, Select } from '../../ui/Select';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';

const IDLE_MINUTES = [1, 2, 5, 10, 15, 30] as const;
/** Seconds after the page is hidden before it locks; 'never' keeps it open. */
const HIDDEN_CHOICES = ['0', '30', '60', '300', 'never'] as const;
type HiddenChoice = (typeof HIDDEN_CHOICES)[number];

function secondsOf(choice: HiddenChoice): number | null {
  return choice === 'never' ? null : Number(choice);
}

function hiddenChoiceOf(seconds: number | null): HiddenChoice {
  return HIDDEN_CHOICES.find((choice) => secondsOf(choice) === seconds) ?? '0';
}

/** Where Exit goes, and when the notebook locks itself. */
export function PrivacySettings() {
  const { t } = useTranslation('safety');
  const session = useSession();
  const { settings } = useContents();
  const [exitPage, setExitPage] = useState<ExitPage>(chosenExitPage);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

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
      <Select
        label={t('settings.exitPage.label')}
        value={exitPage}
        options={optionsOf(EXIT_PAGE_IDS, (page) => t(`settings.exitPage.${page}`))}
        onChange={(page) => {
          chooseExitPage(page);
          setExitPage(page);
          setMessage({ tone: 'success', text: t('settings.saved') });
        }}
      />
      <Select
        label={t('settings.idle.label')}
        value={settings.autoLockMinutes}
        options={optionsOf(IDLE_MINUTES, (minutes) => t('settings.idle.minutes', { count: minutes }))}
        onChange={(minutes) => void save({ autoLockMinutes: minutes })}
      />
      <Select
        label={t('settings.hidden.label')}
        value={hiddenChoiceOf(settings.lockWhenHiddenAfterSeconds)}
        options={optionsOf(HIDDEN_CHOICES, (choice) => hiddenLabel(secondsOf(choice)))}
        onChange={(choice) => void save({ lockWhenHiddenAfterSeconds: secondsOf(choice) })}
      />
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}

/** How often the home screen reminds the survivor to check the list. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_INTERVALS } from '../../domain/review';
import { Notice } from '../../ui/Notice';
import { optionsOf, Select } from '../../ui/Select';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';

export function ReviewSettings() {
  const { t } = useTranslation('review');
  const session = useSession();
  const { settings } = useContents();
  const [problem, setProblem] = useState<string | null>(null);
  // A value saved by an older version stays choosable, in its place.
  const offered: readonly number[] = REVIEW_INTERVALS;
  const intervals = offered.includes(settings.reviewIntervalDays)
    ? offered
    : [...offered, settings.reviewIntervalDays].sort((a, b) => a - b);

  async function choose(days: number) {
    setProblem(null);
    try {
      await session.saveSettings({ ...settings, reviewIntervalDays: days });
    } catch (error) {
      setProblem(t(errorKey(error)));
    }
  }

  return (
    <div className="card">
      <Select
        label={t('interval.label')}
        value={settings.reviewIntervalDays}
        options={optionsOf(intervals, (days) => t('interval.option', { count: days }))}
        onChange={(days) => void choose(days)}
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
    </div>
  );
}

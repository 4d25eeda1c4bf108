/** How often the home screen reminds the survivor to check the list. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_INTERVALS } from '../../domain/review';
import { Notice } from '../../ui/Notice';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';

export function ReviewSettings() {
  const { t } = useTranslation('review');
  const session = useSession();
  const { settings } = useContents();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const intervals: readonly number[] = REVIEW_INTERVALS.includes(
    settings.reviewIntervalDays as (typeof REVIEW_INTERVALS)[number],
  )
    ? REVIEW_INTERVALS
    : [...REVIEW_INTERVALS, settings.reviewIntervalDays].sort((a, b) => a - b);

  async function choose(days: number) {
    setProblem(null);
    try {
      await session.saveSettings({ ...settings, reviewIntervalDays: days });
    } catch (error) {
      setProblem(t(errorKey(error)));
    }
  }

  return (
    <div className="card field">
      <label className="field__label" htmlFor={id}>
        {t('interval.label')}
      </label>
      <select id={id} value={settings.reviewIntervalDays} onChange={(event) => void choose(Number(event.target.value))}>
        {intervals.map((days) => (
          <option key={days} value={days}>
            {t('interval.option', { count: days })}
          </option>
        ))}
      </select>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
    </div>
  );
}

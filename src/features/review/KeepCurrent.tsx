/** Step 7 of the guide: the ways to keep the list true and safe, one button each. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

export type KeepTask = 'review' | 'paper' | 'backup' | 'contacts';
const TASKS: readonly KeepTask[] = ['review', 'paper', 'backup', 'contacts'];

export function KeepCurrent({ onOpen }: { onOpen: (task: KeepTask) => void }) {
  const { t } = useTranslation('review');
  return (
    <ul className="steps">
      {TASKS.map((task) => (
        <li key={task} className="steps__item">
          <h2 className="steps__name">{t(`keep.${task}.name`)}</h2>
          <p>{t(`keep.${task}.summary`)}</p>
          <Button variant="primary" onClick={() => onOpen(task)}>
            {t(`keep.${task}.open`)}
          </Button>
        </li>
      ))}
    </ul>
  );
}

import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../domain/levels';
import { Button } from '../../ui/Button';
import { isolate } from './words';

/** The groups of the list a person can be placed in from here; organisations have their own. */
export const PERSON_GROUPS = ['primary', 'information', 'interpreter'] as const satisfies readonly Category[];
export type PersonGroup = (typeof PERSON_GROUPS)[number];

interface PlaceOfferProps {
  label: string;
  /** The group the person is in now, if any. */
  current: Category | null;
  busy: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onPlace: (group: PersonGroup) => void;
  onNotNow: () => void;
}

/** After a level is saved: one tap to put the person in a group of the list, or not now. */
export function PlaceOffer({ label, current, busy, headingRef, onPlace, onNotNow }: PlaceOfferProps) {
  const { t } = useTranslation('screening');
  const headingId = 'screening-place';
  return (
    <section className="screening__step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screening__heading">
        {t('place.title', { label: isolate(label) })}
      </h2>
      <p className="small">{t('place.hint')}</p>
      <div className="screening__answers">
        {PERSON_GROUPS.map((group) => (
          <Button
            key={group}
            variant={current === group ? 'primary' : 'secondary'}
            className="screening__answer"
            aria-pressed={current === group}
            disabled={busy}
            onClick={() => onPlace(group)}
          >
            <span className="screening__mark" aria-hidden="true">
              {current === group ? '✓' : ''}
            </span>
            {t(`place.${group}`)}
          </Button>
        ))}
        <Button variant="quiet" className="screening__skip" disabled={busy} onClick={onNotNow}>
          {t('place.notNow')}
        </Button>
      </div>
    </section>
  );
}

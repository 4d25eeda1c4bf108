import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTS, type Part } from '../../domain/screening-flow';
import { Button } from '../../ui/Button';
import { isolate } from './words';

interface PartIntroProps {
  part: Part;
  label: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onContinue: () => void;
}

/** A short, kind word before each group of questions. */
export function PartIntro({ part, label, headingRef, onContinue }: PartIntroProps) {
  const { t } = useTranslation('screening');
  const headingId = `screening-part-${part}`;
  return (
    <section className="screening__step" aria-labelledby={headingId}>
      <p className="screening__part">{t('parts.count', { number: PARTS.indexOf(part) + 1, count: PARTS.length })}</p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screening__heading">
        {t(`parts.${part}.title`)}
      </h2>
      <p>{t(`parts.${part}.intro`, { label: isolate(label) })}</p>
      <p>{t(`parts.${part}.help`)}</p>
      {part === 'trust' ? <p className="small">{t('savedAsYouGo')}</p> : null}
      <Button variant="primary" className="screening__wide" onClick={onContinue}>
        {part === 'trust' ? t('parts.start') : t('parts.continue')}
      </Button>
    </section>
  );
}

import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { isolate } from './words';

interface IntroProps {
  label: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onContinue: () => void;
}

/** A short, kind word before the questions. */
export function Intro({ label, headingRef, onContinue }: IntroProps) {
  const { t } = useTranslation('screening');
  const headingId = 'screening-intro';
  return (
    <section className="screening__step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="screening__heading">
        {t('intro.title')}
      </h2>
      <p>{t('intro.body', { label: isolate(label) })}</p>
      <p>{t('parts.trust.help')}</p>
      <p className="small">{t('savedAsYouGo')}</p>
      <Button variant="primary" className="screening__wide" onClick={onContinue}>
        {t('parts.start')}
      </Button>
    </section>
  );
}

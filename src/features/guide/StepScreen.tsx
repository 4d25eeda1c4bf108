/** One step of the guide: where it sits among the others, and a way to the next. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { STEPS, type Step } from './steps';

interface StepScreenProps {
  step: Step;
  onOpen: (step: Step) => void;
  children: ReactNode;
  /** The step's content brings its own Screen (heading and main). */
  ownScreen?: boolean;
}

export function StepScreen({ step, onOpen, children, ownScreen = false }: StepScreenProps) {
  const { t } = useTranslation('guide');
  const index = STEPS.indexOf(step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const progressLabel = t('progress', { step: index + 1, total: STEPS.length });
  const progress = (
    <div className="step-progress">
      <p className="small">{progressLabel}</p>
      <progress max={STEPS.length} value={index + 1} aria-label={progressLabel} />
    </div>
  );
  const navigation = (
    <nav className="row step-nav" aria-label={progressLabel}>
      {previous ? <Button onClick={() => onOpen(previous)}>{t('previous')}</Button> : null}
      {next ? (
        <Button variant="primary" onClick={() => onOpen(next)}>
          {t('next')}
        </Button>
      ) : null}
    </nav>
  );
  if (ownScreen) {
    return (
      <>
        <div className="screen screen--bar">{progress}</div>
        {children}
        <div className="screen screen--bar">{navigation}</div>
      </>
    );
  }
  return (
    <Screen title={t(`steps.${step}.name`)}>
      {progress}
      {children}
      {navigation}
    </Screen>
  );
}

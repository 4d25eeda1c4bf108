/**
 * The quick-exit control shown on every screen: a button at the end of the
 * bottom bar, always in view within reach of a thumb and over nothing, and the
 * Shift x3 shortcut with a polite status saying how many presses are left.
 * Its word is its name; the picture beside it is only a hint.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExitIcon } from '../ui/icons';
import { exitNow } from './quick-exit';
import { SHIFT_PRESSES_TO_EXIT, SHIFT_WINDOW_MS, ShiftCounter } from './shift-counter';

export interface QuickExitProps {
  lock: () => void;
  /** For tests: where to go instead of replacing this page. */
  navigate?: (url: string) => void;
}

export function QuickExit({ lock, navigate }: QuickExitProps) {
  const { t } = useTranslation('safety');
  const [presses, setPresses] = useState(0);
  const lockRef = useRef(lock);
  lockRef.current = lock;
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  useEffect(() => {
    const counter = new ShiftCounter();
    let expiry: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const result = counter.key(event.key, performance.now());
      clearTimeout(expiry);
      if (result.exit) {
        exitNow({ lock: () => lockRef.current(), navigate: navigateRef.current });
        return;
      }
      setPresses(result.presses);
      if (result.presses > 0) {
        expiry = setTimeout(() => {
          counter.reset();
          setPresses(0);
        }, SHIFT_WINDOW_MS);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      clearTimeout(expiry);
    };
  }, []);

  const left = SHIFT_PRESSES_TO_EXIT - presses;
  return (
    <div className="quick-exit">
      <button
        type="button"
        className="quick-exit__button"
        onClick={() => exitNow({ lock: () => lockRef.current(), navigate: navigateRef.current })}
      >
        <ExitIcon />
        <span className="quick-exit__label">{t('exit.button')}</span>
      </button>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="exit-status">
        {presses > 0 ? t('exit.shiftLeft', { count: left }) : ''}
      </p>
    </div>
  );
}

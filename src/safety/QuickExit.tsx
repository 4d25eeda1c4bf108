/**
 * The quick-exit control shown on every screen: a button at the end of the
 * bottom bar, always in view within reach of a thumb and over nothing, and the
 * Shift x3 shortcut with a polite status saying how many presses are left,
 * when the count runs out, and that the page is being left (in words that
 * never say what the app is for). Its accessible name starts with the word
 * it shows; the picture beside it is only a hint.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ExitIcon } from '../ui/icons';
import { exitNow } from './quick-exit';
import { isTextField, isTouchOnly, SHIFT_PRESSES_TO_EXIT, SHIFT_WINDOW_MS, ShiftCounter } from './shift-counter';

export interface QuickExitProps {
  lock: () => void;
  /** For tests: where to go instead of replacing this page. */
  navigate?: (url: string) => void;
}

export function QuickExit({ lock, navigate }: QuickExitProps) {
  const { t } = useTranslation('safety');
  const [presses, setPresses] = useState(0);
  const [expired, setExpired] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const lockRef = useRef(lock);
  lockRef.current = lock;
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  const leave = () => {
    // Said at once, before the page goes.
    flushSync(() => setLeaving(true));
    exitNow({ lock: () => lockRef.current(), navigate: navigateRef.current });
  };
  const leaveRef = useRef(leave);
  leaveRef.current = leave;

  useEffect(() => {
    const counter = new ShiftCounter();
    const touchOnly = isTouchOnly();
    let expiry: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const result = counter.key({
        key: event.key,
        at: performance.now(),
        repeat: event.repeat,
        withOtherModifier: event.ctrlKey || event.altKey || event.metaKey,
        inTextField: isTextField(event.target),
        touchOnly,
      });
      if (event.repeat && event.key === 'Shift') return;
      clearTimeout(expiry);
      if (result.exit) {
        leaveRef.current();
        return;
      }
      setExpired(false);
      setPresses(result.presses);
      if (result.presses > 0) {
        expiry = setTimeout(() => {
          counter.reset();
          setPresses(0);
          setExpired(true);
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
      <button type="button" className="quick-exit__button" aria-label={t('exit.name')} onClick={leave}>
        <ExitIcon />
        <span className="quick-exit__label">{t('exit.button')}</span>
      </button>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="exit-status">
        {leaving
          ? t('exit.leaving')
          : presses > 0
            ? t('exit.shiftLeft', { count: left })
            : expired
              ? t('exit.countReset')
              : ''}
      </p>
    </div>
  );
}

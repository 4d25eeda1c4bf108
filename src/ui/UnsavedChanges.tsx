import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from './Button';
import { Notice } from './Notice';

/**
 * Leaving a form: straight away when nothing changed, otherwise only after
 * asking. `asking` says whether the question is on screen.
 */
export function useLeaveGuard(dirty: boolean, onLeave: () => void) {
  const [asking, setAsking] = useState(false);
  const leave = useCallback(() => {
    if (dirty) setAsking(true);
    else onLeave();
  }, [dirty, onLeave]);
  const stay = useCallback(() => setAsking(false), []);
  return { asking, leave, stay };
}

interface UnsavedChangesProps {
  title: string;
  body: string;
  stayLabel: string;
  leaveLabel: string;
  onStay: () => void;
  onLeave: () => void;
}

/** The question before unsaved changes are lost. It takes the focus, so it is read out at once. */
export function UnsavedChanges({ title, body, stayLabel, leaveLabel, onStay, onLeave }: UnsavedChangesProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div ref={box} tabIndex={-1} className="unsaved">
      <Notice tone="info" title={title}>
        <p>{body}</p>
        <div className="row">
          <Button onClick={onStay}>{stayLabel}</Button>
          <Button variant="danger" onClick={onLeave}>
            {leaveLabel}
          </Button>
        </div>
      </Notice>
    </div>
  );
}

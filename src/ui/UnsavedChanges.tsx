import { useCallback, useEffect, useRef } from 'react';
import { Button } from './Button';
import { Notice } from './Notice';
import { usePendingChanges } from './pending-changes';

/**
 * Leaving a form: straight away when nothing changed, otherwise only after
 * asking. `asking` says whether the question is on screen; `confirm` leaves
 * the way the survivor was going, by the form's own Back (`onLeave`) or by
 * the app's top bar. The form is known to the whole app while it is shown.
 */
export function useLeaveGuard(dirty: boolean, onLeave: () => void) {
  const { asking, leave: leaveBy, stay, confirm } = usePendingChanges(dirty);
  const leave = useCallback(() => leaveBy(onLeave), [leaveBy, onLeave]);
  return { asking, leave, stay, confirm };
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

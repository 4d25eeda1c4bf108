import { type ReactNode, useCallback, useEffect, useRef } from 'react';
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

/**
 * A question a form asks before it goes on: a box that takes the focus when
 * it appears, so it is read out at once, with its words and its choices.
 */
export function FormQuestion({ title, children }: { title: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div ref={box} tabIndex={-1} className="unsaved">
      <Notice tone="info" title={title}>
        {children}
      </Notice>
    </div>
  );
}

/** The question before unsaved changes are lost. */
export function UnsavedChanges({ title, body, stayLabel, leaveLabel, onStay, onLeave }: UnsavedChangesProps) {
  return (
    <FormQuestion title={title}>
      <p>{body}</p>
      <div className="row">
        <Button onClick={onStay}>{stayLabel}</Button>
        <Button variant="danger" onClick={onLeave}>
          {leaveLabel}
        </Button>
      </div>
    </FormQuestion>
  );
}

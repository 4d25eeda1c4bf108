/**
 * Unsaved changes, known to the whole app: each form registers whether it
 * has changes, and whatever moves away from it (the form's own Back, the top
 * bar, opening another record) goes through `confirmLeave`, which asks in
 * the form's own words before anything typed is lost. Locking and the quick
 * exit never come here: they must never wait. An update of the app (which
 * reloads the page) asks `hasUnsavedChanges` and waits while a form has some.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

interface Asker {
  /** Whether the form has changes, read at the moment someone wants to leave. */
  dirty: () => boolean;
  /** Shows the question; `then` runs if the survivor chooses to leave. */
  ask: (then: () => void) => void;
}

interface PendingChangesValue {
  register: (id: string, asker: Asker) => () => void;
  confirmLeave: (then: () => void) => void;
  hasUnsavedChanges: () => boolean;
}

function firstDirty(askers: ReadonlyMap<string, Asker>): Asker | undefined {
  for (const asker of askers.values()) if (asker.dirty()) return asker;
  return undefined;
}

const PendingChangesContext = createContext<PendingChangesValue | null>(null);

/** One record of the forms for the whole app: a provider inside another one uses the outer one. */
export function PendingChangesProvider({ children }: { children: ReactNode }) {
  const outer = useContext(PendingChangesContext);
  return outer ? children : <OwnPendingChanges>{children}</OwnPendingChanges>;
}

function OwnPendingChanges({ children }: { children: ReactNode }) {
  const askers = useRef(new Map<string, Asker>());
  const value = useMemo<PendingChangesValue>(
    () => ({
      register: (id, asker) => {
        askers.current.set(id, asker);
        return () => {
          askers.current.delete(id);
        };
      },
      confirmLeave: (then) => {
        const asker = firstDirty(askers.current);
        if (asker) asker.ask(then);
        else then();
      },
      hasUnsavedChanges: () => firstDirty(askers.current) !== undefined,
    }),
    [],
  );
  return <PendingChangesContext.Provider value={value}>{children}</PendingChangesContext.Provider>;
}

/**
 * For the app shell: `confirmLeave(then)` runs `then` at once when no form
 * has unsaved changes, and otherwise only after the survivor chose to leave
 * them. Outside a provider it runs `then` at once.
 */
export function useConfirmLeave(): (then: () => void) => void {
  const context = useContext(PendingChangesContext);
  return context?.confirmLeave ?? runAtOnce;
}

function runAtOnce(then: () => void) {
  then();
}

/** Whether any form has unsaved changes now; always false outside a provider. */
export function useHasUnsavedChanges(): () => boolean {
  const context = useContext(PendingChangesContext);
  return context?.hasUnsavedChanges ?? nothingUnsaved;
}

function nothingUnsaved() {
  return false;
}

export interface PendingChanges {
  /** Whether the question is on screen. */
  asking: boolean;
  /** Leaves by `then`: at once without changes, otherwise after asking. */
  leave: (then: () => void) => void;
  /** Keep editing: the question goes, the draft stays. */
  stay: () => void;
  /** Leave without saving: does what the survivor was leaving for. */
  confirm: () => void;
}

/** For a form: registers whether it has unsaved changes, and asks before they are lost. */
export function usePendingChanges(dirty: boolean): PendingChanges {
  const context = useContext(PendingChangesContext);
  const id = useId();
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  const [pending, setPending] = useState<{ then: () => void } | null>(null);

  const ask = useCallback((then: () => void) => setPending({ then }), []);
  // A layout effect: the form leaves the register in the very commit that removes it, so a tap
  // that comes before React's later effects is never taken as a question for a form now gone.
  useLayoutEffect(() => context?.register(id, { dirty: () => dirtyNow.current, ask }), [context, id, ask]);

  const leave = useCallback(
    (then: () => void) => {
      if (dirtyNow.current) ask(then);
      else then();
    },
    [ask],
  );
  const stay = useCallback(() => setPending(null), []);
  const confirm = useCallback(() => {
    const then = pending?.then;
    setPending(null);
    then?.();
  }, [pending]);
  return { asking: pending !== null, leave, stay, confirm };
}

/**
 * A form's draft of a record: what the survivor has typed, kept apart from
 * what is stored until they save, and whether the two differ.
 */
import { useCallback, useState } from 'react';
import { sameData } from '../domain/edit-merge';

export interface Draft<D> {
  draft: D;
  /** Whether the draft differs from what was loaded or last saved. */
  dirty: boolean;
  /** Changes some fields; a function receives the current draft. */
  update: (change: Partial<D> | ((current: D) => Partial<D>)) => void;
  /** Forgets every change since loading or the last save. */
  reset: () => void;
  /**
   * The record was saved from `sent`: it is the new starting point. The
   * draft shows it as stored (or `shown`, where a field could not be saved
   * and keeps what was typed), unless it changed while the save was under way.
   */
  saved: (next: D, sent: D, shown?: D) => void;
}

/** Plain data only: objects, arrays, strings, numbers, booleans and null. */
export const sameValue = sameData;

export function useDraft<R, D>(record: R, toDraft: (record: R) => D): Draft<D> {
  const [state, setState] = useState(() => {
    const initial = toDraft(record);
    return { initial, draft: initial };
  });

  const update = useCallback((change: Partial<D> | ((current: D) => Partial<D>)) => {
    setState((current) => {
      const patch = typeof change === 'function' ? change(current.draft) : change;
      return { ...current, draft: { ...current.draft, ...patch } };
    });
  }, []);

  const reset = useCallback(() => setState((current) => ({ ...current, draft: current.initial })), []);

  const saved = useCallback((next: D, sent: D, shown: D = next) => {
    setState((current) => ({ initial: next, draft: current.draft === sent ? shown : current.draft }));
  }, []);

  return { draft: state.draft, dirty: !sameValue(state.draft, state.initial), update, reset, saved };
}

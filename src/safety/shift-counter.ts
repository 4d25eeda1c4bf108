/**
 * The keyboard shortcut for the quick exit, as in GOV.UK's "Exit this page":
 * Shift pressed three times within five seconds. Any other key starts the
 * count again. Escape is not used: it closes dialogs and stops page loads.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftCount {
  /** Presses counted so far in this window (0 when reset). */
  presses: number;
  exit: boolean;
}

export class ShiftCounter {
  #presses: number[] = [];

  /** Feed every keydown; says whether to exit. */
  key(key: string, at: number): ShiftCount {
    if (key !== 'Shift') {
      this.#presses = [];
      return { presses: 0, exit: false };
    }
    this.#presses = [...this.#presses.filter((time) => at - time < SHIFT_WINDOW_MS), at];
    const presses = this.#presses.length;
    if (presses >= SHIFT_PRESSES_TO_EXIT) {
      this.#presses = [];
      return { presses, exit: true };
    }
    return { presses, exit: false };
  }

  reset(): void {
    this.#presses = [];
  }
}

/**
 * The keyboard shortcut for the quick exit, as in GOV.UK's "Exit this page":
 * Shift pressed three times, with at most five seconds between one press and
 * the next. Any other key starts the count again, so typing capitals (Shift
 * held while a letter is typed) never leaves. A held-down Shift repeating is
 * not a new press. Escape is not used: it closes dialogs and stops page loads.
 *
 * On a phone or tablet whose only pointer is a finger, the on-screen keyboard
 * may send Shift while the survivor types in a field; such a Shift is not a
 * press of the shortcut there. The Exit button always works.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
/** The longest gap allowed between one press and the next. */
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftCount {
  /** Presses counted so far (0 when reset). */
  presses: number;
  exit: boolean;
}

/** What the counter needs to know about one keydown. */
export interface KeyPress {
  key: string;
  /** When it happened, in milliseconds on any steady clock. */
  at: number;
  /** The browser's auto-repeat of a key held down. */
  repeat?: boolean;
  /** Ctrl, Alt or Meta held at the same time. */
  withOtherModifier?: boolean;
  /** The key went to a text field (input, textarea, contenteditable). */
  inTextField?: boolean;
  /** The device's primary input is touch, with no fine pointer at all. */
  touchOnly?: boolean;
}

export class ShiftCounter {
  #presses = 0;
  #last = Number.NEGATIVE_INFINITY;

  /** Feed every keydown; says whether to exit. */
  key({ key, at, repeat, withOtherModifier, inTextField, touchOnly }: KeyPress): ShiftCount {
    if (repeat && key === 'Shift') return { presses: this.#presses, exit: false };
    if (key !== 'Shift' || withOtherModifier || (touchOnly && inTextField)) {
      this.reset();
      return { presses: 0, exit: false };
    }
    this.#presses = at - this.#last <= SHIFT_WINDOW_MS ? this.#presses + 1 : 1;
    this.#last = at;
    const presses = this.#presses;
    if (presses >= SHIFT_PRESSES_TO_EXIT) {
      this.reset();
      return { presses, exit: true };
    }
    return { presses, exit: false };
  }

  reset(): void {
    this.#presses = 0;
    this.#last = Number.NEGATIVE_INFINITY;
  }
}

/** True when the element takes typed text. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit'].includes(
      target.type,
    );
  }
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** True on a device whose primary input is touch and that has no fine pointer (no mouse, no trackpad). */
export function isTouchOnly(): boolean {
  if (typeof globalThis.matchMedia !== 'function') return false;
  return globalThis.matchMedia('(pointer: coarse)').matches && !globalThis.matchMedia('(any-pointer: fine)').matches;
}

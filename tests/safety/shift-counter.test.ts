import { describe, expect, it } from 'vitest';
import { type KeyPress, SHIFT_WINDOW_MS, ShiftCounter } from '../../src/safety/shift-counter';

const shift = (at: number, more: Partial<KeyPress> = {}): KeyPress => ({ key: 'Shift', at, ...more });

/** Feeds presses in order and returns the last answer. */
function press(counter: ShiftCounter, ...presses: KeyPress[]) {
  let last = { presses: 0, exit: false };
  for (const p of presses) last = counter.key(p);
  return last;
}

describe('the Shift shortcut', () => {
  it('leaves on the third Shift', () => {
    const counter = new ShiftCounter();
    expect(counter.key(shift(1000))).toEqual({ presses: 1, exit: false });
    expect(counter.key(shift(2000))).toEqual({ presses: 2, exit: false });
    expect(counter.key(shift(3000))).toEqual({ presses: 3, exit: true });
  });

  it('does not leave after two presses, however quick', () => {
    const counter = new ShiftCounter();
    expect(press(counter, shift(0), shift(1))).toEqual({ presses: 2, exit: false });
  });

  it('allows up to five seconds between each press, not five seconds in all', () => {
    const counter = new ShiftCounter();
    expect(press(counter, shift(0), shift(SHIFT_WINDOW_MS), shift(2 * SHIFT_WINDOW_MS)).exit).toBe(true);
  });

  it('starts again from one when a press comes more than five seconds after the one before', () => {
    const counter = new ShiftCounter();
    expect(press(counter, shift(0), shift(1000), shift(1000 + SHIFT_WINDOW_MS + 1))).toEqual({
      presses: 1,
      exit: false,
    });
    expect(press(counter, shift(7000), shift(8000))).toEqual({ presses: 3, exit: true });
  });

  it('starts the count again after any other key', () => {
    const counter = new ShiftCounter();
    press(counter, shift(0), shift(100));
    expect(counter.key({ key: 'a', at: 200 })).toEqual({ presses: 0, exit: false });
    expect(counter.key(shift(300))).toEqual({ presses: 1, exit: false });
    expect(counter.key(shift(400))).toEqual({ presses: 2, exit: false });
    expect(counter.key(shift(500)).exit).toBe(true);
  });

  it('treats Escape and Enter as other keys', () => {
    const counter = new ShiftCounter();
    for (const key of ['Escape', 'Enter']) {
      press(counter, shift(0), shift(100));
      expect(counter.key({ key, at: 200 })).toEqual({ presses: 0, exit: false });
      expect(counter.key(shift(300)).exit).toBe(false);
      counter.reset();
    }
  });

  it('never leaves while Shift is held down and repeating', () => {
    const counter = new ShiftCounter();
    expect(press(counter, shift(0), shift(30, { repeat: true }), shift(60, { repeat: true }))).toEqual({
      presses: 1,
      exit: false,
    });
    for (let at = 90; at < 3000; at += 30) expect(counter.key(shift(at, { repeat: true })).exit).toBe(false);
  });

  it('never leaves while capitals are typed', () => {
    const counter = new ShiftCounter();
    // "ABC DEF GHI": Shift goes down before each capital.
    [...'ABCDEFGHI'].forEach((letter, index) => {
      expect(counter.key(shift(index * 100)).exit).toBe(false);
      expect(counter.key({ key: letter, at: index * 100 + 50 })).toEqual({ presses: 0, exit: false });
    });
  });

  it('does not count Shift pressed with Ctrl, Alt or Meta, and starts again', () => {
    const counter = new ShiftCounter();
    press(counter, shift(0), shift(100));
    expect(counter.key(shift(200, { withOtherModifier: true }))).toEqual({ presses: 0, exit: false });
    expect(counter.key(shift(300)).presses).toBe(1);
  });

  it('on a touch-only device, does not count Shift typed in a text field', () => {
    const counter = new ShiftCounter();
    const typing = { touchOnly: true, inTextField: true };
    expect(press(counter, shift(0, typing), shift(100, typing), shift(200, typing))).toEqual({
      presses: 0,
      exit: false,
    });
  });

  it('on a touch-only device, still counts Shift pressed outside a text field', () => {
    const counter = new ShiftCounter();
    const outside = { touchOnly: true, inTextField: false };
    expect(press(counter, shift(0, outside), shift(100, outside), shift(200, outside)).exit).toBe(true);
  });

  it('with a keyboard and a fine pointer, counts Shift in a text field', () => {
    const counter = new ShiftCounter();
    const inField = { touchOnly: false, inTextField: true };
    expect(press(counter, shift(0, inField), shift(100, inField), shift(200, inField)).exit).toBe(true);
  });

  it('forgets every press on reset()', () => {
    const counter = new ShiftCounter();
    press(counter, shift(0), shift(100));
    counter.reset();
    expect(counter.key(shift(200))).toEqual({ presses: 1, exit: false });
    expect(counter.key(shift(300)).exit).toBe(false);
  });

  it('counts from nothing again after leaving', () => {
    const counter = new ShiftCounter();
    expect(press(counter, shift(0), shift(100), shift(200)).exit).toBe(true);
    expect(counter.key(shift(300))).toEqual({ presses: 1, exit: false });
  });
});

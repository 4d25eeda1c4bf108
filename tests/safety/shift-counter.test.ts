import { describe, expect, it } from 'vitest';
import { SHIFT_WINDOW_MS, ShiftCounter } from '../../src/safety/shift-counter';

/** Feeds keys at the given times (ms) and returns the last answer. */
function press(counter: ShiftCounter, ...keys: [key: string, at: number][]) {
  let last = { presses: 0, exit: false };
  for (const [key, at] of keys) last = counter.key(key, at);
  return last;
}

describe('the Shift shortcut', () => {
  it('leaves on the third Shift within five seconds', () => {
    const counter = new ShiftCounter();
    expect(counter.key('Shift', 1000)).toEqual({ presses: 1, exit: false });
    expect(counter.key('Shift', 2000)).toEqual({ presses: 2, exit: false });
    expect(counter.key('Shift', 3000)).toEqual({ presses: 3, exit: true });
  });

  it('does not leave after two presses, however quick', () => {
    const counter = new ShiftCounter();
    expect(press(counter, ['Shift', 0], ['Shift', 1])).toEqual({ presses: 2, exit: false });
  });

  it('leaves when the three presses fit just inside the window', () => {
    const counter = new ShiftCounter();
    expect(press(counter, ['Shift', 0], ['Shift', 2500], ['Shift', SHIFT_WINDOW_MS - 1]).exit).toBe(true);
  });

  it('lets a press five seconds old drop out, so three presses spread wider do not leave', () => {
    const counter = new ShiftCounter();
    expect(press(counter, ['Shift', 0], ['Shift', 2500], ['Shift', SHIFT_WINDOW_MS])).toEqual({
      presses: 2,
      exit: false,
    });
    // The two recent presses still count: one more within the window leaves.
    expect(counter.key('Shift', SHIFT_WINDOW_MS + 100)).toEqual({ presses: 3, exit: true });
  });

  it('starts the count again after any other key', () => {
    const counter = new ShiftCounter();
    press(counter, ['Shift', 0], ['Shift', 100]);
    expect(counter.key('a', 200)).toEqual({ presses: 0, exit: false });
    expect(counter.key('Shift', 300)).toEqual({ presses: 1, exit: false });
    expect(counter.key('Shift', 400)).toEqual({ presses: 2, exit: false });
    expect(counter.key('Shift', 500).exit).toBe(true);
  });

  it('treats Escape and Enter as other keys', () => {
    const counter = new ShiftCounter();
    for (const key of ['Escape', 'Enter']) {
      press(counter, ['Shift', 0], ['Shift', 100]);
      expect(counter.key(key, 200)).toEqual({ presses: 0, exit: false });
      expect(counter.key('Shift', 300).exit).toBe(false);
      counter.reset();
    }
  });

  it('forgets every press on reset()', () => {
    const counter = new ShiftCounter();
    press(counter, ['Shift', 0], ['Shift', 100]);
    counter.reset();
    expect(counter.key('Shift', 200)).toEqual({ presses: 1, exit: false });
    expect(counter.key('Shift', 300).exit).toBe(false);
  });

  it('counts from nothing again after leaving', () => {
    const counter = new ShiftCounter();
    expect(press(counter, ['Shift', 0], ['Shift', 100], ['Shift', 200]).exit).toBe(true);
    expect(counter.key('Shift', 300)).toEqual({ presses: 1, exit: false });
  });
});

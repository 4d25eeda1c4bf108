import { afterEach, describe, expect, it } from 'vitest';
import { cover, isCovered, uncover } from '../../src/safety/cover';

afterEach(() => uncover());

describe('the privacy cover', () => {
  it('is a class on the root element, which the stylesheet uses to hide the app', () => {
    expect(isCovered()).toBe(false);
    cover();
    expect(document.documentElement.classList.contains('covered')).toBe(true);
    expect(isCovered()).toBe(true);
  });

  it('comes off again, and covering twice needs only one uncover', () => {
    cover();
    cover();
    uncover();
    expect(isCovered()).toBe(false);
    expect(document.documentElement.classList.contains('covered')).toBe(false);
  });

  it('leaves the root element’s other classes alone', () => {
    document.documentElement.classList.add('other');
    try {
      cover();
      uncover();
      expect(document.documentElement.classList.contains('other')).toBe(true);
    } finally {
      document.documentElement.classList.remove('other');
    }
  });
});

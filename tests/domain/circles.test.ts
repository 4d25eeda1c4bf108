import { describe, expect, it } from 'vitest';
import { CIRCLES, countryOfCircle } from '../../src/domain/circles';

describe('circles', () => {
  it('has the eight circles of the guide', () => {
    expect(CIRCLES).toHaveLength(8);
    expect(new Set(CIRCLES).size).toBe(8);
  });

  it('family in the country of residence is in the country of residence', () => {
    expect(countryOfCircle('family-residence')).toBe('residence');
  });

  it('family in the country of origin is in the country of origin', () => {
    expect(countryOfCircle('family-origin')).toBe('origin');
  });

  it('every other circle leaves the country to the survivor', () => {
    const others = CIRCLES.filter((circle) => circle !== 'family-residence' && circle !== 'family-origin');
    expect(others).toHaveLength(6);
    for (const circle of others) expect(countryOfCircle(circle)).toBeNull();
  });
});

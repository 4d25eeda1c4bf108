import { describe, expect, it } from 'vitest';
import { newPerson } from '../../src/domain/person';
import { needsAction, REVIEW_QUESTIONS, reviewDue } from '../../src/domain/review';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-01T12:00:00.000Z');
const person = newPerson({ id: 'p1', label: 'Ana', now: start.toISOString() });

describe('when a review is due', () => {
  it('is never due in an empty notebook', () => {
    expect(reviewDue(DEFAULT_SETTINGS, [], new Date(start.getTime() + 400 * DAY))).toBe(false);
  });

  it('is due 30 days after the first person was added when there was never a review', () => {
    expect(reviewDue(DEFAULT_SETTINGS, [person], new Date(start.getTime() + 29 * DAY))).toBe(false);
    expect(reviewDue(DEFAULT_SETTINGS, [person], new Date(start.getTime() + 30 * DAY))).toBe(true);
  });

  it('counts from the last review, with the interval the survivor chose', () => {
    const settings = { ...DEFAULT_SETTINGS, reviewIntervalDays: 7, lastReviewedAt: '2026-06-01T00:00:00.000Z' };
    expect(reviewDue(settings, [person], new Date('2026-06-07T23:00:00.000Z'))).toBe(false);
    expect(reviewDue(settings, [person], new Date('2026-06-08T00:00:00.000Z'))).toBe(true);
  });
});

describe('the review questions', () => {
  it("are the guide's five, in its order, ending with the contacts in each country and how they reach you", () => {
    expect(REVIEW_QUESTIONS).toEqual([
      'sharingMore',
      'newThreats',
      'newContacts',
      'contactsByCountry',
      'contactsCanReach',
    ]);
  });

  it('wanting different contacts here and in the country of origin asks for a look at the list by country', () => {
    expect(needsAction('contactsByCountry', 'yes')).toBe(true);
    expect(needsAction('contactsByCountry', 'no')).toBe(false);
  });
});

describe('which review answers ask for something to be done', () => {
  it('a Yes does, except to "do they know how to reach you", where a No does', () => {
    for (const question of REVIEW_QUESTIONS) {
      const reach = question === 'contactsCanReach';
      expect(needsAction(question, 'yes')).toBe(!reach);
      expect(needsAction(question, 'no')).toBe(reach);
    }
  });

  it('Not sure always does, and no answer never does', () => {
    for (const question of REVIEW_QUESTIONS) {
      expect(needsAction(question, 'unsure')).toBe(true);
      expect(needsAction(question, undefined)).toBe(false);
    }
  });
});

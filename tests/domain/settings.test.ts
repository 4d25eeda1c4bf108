import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_ID, settingsSchema } from '../../src/domain/settings';

describe('settings schema', () => {
  it('fills the defaults: lock after 5 minutes, lock at once when hidden, review every 30 days', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      id: SETTINGS_ID,
      autoLockMinutes: 5,
      lockWhenHiddenAfterSeconds: 0,
      reviewIntervalDays: 30,
      lastReviewedAt: null,
      callNoticeSeen: false,
    });
    expect(settingsSchema.parse({ id: SETTINGS_ID })).toEqual(DEFAULT_SETTINGS);
  });

  it('the defaults pass their own schema unchanged', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts "never lock when hidden" and the limits of each range', () => {
    const parsed = settingsSchema.parse({
      id: SETTINGS_ID,
      autoLockMinutes: 60,
      lockWhenHiddenAfterSeconds: null,
      reviewIntervalDays: 365,
      lastReviewedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(parsed.lockWhenHiddenAfterSeconds).toBeNull();
    expect(parsed.autoLockMinutes).toBe(60);
    expect(settingsSchema.safeParse({ id: SETTINGS_ID, autoLockMinutes: 1, reviewIntervalDays: 1 }).success).toBe(true);
  });

  it.each([
    ['another id', { id: 'other' }],
    ['no id', { id: undefined }],
    ['auto-lock after 0 minutes', { autoLockMinutes: 0 }],
    ['auto-lock after more than an hour', { autoLockMinutes: 61 }],
    ['auto-lock after a fraction of a minute', { autoLockMinutes: 2.5 }],
    ['auto-lock written as text', { autoLockMinutes: '5' }],
    ['a negative delay when hidden', { lockWhenHiddenAfterSeconds: -1 }],
    ['a delay when hidden over ten minutes', { lockWhenHiddenAfterSeconds: 601 }],
    ['a review interval of 0 days', { reviewIntervalDays: 0 }],
    ['a review interval over a year', { reviewIntervalDays: 366 }],
    ['a last review that is not a date', { lastReviewedAt: 'yesterday' }],
    ['a notice flag that is not true or false', { callNoticeSeen: 'yes' }],
  ])('refuses %s', (_what, extra) => {
    expect(settingsSchema.safeParse({ id: SETTINGS_ID, ...extra }).success).toBe(false);
  });
});

describe('the plain default settings', () => {
  it('are exactly what the schema gives a new notebook', () => {
    expect(DEFAULT_SETTINGS).toEqual(settingsSchema.parse({ id: SETTINGS_ID }));
  });
});

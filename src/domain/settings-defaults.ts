/**
 * The settings a new notebook starts with, as plain data: the vault needs
 * them before unlocking, where the schema library is not loaded yet.
 * tests/domain/settings.test.ts checks they are what the schema gives.
 */
import type { Settings } from './settings';

export const SETTINGS_ID = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  id: SETTINGS_ID,
  autoLockMinutes: 5,
  lockWhenHiddenAfterSeconds: 0,
  reviewIntervalDays: 30,
  lastReviewedAt: null,
  callNoticeSeen: false,
};

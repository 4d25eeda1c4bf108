/**
 * The survivor's settings that live inside the vault. Settings needed before
 * unlocking (language, the exit page, the app's neutral name) are not here:
 * they live outside the vault and say nothing personal.
 */
import { z } from 'zod';
import { timestampSchema } from './common';

import { SETTINGS_ID } from './settings-defaults';

export { DEFAULT_SETTINGS, SETTINGS_ID } from './settings-defaults';

export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  /** Lock after this many minutes without use. */
  autoLockMinutes: z.number().int().min(1).max(60).default(5),
  /** Lock when the app is hidden, after this many seconds (0: at once; null: never). */
  lockWhenHiddenAfterSeconds: z.number().int().min(0).max(600).nullable().default(0),
  reviewIntervalDays: z.number().int().min(1).max(365).default(30),
  lastReviewedAt: timestampSchema.nullable().default(null),
  /** The note that calls and messages show in the phone's logs was read. */
  callNoticeSeen: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * A person in the survivor's life: what the survivor knows and has decided
 * about them. Only ever held in memory while the notebook is unlocked; the
 * vault stores it encrypted.
 */
import { z } from 'zod';
import { CIRCLES, COUNTRIES } from './circles';
import { longTextSchema, phoneSchema, recordIdSchema, shortTextSchema, timestampSchema } from './common';
import { CATEGORIES, LEVELS } from './levels';
import { LIMITS } from './limits';
import { ANSWERS } from './screening';

export const MESSAGING_APPS = [
  'whatsapp',
  'signal',
  'telegram',
  'wechat',
  'viber',
  'line',
  'kakaotalk',
  'messenger',
  'imessage',
  'other',
] as const;
export type MessagingApp = (typeof MESSAGING_APPS)[number];

export const REACH_WAYS = ['call', 'text', 'messaging-app', 'in-person', 'email'] as const;
export type ReachWay = (typeof REACH_WAYS)[number];

/** What the survivor may feel comfortable asking a person for. */
export const TASKS = [
  'ride',
  'stay-night',
  'watch-children',
  'translate',
  'keep-documents',
  'keep-bag',
  'spare-key',
  'drive-appointment',
  'keep-numbers',
] as const;
export type Task = (typeof TASKS)[number];

export const messagingSchema = z.object({
  app: z.enum(MESSAGING_APPS),
  /** The app's name when it is not one of ours, or a user name. */
  detail: shortTextSchema.default(''),
});

export const screeningSchema = z.object({
  /** Keys are screening question ids; unknown keys are kept but ignored. */
  answers: z.record(z.string().max(80), z.enum(ANSWERS)).default({}),
  /** Questions the survivor chose to skip. */
  skipped: z.array(z.string().max(80)).default([]),
  /** Where to pick up again after an interruption. */
  resumeAt: z.string().max(80).nullable().default(null),
  finishedAt: timestampSchema.nullable().default(null),
});
export type Screening = z.infer<typeof screeningSchema>;

export const personSchema = z.object({
  id: recordIdSchema,
  /** What the app shows: a first name, initials or a nickname. */
  label: z.string().trim().min(1).max(LIMITS.personLabel),
  fullName: shortTextSchema.default(''),
  relationship: shortTextSchema.default(''),
  /** The short name to save in the phone's own contacts. */
  phoneLabel: shortTextSchema.default(''),
  circle: z.enum(CIRCLES).nullable().default(null),
  country: z.enum(COUNTRIES).nullable().default(null),
  /**
   * The country their numbers are read in when typed without +, as a
   * two-letter region (MX, PH); null: the survivor's own default.
   */
  phoneCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .default(null),
  phones: z.array(phoneSchema).max(LIMITS.phonesPerRecord).default([]),
  messaging: z.array(messagingSchema).max(LIMITS.messagingPerPerson).default([]),
  languages: z.array(shortTextSchema).max(LIMITS.languagesPerPerson).default([]),
  bestTimes: shortTextSchema.default(''),
  reachBy: z.array(z.enum(REACH_WAYS)).default([]),
  tasks: z.array(z.enum(TASKS)).default([]),
  /** Tasks in the survivor's own words. */
  ownTasks: z.array(shortTextSchema).max(LIMITS.ownTasksPerPerson).default([]),
  screening: screeningSchema.default({ answers: {}, skipped: [], resumeAt: null, finishedAt: null }),
  /** The level the survivor chose; a suggestion never overwrites it. */
  level: z.enum(LEVELS).nullable().default(null),
  category: z.enum(CATEGORIES).nullable().default(null),
  notes: longTextSchema.default(''),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Person = z.infer<typeof personSchema>;

export function newPerson(fields: { id: string; label: string; now: string }): Person {
  return personSchema.parse({
    id: fields.id,
    label: fields.label,
    createdAt: fields.now,
    updatedAt: fields.now,
  });
}

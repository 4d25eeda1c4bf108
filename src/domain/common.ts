/**
 * Small building blocks shared by every schema of the model.
 * The domain is pure: no storage, no browser APIs, no React.
 */
import './schema-config.ts';
import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** Record ids are random UUIDs made by the vault; they carry no meaning. */
export const recordIdSchema = z.string().min(1).max(64);

/** Moments are ISO 8601 strings in UTC, so they survive JSON unchanged. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A short piece of free text typed by the survivor, in any script. */
export const shortTextSchema = z.string().trim().max(LIMITS.shortText);
export const longTextSchema = z.string().max(LIMITS.longText);

export const PHONE_KINDS = ['mobile', 'work', 'home', 'other'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export const phoneSchema = z.object({
  kind: z.enum(PHONE_KINDS),
  /** As typed, or in international form when it could be understood. */
  number: z.string().trim().min(1).max(LIMITS.phoneNumber),
});
export type Phone = z.infer<typeof phoneSchema>;

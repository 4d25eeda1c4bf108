/**
 * The key derivation parameters as stored beside the salt (keystore.ts) or
 * in a protected copy (backup.ts), checked before they are used. Loaded with
 * those, not before the first screen.
 */
// zod/mini: these schemas are loaded to unlock, where every kilobyte counts.
import '../domain/schema-config';
import * as z from 'zod/mini';
import type { KdfParams } from './kdf';

/*
 * The shape only: whole numbers at least the algorithm's minimum. How much
 * work they ask for is checked apart (withinKdfCaps in kdf.ts), so that a
 * header asking for too much gets its own message, not "damaged".
 */
export const argon2idParamsSchema = z.object({
  name: z.literal('argon2id'),
  memoryKiB: z.int().check(z.minimum(8)),
  iterations: z.int().check(z.minimum(1)),
  parallelism: z.int().check(z.minimum(1)),
});

export const pbkdf2ParamsSchema = z.object({
  name: z.literal('pbkdf2-sha256'),
  iterations: z.int().check(z.minimum(1)),
});

export const kdfParamsSchema = z.discriminatedUnion('name', [argon2idParamsSchema, pbkdf2ParamsSchema]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile if the schemas and the types of kdf.ts stop describing the same parameters. */
export type KdfSchemaMatchesTypes = Assert<Same<z.infer<typeof kdfParamsSchema>, KdfParams>>;

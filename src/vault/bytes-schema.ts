/** Checks for bytes read back from storage; loaded with the keystore, when a passphrase is used. */
// zod/mini: the keystore's schemas are loaded to unlock, where every kilobyte counts.
import '../domain/schema-config';
import * as z from 'zod/mini';
import type { Bytes } from './bytes';

/** IndexedDB hands back what was stored; accept any Uint8Array of a given length. */
export function bytesSchema(length?: number) {
  const copy = z.transform((value: Bytes): Bytes => new Uint8Array(value));
  return length === undefined
    ? z.pipe(z.instanceof(Uint8Array), copy)
    : z.pipe(
        z.instanceof(Uint8Array).check(z.refine((value) => value.byteLength === length, `expected ${length} bytes`)),
        copy,
      );
}

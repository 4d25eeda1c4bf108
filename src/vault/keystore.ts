/**
 * The envelope: a random AES-256-GCM data key encrypts every record; a key
 * derived from the passphrase wraps it. Changing the passphrase re-wraps the
 * data key and touches no record.
 *
 * Two checks tell the possible failures apart:
 * - a SHA-256 checksum over the stored fields tells damaged key material
 *   from a wrong passphrase (it holds nothing secret);
 * - a verifier, a known value encrypted under the passphrase key, tells a
 *   wrong passphrase before the data key is touched.
 */
import * as z from 'zod/mini';
import { type Bytes, equalBytes, framed, IV_BYTES, randomBytes, utf8 } from './bytes';
import { bytesSchema } from './bytes-schema';
import { KEYSTORE_ID } from './database';
import { VaultError } from './errors';
import { type DeriveOptions, deriveKeyFromPassphrase, type KdfParams, SALT_BYTES, withinKdfCaps } from './kdf';
import { kdfParamsSchema } from './kdf-schema';

const FORMAT = 1;
const VERIFIER_PLAINTEXT = 'notebook/verifier/v1';
const WRAP_AAD = utf8('notebook/data-key/v1');
const VERIFIER_AAD = utf8('notebook/verifier/v1');

export const keystoreSchema = z.object({
  id: z.literal(KEYSTORE_ID),
  format: z.literal(FORMAT),
  kdf: kdfParamsSchema,
  salt: bytesSchema(SALT_BYTES),
  wrapIv: bytesSchema(IV_BYTES),
  wrappedKey: bytesSchema(),
  verifierIv: bytesSchema(IV_BYTES),
  verifier: bytesSchema(),
  checksum: bytesSchema(32),
});
export type Keystore = z.infer<typeof keystoreSchema>;

async function checksumOf(fields: Omit<Keystore, 'checksum' | 'id' | 'format'>): Promise<Bytes> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    framed([
      utf8(JSON.stringify(fields.kdf)),
      fields.salt,
      fields.wrapIv,
      fields.wrappedKey,
      fields.verifierIv,
      fields.verifier,
    ]),
  );
  return new Uint8Array(digest);
}

async function wrapWithPassphrase(
  extractableDataKey: CryptoKey,
  passphrase: string,
  kdf: KdfParams,
  options: DeriveOptions,
): Promise<{ keystore: Keystore; wrappingKey: CryptoKey }> {
  // Never write a lock this app would refuse to open.
  if (!withinKdfCaps(kdf)) throw new Error('key derivation parameters above what the app opens');
  const salt = randomBytes(SALT_BYTES);
  const wrapIv = randomBytes(IV_BYTES);
  const verifierIv = randomBytes(IV_BYTES);
  const wrappingKey = await deriveKeyFromPassphrase(passphrase, salt, kdf, options);
  const wrappedKey = new Uint8Array(
    await crypto.subtle.wrapKey('raw', extractableDataKey, wrappingKey, {
      name: 'AES-GCM',
      iv: wrapIv,
      additionalData: WRAP_AAD,
    }),
  );
  const verifier = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: verifierIv, additionalData: VERIFIER_AAD },
      wrappingKey,
      utf8(VERIFIER_PLAINTEXT),
    ),
  );
  const fields = { kdf, salt, wrapIv, wrappedKey, verifierIv, verifier };
  return { keystore: { id: KEYSTORE_ID, format: FORMAT, ...fields, checksum: await checksumOf(fields) }, wrappingKey };
}

/**
 * Makes a new data key and wraps it. Returns the key store and the data key,
 * non-extractable. `signal` cancels the key derivation (kdf.ts).
 */
export async function createKeystore(
  passphrase: string,
  kdf: KdfParams,
  options: DeriveOptions = {},
): Promise<{ keystore: Keystore; dataKey: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const { keystore, wrappingKey } = await wrapWithPassphrase(extractable, passphrase, kdf, options);
  // Unwrapping again gives the session a non-extractable copy of the data key.
  const dataKey = await unwrapWith(keystore, wrappingKey, false);
  return { keystore, dataKey };
}

/** Parses what IndexedDB returned; anything unexpected is damage. */
export function parseKeystore(stored: unknown): Keystore {
  const parsed = keystoreSchema.safeParse(stored);
  if (!parsed.success) throw new VaultError('keystore-damaged');
  return parsed.data;
}

/**
 * Opens the key store with the passphrase. The data key comes back
 * non-extractable unless `extractable` is asked for (only to re-wrap it).
 * `signal` cancels the key derivation (kdf.ts).
 */
export async function unwrapDataKey(
  keystore: Keystore,
  passphrase: string,
  { extractable = false, signal }: DeriveOptions & { extractable?: boolean } = {},
): Promise<CryptoKey> {
  // Before anything else: a lock changed to ask for more work than the app ever uses would freeze the phone.
  if (!withinKdfCaps(keystore.kdf)) throw new VaultError('keystore-too-costly');
  const { id: _id, format: _format, checksum, ...fields } = keystore;
  if (!equalBytes(checksum, await checksumOf(fields))) throw new VaultError('keystore-damaged');

  const wrappingKey = await deriveKeyFromPassphrase(passphrase, keystore.salt, keystore.kdf, { signal });
  return unwrapWith(keystore, wrappingKey, extractable);
}

async function unwrapWith(keystore: Keystore, wrappingKey: CryptoKey, extractable: boolean): Promise<CryptoKey> {
  try {
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: keystore.verifierIv, additionalData: VERIFIER_AAD },
      wrappingKey,
      keystore.verifier,
    );
  } catch {
    throw new VaultError('wrong-passphrase');
  }
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      keystore.wrappedKey,
      wrappingKey,
      { name: 'AES-GCM', iv: keystore.wrapIv, additionalData: WRAP_AAD },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch (cause) {
    throw new VaultError('keystore-damaged', { cause });
  }
}

/** Re-wraps the same data key under a new passphrase (and the current KDF settings). */
export async function rewrapKeystore(
  keystore: Keystore,
  currentPassphrase: string,
  newPassphrase: string,
  kdf: KdfParams,
  options: DeriveOptions = {},
): Promise<Keystore> {
  const extractable = await unwrapDataKey(keystore, currentPassphrase, { ...options, extractable: true });
  return (await wrapWithPassphrase(extractable, newPassphrase, kdf, options)).keystore;
}

/**
 * Key derivation: turns the passphrase into the key that wraps the data key.
 * Argon2id (memory-hard, through hash-wasm's WebAssembly) is the default;
 * PBKDF2-SHA256 through Web Crypto is the fallback where WebAssembly is
 * missing. The name and parameters are stored beside the salt, so a later
 * version can raise them and still open older notebooks.
 */
// zod/mini: these schemas are needed before unlocking, where every kilobyte counts.
import * as z from 'zod/mini';

export const argon2idParamsSchema = z.object({
  name: z.literal('argon2id'),
  memoryKiB: z.int().check(z.minimum(8), z.maximum(1_048_576)),
  iterations: z.int().check(z.minimum(1), z.maximum(64)),
  parallelism: z.int().check(z.minimum(1), z.maximum(16)),
});

export const pbkdf2ParamsSchema = z.object({
  name: z.literal('pbkdf2-sha256'),
  iterations: z.int().check(z.minimum(1), z.maximum(10_000_000)),
});

export const kdfParamsSchema = z.discriminatedUnion('name', [argon2idParamsSchema, pbkdf2ParamsSchema]);
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/** 64 MiB, 3 passes, 1 lane: OWASP's Argon2id guidance, slower than its minimum. */
export const ARGON2ID_DEFAULT: KdfParams = { name: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 };

/** OWASP's figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_DEFAULT: KdfParams = { name: 'pbkdf2-sha256', iterations: 600_000 };

export const SALT_BYTES = 16;

export function defaultKdfParams(): KdfParams {
  return typeof WebAssembly === 'object' ? ARGON2ID_DEFAULT : PBKDF2_DEFAULT;
}

/**
 * Derives a non-extractable AES-256-GCM key from the passphrase. The
 * passphrase is normalised (NFC) so the same words typed on another keyboard
 * give the same key.
 */
export async function deriveKeyFromPassphrase(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  params: KdfParams,
): Promise<CryptoKey> {
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  try {
    if (params.name === 'pbkdf2-sha256') {
      const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
      return await crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
        base,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
      );
    }
    const { argon2idRaw } = await import('./argon2');
    const raw = await argon2idRaw(secret, salt, params);
    try {
      return await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [
        'encrypt',
        'decrypt',
        'wrapKey',
        'unwrapKey',
      ]);
    } finally {
      raw.fill(0);
    }
  } finally {
    secret.fill(0);
  }
}

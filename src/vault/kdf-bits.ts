/**
 * The one derivation: the passphrase's bytes and the salt in, 256 raw key
 * bits out. The worker (kdf.worker.ts) runs it, and so does the page itself
 * where there is no worker, so both give the same bits.
 */
import type { KdfParams } from './kdf';

export const KEY_BITS = 256;

export async function deriveBitsHere(
  secret: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  params: KdfParams,
): Promise<Uint8Array<ArrayBuffer>> {
  if (params.name === 'pbkdf2-sha256') {
    const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
    return new Uint8Array(
      await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
        base,
        KEY_BITS,
      ),
    );
  }
  const { argon2idRaw } = await import('./argon2');
  return argon2idRaw(secret, salt, params);
}

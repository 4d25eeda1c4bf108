/** Can this browser keep an encrypted notebook at all? Checked before anything else. */
import type { VaultErrorCode } from './errors';

export function missingCapability(): Extract<VaultErrorCode, 'crypto-unavailable' | 'storage-unavailable'> | null {
  const webCrypto = globalThis.crypto;
  if (!webCrypto?.subtle || typeof webCrypto.getRandomValues !== 'function') return 'crypto-unavailable';
  if (typeof indexedDB === 'undefined' || indexedDB === null) return 'storage-unavailable';
  return null;
}

/** A fresh random id for a record; it means nothing. */
export function newRecordId(): string {
  return crypto.randomUUID();
}

/**
 * What the page and the key-derivation worker say to each other. One worker
 * does one derivation: the page sends the passphrase's bytes, the salt and
 * the parameters, each buffer transferred (so no copy stays behind), and the
 * worker sends back the raw key bits, transferred too, or that it failed
 * (never why: nothing about the passphrase travels in an error). Both sides
 * zero what they held once it is used.
 */
import type { KdfParams } from './kdf';
import { deriveBitsHere } from './kdf-bits';

export interface DeriveRequest {
  type: 'derive';
  secret: ArrayBuffer;
  salt: ArrayBuffer;
  params: KdfParams;
}

export type DeriveReply = { type: 'derived'; bits: ArrayBuffer } | { type: 'failed' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1;

function isKdfParams(value: unknown): value is KdfParams {
  if (!isRecord(value)) return false;
  if (value.name === 'pbkdf2-sha256') return isCount(value.iterations);
  return (
    value.name === 'argon2id' && isCount(value.memoryKiB) && isCount(value.iterations) && isCount(value.parallelism)
  );
}

export function isDeriveRequest(data: unknown): data is DeriveRequest {
  return (
    isRecord(data) &&
    data.type === 'derive' &&
    data.secret instanceof ArrayBuffer &&
    data.salt instanceof ArrayBuffer &&
    isKdfParams(data.params)
  );
}

export function isDeriveReply(data: unknown): data is DeriveReply {
  if (!isRecord(data)) return false;
  return (data.type === 'derived' && data.bits instanceof ArrayBuffer) || data.type === 'failed';
}

/** The worker's side: derives what was asked, zeroes the passphrase's bytes, and says what to send back. */
export async function answerDeriveRequest(data: unknown): Promise<{ reply: DeriveReply; transfer: ArrayBuffer[] }> {
  if (!isDeriveRequest(data)) {
    // Whatever came, its bytes are not kept.
    if (isRecord(data) && data.secret instanceof ArrayBuffer) new Uint8Array(data.secret).fill(0);
    return { reply: { type: 'failed' }, transfer: [] };
  }
  const secret = new Uint8Array(data.secret);
  try {
    const bits = await deriveBitsHere(secret, new Uint8Array(data.salt), data.params);
    return { reply: { type: 'derived', bits: bits.buffer }, transfer: [bits.buffer] };
  } catch {
    return { reply: { type: 'failed' }, transfer: [] };
  } finally {
    secret.fill(0);
  }
}

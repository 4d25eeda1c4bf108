/**
 * One record at rest: `{id, iv, ciphertext}`. The plaintext is the whole
 * record as JSON, encrypted with AES-256-GCM under the data key, with a fresh
 * 96-bit IV for every write. The table name and record id are bound as
 * additional authenticated data, so a record copied into another slot or
 * another table does not open.
 */
import { type Bytes, IV_BYTES, randomBytes, utf8 } from './bytes';

export interface SealedRecord {
  id: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

export class RecordIntegrityError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('record failed its integrity check', options);
    this.name = 'RecordIntegrityError';
  }
}

function recordAad(table: string, id: string): Bytes {
  return utf8(`notebook/record/v1/${table}/${id}`);
}

export async function sealRecord(key: CryptoKey, table: string, id: string, value: unknown): Promise<SealedRecord> {
  const iv = randomBytes(IV_BYTES);
  const plaintext = utf8(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: recordAad(table, id) },
    key,
    plaintext,
  );
  return { id, iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypts and parses JSON; throws RecordIntegrityError if either fails. */
export async function openRecord(key: CryptoKey, table: string, sealed: SealedRecord): Promise<unknown> {
  if (!(sealed.iv instanceof Uint8Array) || !(sealed.ciphertext instanceof Uint8Array)) {
    throw new RecordIntegrityError();
  }
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(sealed.iv), additionalData: recordAad(table, sealed.id) },
      key,
      new Uint8Array(sealed.ciphertext),
    );
  } catch (cause) {
    throw new RecordIntegrityError({ cause });
  }
  try {
    return JSON.parse(new TextDecoder().decode(plaintext));
  } catch (cause) {
    throw new RecordIntegrityError({ cause });
  }
}

/**
 * One record at rest: `{id, iv, ciphertext}`. The plaintext is the whole
 * record as JSON, encrypted with AES-256-GCM under the data key, with a fresh
 * 96-bit IV for every write. The table name and record id are bound as
 * additional authenticated data, so a record copied into another slot or
 * another table does not open. The JSON is padded with spaces to a size
 * bucket (a power of two from 512 bytes, then whole 16 KiB blocks), so the
 * stored sizes say little about how much each entry holds; trailing spaces
 * are JSON whitespace, so records written before padding still open.
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

const SPACE = 0x20;
const CLOSING_BRACE = 0x7d;
const DECODER = new TextDecoder();

/**
 * Where the JSON ends inside a padded plaintext. Every record is an object,
 * so its text ends with "}": found by a native search from the end, rather
 * than by reading the padding byte by byte. Anything else (a plaintext that
 * is not an object) is read whole, trailing spaces and all.
 */
export function endOfJson(bytes: Uint8Array): number {
  const length = bytes.length;
  if (length === 0 || bytes[length - 1] !== SPACE) return length;
  const close = bytes.lastIndexOf(CLOSING_BRACE);
  return close === -1 ? length : close + 1;
}

/** The smallest bucket: most records (an organisation, a short entry) fit in it. */
const SMALLEST_BUCKET = 512;
/** Past this, buckets grow by whole blocks of it rather than doubling. */
const LARGEST_DOUBLING = 16 * 1024;

/** The padded length of a plaintext of `length` bytes. */
export function bucketOf(length: number): number {
  if (length <= SMALLEST_BUCKET) return SMALLEST_BUCKET;
  if (length <= LARGEST_DOUBLING) return 2 ** Math.ceil(Math.log2(length));
  return Math.ceil(length / LARGEST_DOUBLING) * LARGEST_DOUBLING;
}

function paddedJson(value: unknown): Bytes {
  const json = utf8(JSON.stringify(value));
  const padded = new Uint8Array(bucketOf(json.byteLength)).fill(SPACE);
  padded.set(json);
  json.fill(0);
  return padded;
}

export async function sealRecord(key: CryptoKey, table: string, id: string, value: unknown): Promise<SealedRecord> {
  const iv = randomBytes(IV_BYTES);
  const plaintext = paddedJson(value);
  try {
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: recordAad(table, id) },
      key,
      plaintext,
    );
    return { id, iv, ciphertext: new Uint8Array(ciphertext) };
  } finally {
    plaintext.fill(0);
  }
}

/** Decrypts and parses JSON; throws RecordIntegrityError if either fails. */
export async function openRecord(key: CryptoKey, table: string, sealed: SealedRecord): Promise<unknown> {
  if (!(sealed.iv instanceof Uint8Array) || !(sealed.ciphertext instanceof Uint8Array)) {
    throw new RecordIntegrityError();
  }
  let plaintext: ArrayBuffer;
  try {
    // The stored arrays are handed over as they are: the decryption copies what it reads.
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as Bytes, additionalData: recordAad(table, sealed.id) },
      key,
      sealed.ciphertext as Bytes,
    );
  } catch (cause) {
    throw new RecordIntegrityError({ cause });
  }
  try {
    // The padding is left unread: trailing spaces cost a decode and a parse for nothing.
    const bytes = new Uint8Array(plaintext);
    const end = endOfJson(bytes);
    try {
      return JSON.parse(DECODER.decode(bytes.subarray(0, end)));
    } catch (error) {
      // A "}" that was not the end (inside a string of a value that is not an object): read it whole.
      if (end === bytes.length) throw error;
      return JSON.parse(DECODER.decode(bytes));
    }
  } catch (cause) {
    throw new RecordIntegrityError({ cause });
  }
}

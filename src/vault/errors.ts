/** Every failure the vault reports, by a code the UI can put into words. */
import type { RecordTable } from './database';

export type VaultErrorCode =
  /** The passphrase does not open this notebook. */
  | 'wrong-passphrase'
  /** The stored key material is damaged; it cannot be opened. */
  | 'keystore-damaged'
  /** The stored lock asks for more key-derivation work than this app ever uses (kdf.ts KDF_CAPS): refused unopened. */
  | 'keystore-too-costly'
  /** The device refused to store more. */
  | 'storage-full'
  /** IndexedDB is missing or refused (some private modes). */
  | 'storage-unavailable'
  /** Web Crypto is missing (an old browser, or a page not served securely). */
  | 'crypto-unavailable'
  /** Another tab keeps an older version of the app open. */
  | 'blocked-by-other-tab'
  /** Another tab opened a newer version; this one must reload. */
  | 'newer-version-elsewhere'
  /** The notebook was locked (Lock, the quick exit, another tab) while its key was being derived: stopped, nothing changed. */
  | 'cancelled'
  /** An operation needs the notebook unlocked. */
  | 'locked'
  /** There is no notebook to unlock yet, or there already is one. */
  | 'no-vault'
  | 'vault-exists'
  /** A record to write breaks a rule of its schema (see InvalidRecordError); nothing was written. */
  | 'invalid-record'
  /** Something else went wrong while reading or writing. */
  | 'storage-failed'
  /** The file is not a protected copy from this app (not JSON, or another format). */
  | 'backup-foreign'
  /** A protected copy, but cut short, changed, or holding something invalid. */
  | 'backup-damaged'
  /** A protected copy whose header asks for more key-derivation work than this app ever uses: refused unopened. */
  | 'backup-too-costly'
  /** A protected copy made by a newer version of the app; update first. */
  | 'backup-newer-version';

export class VaultError extends Error {
  readonly code: VaultErrorCode;

  constructor(code: VaultErrorCode, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'VaultError';
    this.code = code;
  }
}

/** How a value breaks its schema: longer than its limit, more items than allowed, absent or empty, or otherwise wrong. */
export type RecordProblem = 'too-long' | 'too-many' | 'missing' | 'invalid';

/**
 * A record refused on write, naming where and how, so the person can be told
 * which field to change. It carries the field's name and never its value:
 * errors may be shown, kept or reported, and nothing personal may go with them.
 */
export class InvalidRecordError extends VaultError {
  override readonly code = 'invalid-record' as const;
  readonly table: RecordTable;
  /** The record's own key (`fullName`, `phones`), or null when the failure is not inside one of its fields. */
  readonly field: string | null;
  /** For a failure inside a list (`phones.2.number`), the item's place in it, from 0. */
  readonly index: number | null;
  readonly problem: RecordProblem;
  /** The most characters (`too-long`) or items (`too-many`) allowed; null for the other problems. */
  readonly limit: number | null;

  constructor(details: {
    table: RecordTable;
    field: string | null;
    index: number | null;
    problem: RecordProblem;
    limit: number | null;
  }) {
    super('invalid-record');
    this.name = 'InvalidRecordError';
    this.table = details.table;
    this.field = details.field;
    this.index = details.index;
    this.problem = details.problem;
    this.limit = details.limit;
  }
}

export function isInvalidRecordError(error: unknown): error is InvalidRecordError {
  return error instanceof InvalidRecordError;
}

export function isVaultError(error: unknown): error is VaultError {
  return error instanceof VaultError;
}

/** Names a storage failure by its kind; never looks at stored values. */
export function storageErrorCode(error: unknown): VaultErrorCode {
  if (error instanceof VaultError) return error.code;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'storage-full';
  if (names.some((name) => name === 'MissingAPIError' || name === 'InvalidStateError')) {
    return 'storage-unavailable';
  }
  if (names.includes('VersionError')) return 'newer-version-elsewhere';
  return 'storage-failed';
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? (current as { cause?: unknown }).cause;
  }
  return names;
}

export function toVaultError(error: unknown): VaultError {
  return error instanceof VaultError ? error : new VaultError(storageErrorCode(error), { cause: error });
}

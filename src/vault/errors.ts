/** Every failure the vault reports, by a code the UI can put into words. */
export type VaultErrorCode =
  /** The passphrase does not open this notebook. */
  | 'wrong-passphrase'
  /** The stored key material is damaged; it cannot be opened. */
  | 'keystore-damaged'
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
  /** An operation needs the notebook unlocked. */
  | 'locked'
  /** There is no notebook to unlock yet, or there already is one. */
  | 'no-vault'
  | 'vault-exists'
  /** Something else went wrong while reading or writing. */
  | 'storage-failed'
  /** The file is not a protected copy from this app (not JSON, or another format). */
  | 'backup-foreign'
  /** A protected copy, but cut short, changed, or holding something invalid. */
  | 'backup-damaged'
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

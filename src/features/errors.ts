/** Turns any failure into a message key in the `errors` namespace; never shows raw error text. */
import { isVaultError, type VaultErrorCode } from '../vault';

export function errorKey(error: unknown): `errors:${VaultErrorCode}` {
  return `errors:${isVaultError(error) ? error.code : 'storage-failed'}`;
}

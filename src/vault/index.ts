/**
 * The vault's one public entry: the only module outside src/vault may import.
 * Features and the shell get the session, record ids, errors, the persistence
 * state and the types they pass around; the tables, the keystore, the key
 * derivation and the sealing of records stay inside.
 *
 * Everything here is already on the first screen's path (src/main.tsx opens a
 * session), so this module adds no code to it. The backup code is loaded on
 * demand by the session, so only its types are re-exported: a value export
 * from it would put zod and the backup format on the unlock screen.
 */
export type { OpenedBackup } from './backup';
export { newRecordId } from './environment';
// All of it: the error codes grow with the vault, and each one is public.
export * from './errors';
export type { PersistenceState, PersistenceStatus } from './persistence';
export { EditConflict, NotebookSession, type SaveResult, type SessionState } from './session';
export type { VaultContents } from './vault';

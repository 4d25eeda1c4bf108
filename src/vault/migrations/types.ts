import type { Transaction } from 'dexie';

/**
 * A numbered change to how the database is laid out. Records are encrypted,
 * so an upgrade can move whole records but never read inside them: changes
 * to a record's fields are handled by its zod schema's defaults on read.
 */
export interface StoreMigration {
  version: number;
  /** Tables added or changed in this version, in Dexie's schema syntax; null deletes one. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

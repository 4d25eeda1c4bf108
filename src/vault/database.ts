/**
 * The Dexie database. Only the vault uses it; every record table holds
 * SealedRecord objects and nothing else.
 */
import Dexie, { type Table } from 'dexie';
import { MIGRATIONS, type StoreMigration } from './migrations';
import type { SealedRecord } from './sealed-record';

/** The one row of the keystore table: the wrapped data key, its salt and KDF parameters (keystore.ts). */
export const KEYSTORE_ID = 'main';

/** A neutral name: it shows in the browser's storage inspector. */
export const DATABASE_NAME = 'notebook';

export const RECORD_TABLES = ['people', 'organisations', 'settings', 'history'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export class NotebookDatabase extends Dexie {
  declare keystore: Table<unknown, string>;
  declare people: Table<SealedRecord, string>;
  declare organisations: Table<SealedRecord, string>;
  declare settings: Table<SealedRecord, string>;
  declare history: Table<SealedRecord, string>;
  /** One row, LEDGER_ID: which version of each record was last written (ledger.ts). */
  declare ledger: Table<SealedRecord, string>;

  constructor(name: string = DATABASE_NAME, migrations: readonly StoreMigration[] = MIGRATIONS) {
    super(name);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }

  recordTable(table: RecordTable): Table<SealedRecord, string> {
    return this.table(table);
  }
}

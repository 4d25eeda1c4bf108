import { createTables } from './0001-create-tables';
import { addHistory } from './0002-add-history';
import { addLedger } from './0003-add-ledger';
import type { StoreMigration } from './types';

/** Every migration, oldest first. Add new ones at the end; never edit a released one. */
export const MIGRATIONS: readonly StoreMigration[] = [createTables, addHistory, addLedger];

export const CURRENT_VERSION = MIGRATIONS.at(-1)?.version ?? 1;
export type { StoreMigration } from './types';

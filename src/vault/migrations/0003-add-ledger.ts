/**
 * Version 3: the ledger, one encrypted row that says which version of each
 * record the app last wrote (ledger.ts), so a record put back from an older
 * copy, or removed, behind the app's back is noticed.
 */
import type { StoreMigration } from './types';

export const addLedger: StoreMigration = {
  version: 3,
  stores: {
    ledger: 'id',
  },
};

/**
 * Version 1: the key store and one table per kind of record. Every record
 * table is keyed by a random id and has no other index, so nothing personal
 * is ever a key.
 */
import type { StoreMigration } from './types';

export const createTables: StoreMigration = {
  version: 1,
  stores: {
    keystore: 'id',
    people: 'id',
    organisations: 'id',
    settings: 'id',
  },
};

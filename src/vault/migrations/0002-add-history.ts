/** Version 2: a table for the private history of changes about each person. */
import type { StoreMigration } from './types';

export const addHistory: StoreMigration = {
  version: 2,
  stores: {
    history: 'id',
  },
};

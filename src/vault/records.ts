/** Which schema each record table holds. The vault parses every record it decrypts. */
import type { z } from 'zod';
import { historyEntrySchema } from '../domain/history';
import { organisationSchema } from '../domain/organisation';
import { personSchema } from '../domain/person';
import { settingsSchema } from '../domain/settings';
import type { RecordTable } from './database';

export const RECORD_SCHEMAS = {
  people: personSchema,
  organisations: organisationSchema,
  settings: settingsSchema,
  history: historyEntrySchema,
} as const satisfies Record<RecordTable, z.ZodType<{ id: string }>>;

export type RecordOf<T extends RecordTable> = z.output<(typeof RECORD_SCHEMAS)[T]>;

/**
 * Which schema each record table holds. The vault parses every record it
 * decrypts, and checks every record before it encrypts one.
 */
import type { z } from 'zod';
import { historyEntrySchema } from '../domain/history';
import { organisationSchema } from '../domain/organisation';
import { personSchema } from '../domain/person';
import { settingsSchema } from '../domain/settings';
import type { RecordTable } from './database';
import { InvalidRecordError, type RecordProblem } from './errors';

export const RECORD_SCHEMAS = {
  people: personSchema,
  organisations: organisationSchema,
  settings: settingsSchema,
  history: historyEntrySchema,
} as const satisfies Record<RecordTable, z.ZodObject<{ id: z.ZodType<string> }>>;

export type RecordOf<T extends RecordTable> = z.output<(typeof RECORD_SCHEMAS)[T]>;

/**
 * The record as it will be stored (trimmed, defaults filled in), or an
 * InvalidRecordError naming the first field that breaks its schema. zod's own
 * error is not passed on: only the field's name, the kind of problem and the
 * limit leave here, never the value.
 */
export function validRecord<T extends RecordTable>(table: T, record: unknown): RecordOf<T> {
  const schema = RECORD_SCHEMAS[table];
  const result = schema.safeParse(record);
  if (result.success) return result.data as RecordOf<T>;
  const [issue] = result.error.issues;
  const [top, second] = issue?.path ?? [];
  // Only a key of the schema names a field: a key that is not one could be anything, the survivor's words included.
  const field = typeof top === 'string' && Object.hasOwn(schema.shape, top) ? top : null;
  throw new InvalidRecordError({
    table,
    field,
    index: field !== null && typeof second === 'number' ? second : null,
    ...(issue ? problemOf(issue, valueAt(record, issue.path)) : { problem: 'invalid', limit: null }),
  });
}

function problemOf(issue: z.core.$ZodIssue, value: unknown): { problem: RecordProblem; limit: number | null } {
  const sized = issue.code === 'too_big' || issue.code === 'too_small' ? issue.origin : null;
  if (issue.code === 'too_big' && (sized === 'string' || sized === 'array')) {
    return { problem: sized === 'string' ? 'too-long' : 'too-many', limit: Number(issue.maximum) };
  }
  // The only minimums are "not empty": a name, a phone number.
  if (issue.code === 'too_small' && (sized === 'string' || sized === 'array'))
    return { problem: 'missing', limit: null };
  if (value === undefined || value === null) return { problem: 'missing', limit: null };
  return { problem: 'invalid', limit: null };
}

/** Looks only to tell an absent value from a wrong one; the value itself goes nowhere. */
function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Turns any failure into words from the `errors` namespace; never shows raw
 * error text, and never a stored value.
 *
 * - `errorText(t, error)`: the finished sentence in the person's language.
 *   Use it wherever a save can fail: for a record the vault refused it names
 *   the field and its limit ("“Full name” is too long. It can have up to 200
 *   characters."), for anything else it is the same as `t(errorKey(error))`.
 *   Any `t` from `useTranslation` works, whatever its namespace.
 * - `errorMessage(error)`: the same as data, for a form that puts the message
 *   beside the input it is about: `field` is the record's key (`fullName`,
 *   `phones`) and `index` the item's place in a list, from 0.
 *
 *       catch (error) {
 *         const { field, index } = errorMessage(error);
 *         setError({ field, index, text: errorText(t, error) });
 *       }
 *
 * - `errorKey(error)`: a general message's key, for failures no field causes.
 */
import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../domain/history';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { type InvalidRecordError, isInvalidRecordError, isVaultError, type VaultErrorCode } from '../vault';

export function errorKey(error: unknown): `errors:${VaultErrorCode}` {
  return `errors:${isVaultError(error) ? error.code : 'storage-failed'}`;
}

type FieldMessage = 'too-long' | 'too-long-item' | 'too-many' | 'missing' | 'missing-item' | 'invalid' | 'invalid-item';

export interface ErrorMessage {
  key: `errors:${VaultErrorCode}` | `errors:invalid-field.${FieldMessage}`;
  /** `count`: the limit; `position`: the item's place in its list, from 1, as people count. */
  values: { count?: number; position?: number };
  /** The key of the field's name, translated into `values.field` by `errorText`; null when no field is named. */
  fieldName: `errors:fields.${string}` | null;
  /** The record's key the message is about (`fullName`, `phones`); null when it is about no one field. */
  field: string | null;
  /** For an item of a list (`phones.2.number`), its place, from 0. */
  index: number | null;
}

/**
 * Which fields have a name in errors.json, as `fields.<table>.<field>`: every
 * field the survivor fills in. Ids, timestamps and settings are never typed
 * by hand, so a problem with one gets the general message. A new field fails
 * to compile here until someone decides.
 */
const NAMED_FIELDS: {
  [Table in InvalidRecordError['table']]: Record<keyof TableRecord[Table], boolean>;
} = {
  people: {
    id: false,
    label: true,
    fullName: true,
    relationship: true,
    phoneLabel: true,
    circle: true,
    country: true,
    phoneCountry: true,
    phones: true,
    messaging: true,
    languages: true,
    bestTimes: true,
    reachBy: true,
    tasks: true,
    ownTasks: true,
    screening: true,
    level: true,
    category: true,
    notes: true,
    createdAt: false,
    updatedAt: false,
  },
  organisations: {
    id: false,
    name: true,
    type: true,
    questions: true,
    helps: true,
    contactPerson: true,
    phones: true,
    email: true,
    address: true,
    website: true,
    hours: true,
    notes: true,
    // A checkbox: it cannot be filled in wrongly, so it needs no name of its own.
    emergencyOnly: false,
    createdAt: false,
    updatedAt: false,
  },
  history: { id: false, personId: false, at: false, field: false, from: false, to: false, reason: true },
  settings: {
    id: false,
    autoLockMinutes: false,
    lockWhenHiddenAfterSeconds: false,
    reviewIntervalDays: false,
    lastReviewedAt: false,
    callNoticeSeen: false,
  },
};

interface TableRecord {
  people: Person;
  organisations: Organisation;
  history: HistoryEntry;
  settings: Settings;
}

/** Every field name errors.json must have, as `<table>.<field>`. */
export const NAMED_FIELD_KEYS: readonly string[] = Object.entries(NAMED_FIELDS).flatMap(([table, fields]) =>
  Object.entries(fields)
    .filter(([, named]) => named)
    .map(([field]) => `${table}.${field}`),
);

export function errorMessage(error: unknown): ErrorMessage {
  const general: ErrorMessage = { key: errorKey(error), values: {}, fieldName: null, field: null, index: null };
  if (!isInvalidRecordError(error)) return general;
  const { table, field, index, problem, limit } = error;
  const named: Record<string, boolean> = NAMED_FIELDS[table];
  const counted = problem === 'too-long' || problem === 'too-many';
  // Without its field's name, or a count it needs, a precise sentence would read wrong: say the general one.
  if (field === null || named[field] !== true || (counted && limit === null)) return { ...general, field, index };
  const item = index !== null && problem !== 'too-many';
  const message: FieldMessage = problem === 'too-many' ? 'too-many' : item ? `${problem}-item` : problem;
  const values: ErrorMessage['values'] = {};
  if (limit !== null) values.count = limit;
  if (item && index !== null) values.position = index + 1;
  return {
    key: `errors:invalid-field.${message}`,
    values,
    fieldName: `errors:fields.${table}.${field}`,
    field,
    index,
  };
}

export function errorText(t: TFunction, error: unknown): string {
  const { key, values, fieldName } = errorMessage(error);
  return fieldName ? t(key, { ...values, field: t(fieldName) }) : t(key, values);
}

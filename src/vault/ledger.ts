/**
 * The ledger: which version of each record the app last wrote, so storage
 * changed behind the app's back is noticed. A record's additional data
 * already stops it from opening in another slot; the ledger catches what
 * that cannot: an older copy of the same record put back, a record removed,
 * and a record that appeared without the app writing it.
 *
 * Each write uses a fresh random IV, so a record's IV names its version. The
 * ledger maps `table/id` to that IV and is itself one sealed record (its own
 * table, padded and encrypted under the data key like the others). It is
 * written in the same transaction as the records it describes; a write that
 * finds the ledger changed since it read it (another tab) starts again.
 */
import type { RecordTable } from './database';
import { openRecord, RecordIntegrityError, type SealedRecord, sealRecord } from './sealed-record';

export const LEDGER_ID = 'main';
const LEDGER_TABLE = 'ledger';

/** `table/id` -> the IV of the version last written, in hex. */
export type LedgerEntries = Map<string, string>;

/** A record that is not as the app last wrote it. */
export interface ChangedRecord {
  /** `ledger`: the ledger itself does not open, so nothing can be checked until it is written afresh. */
  table: RecordTable | 'ledger';
  id: string;
  /** `replaced`: another version than the last one written (an older copy); `missing`: removed; `unknown`: never written by the app. */
  reason: 'replaced' | 'missing' | 'unknown';
}

export function entryKey(table: RecordTable, id: string): string {
  return `${table}/${id}`;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function versionOf(row: Pick<SealedRecord, 'iv'>): string {
  // A row changed into something that is not a record has no version; it is named as damaged.
  if (!(row.iv instanceof Uint8Array)) return '';
  let text = '';
  for (const byte of row.iv) text += HEX[byte];
  return text;
}

/** The ledger that describes these rows exactly. */
export function entriesOf(rows: ReadonlyMap<RecordTable, readonly SealedRecord[]>): LedgerEntries {
  const entries: LedgerEntries = new Map();
  for (const [table, list] of rows) for (const row of list) entries.set(entryKey(table, row.id), versionOf(row));
  return entries;
}

/** What differs between the stored rows and the ledger. */
export function changedRecords(
  entries: LedgerEntries,
  rows: ReadonlyMap<RecordTable, readonly SealedRecord[]>,
): ChangedRecord[] {
  const changed: ChangedRecord[] = [];
  const seen = new Set<string>();
  for (const [table, list] of rows) {
    for (const row of list) {
      const key = entryKey(table, row.id);
      seen.add(key);
      const expected = entries.get(key);
      if (expected === undefined) changed.push({ table, id: row.id, reason: 'unknown' });
      else if (expected !== versionOf(row)) changed.push({ table, id: row.id, reason: 'replaced' });
    }
  }
  for (const key of entries.keys()) {
    if (seen.has(key)) continue;
    const slash = key.indexOf('/');
    const table = key.slice(0, slash) as RecordTable;
    if (rows.has(table)) changed.push({ table, id: key.slice(slash + 1), reason: 'missing' });
  }
  return changed;
}

export async function sealLedger(key: CryptoKey, entries: LedgerEntries): Promise<SealedRecord> {
  return sealRecord(key, LEDGER_TABLE, LEDGER_ID, { version: 1, entries: Object.fromEntries(entries) });
}

/** The ledger's entries; null when it does not open or is not a ledger (changed or damaged). */
export async function openLedger(key: CryptoKey, row: SealedRecord): Promise<LedgerEntries | null> {
  let value: unknown;
  try {
    value = await openRecord(key, LEDGER_TABLE, row);
  } catch (error) {
    if (error instanceof RecordIntegrityError) return null;
    throw error;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { version, entries } = value as { version?: unknown; entries?: unknown };
  if (version !== 1 || typeof entries !== 'object' || entries === null || Array.isArray(entries)) return null;
  const map: LedgerEntries = new Map();
  for (const [entry, iv] of Object.entries(entries)) {
    if (typeof iv !== 'string') return null;
    map.set(entry, iv);
  }
  return map;
}

/** Whether two reads of the ledger row found the same version (or both found none). */
export function sameLedgerRow(a: SealedRecord | undefined, b: SealedRecord | undefined): boolean {
  if (!a || !b) return a === b;
  return versionOf(a) === versionOf(b);
}

/**
 * The vault: the only code that reads or writes the device's storage.
 *
 * While locked it holds no key. Unlocking derives the passphrase key, unwraps
 * the data key as a non-extractable CryptoKey and keeps it in memory only;
 * `lock()` drops it, and cancels any key derivation still running, so a lock
 * pressed while the passphrase is being checked leaves the vault locked.
 * Records are encrypted before a transaction starts and
 * written in one transaction (awaiting Web Crypto inside an IndexedDB
 * transaction would commit it early). Every record read is decrypted and then
 * parsed with its schema; one that fails is reported by id and kept as it is,
 * and the others still open.
 */
import Dexie from 'dexie';
import type { HistoryEntry } from '../domain/history';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../domain/settings-defaults';
import { DATABASE_NAME, KEYSTORE_ID, NotebookDatabase, RECORD_TABLES, type RecordTable } from './database';
import { toVaultError, VaultError, type VaultErrorCode } from './errors';
import { chooseKdfParams, type KdfParams } from './kdf';
import type { RecordOf } from './records';

/**
 * The record schemas are loaded on first use, after the passphrase: the
 * unlock screen does not need them, and they are most of the domain's code.
 */
const loadRecords = () => import('./records');
const loadSchemas = () => loadRecords().then((module) => module.RECORD_SCHEMAS);
/** The keystore (and zod with it) is needed to use a passphrase, not to show the first screen. */
const loadKeystore = () => import('./keystore');

import {
  type ChangedRecord,
  changedRecords,
  entriesOf,
  entryKey,
  LEDGER_ID,
  type LedgerEntries,
  openLedger,
  sameLedgerRow,
  sealLedger,
  versionOf,
} from './ledger';
import { openRecord, RecordIntegrityError, type SealedRecord, sealRecord } from './sealed-record';

/** How often a write starts again when another tab wrote the ledger between its read and its write. */
const LEDGER_ATTEMPTS = 5;

export interface DamagedRecord {
  table: RecordTable;
  id: string;
  /** `integrity`: it does not decrypt (changed or corrupted); `invalid`: it decrypts but is not a valid record. */
  reason: 'integrity' | 'invalid';
}

/** The notebook as stored, still sealed: each record table's rows and the ledger. */
interface StoredRows {
  rows: SealedRecord[][];
  ledgerRow: SealedRecord | undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function sameSealedRecord(a: SealedRecord, b: SealedRecord): boolean {
  return a.id === b.id && sameBytes(a.iv, b.iv) && sameBytes(a.ciphertext, b.ciphertext);
}

/** Everything the notebook holds, decrypted. Exists only while unlocked. */
export interface VaultContents {
  people: Person[];
  organisations: Organisation[];
  history: HistoryEntry[];
  settings: Settings;
  damaged: DamagedRecord[];
  /** Records that are not as the app last wrote them (ledger.ts): put back from an older copy, removed, or unknown. */
  changedBehind: ChangedRecord[];
}

/** Every record of every table, as a restore writes them. */
export type RecordSet = Omit<VaultContents, 'damaged' | 'changedBehind'>;

export type VaultEvent =
  | { type: 'locked' }
  /** Another tab holds an older version open, so this one cannot upgrade. */
  | { type: 'blocked' }
  /** Another tab opened a newer version: this tab must reload. */
  | { type: 'closed'; reason: VaultErrorCode }
  /** Another tab deleted the notebook ("delete everything"): this vault is closed, and there is nothing to open. */
  | { type: 'erased' };

export interface VaultOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Key derivation for new passphrases; by default Argon2id, or PBKDF2 calibrated here (kdf.ts). */
  kdf?: KdfParams;
}

export class Vault {
  readonly #db: NotebookDatabase;
  readonly #kdf: KdfParams | undefined;
  readonly #listeners = new Set<(event: VaultEvent) => void>();
  #key: CryptoKey | null = null;
  /** Aborted by every lock: whatever derives a key under it stops, and no key comes of it. */
  #work = new AbortController();
  #closedReason: VaultErrorCode | null = null;
  /**
   * The sealed records as read while the key was being derived (see
   * `unlock`); `readAll` takes them once, if nothing was written since.
   */
  #readDuringUnlock: Promise<StoredRows | null> | null = null;

  constructor(options: VaultOptions = {}) {
    this.#kdf = options.kdf;
    this.#db = new NotebookDatabase(options.name ?? DATABASE_NAME);
    this.#db.on('versionchange', (event: IDBVersionChangeEvent) => {
      // No new version: the database is being deleted, by "delete everything" in another tab.
      const erased = event.newVersion === null;
      this.#closedReason = erased ? 'no-vault' : 'newer-version-elsewhere';
      this.lock();
      this.#db.close({ disableAutoOpen: true });
      this.#emit(erased ? { type: 'erased' } : { type: 'closed', reason: 'newer-version-elsewhere' });
      return false;
    });
    this.#db.on('blocked', () => this.#emit({ type: 'blocked' }));
  }

  subscribe(listener: (event: VaultEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get isUnlocked(): boolean {
    return this.#key !== null;
  }

  /**
   * Aborts at the next lock. Work that derives a key from a passphrase
   * outside the vault (a protected copy) takes it, so a lock stops that too.
   */
  get untilLocked(): AbortSignal {
    return this.#work.signal;
  }

  /** Opens the database (running migrations); reports why it cannot. */
  async open(): Promise<void> {
    try {
      await this.#db.open();
    } catch (error) {
      throw toVaultError(error);
    }
  }

  async hasNotebook(): Promise<boolean> {
    return (await this.#run(() => this.#db.keystore.get(KEYSTORE_ID))) !== undefined;
  }

  /**
   * What this browser holds: a notebook; nothing; or encrypted records
   * without the keystore that opens them ('lock-missing'), which no
   * passphrase can open and which must not be taken for a new phone.
   */
  async holding(): Promise<'notebook' | 'nothing' | 'lock-missing'> {
    if (await this.hasNotebook()) return 'notebook';
    const counts = await this.#run(() =>
      Promise.all(RECORD_TABLES.map((table) => this.#db.recordTable(table).count())),
    );
    return counts.some((count) => count > 0) ? 'lock-missing' : 'nothing';
  }

  /** First run: makes the data key, wraps it with the passphrase and unlocks. */
  async create(passphrase: string): Promise<void> {
    const signal = this.#work.signal;
    if (await this.hasNotebook()) throw new VaultError('vault-exists');
    const { createKeystore } = await loadKeystore();
    const { keystore, dataKey } = await createKeystore(passphrase, this.#kdf ?? (await chooseKdfParams()), {
      signal,
    });
    // Locked while the key was made: nothing is written.
    if (signal.aborted) throw new VaultError('cancelled');
    const settings = await sealRecord(dataKey, 'settings', SETTINGS_ID, DEFAULT_SETTINGS);
    const ledger = await sealLedger(dataKey, new Map([[entryKey('settings', SETTINGS_ID), versionOf(settings)]]));
    await this.#run(() =>
      this.#db.transaction('rw', [this.#db.keystore, this.#db.settings, this.#db.ledger], async () => {
        if (await this.#db.keystore.get(KEYSTORE_ID)) throw new VaultError('vault-exists');
        await this.#db.keystore.put(keystore);
        await this.#db.settings.put(settings);
        await this.#db.ledger.put(ledger);
      }),
    );
    // Locked while it was written: the notebook exists, and stays locked.
    if (signal.aborted) throw new VaultError('cancelled');
    this.#key = dataKey;
  }

  /** Rejects with `cancelled`, and stays locked, when a lock comes before the key is ready. */
  async unlock(passphrase: string): Promise<void> {
    const signal = this.#work.signal;
    const stored = await this.#run(() => this.#db.keystore.get(KEYSTORE_ID));
    if (stored === undefined) throw new VaultError('no-vault');
    const { parseKeystore, unwrapDataKey } = await loadKeystore();
    if (signal.aborted) throw new VaultError('cancelled');
    // The records need no key to be read, only to be opened: they are read
    // while the key is derived (in a worker), so opening them starts at once.
    this.#readDuringUnlock = this.#readStoredRows().catch(() => null);
    try {
      const key = await unwrapDataKey(parseKeystore(stored), passphrase, { signal });
      if (signal.aborted) throw new VaultError('cancelled');
      this.#key = key;
    } catch (error) {
      this.#readDuringUnlock = null;
      throw error;
    }
  }

  /**
   * Drops the key and cancels any key derivation under way. Whoever holds
   * decrypted contents must drop them too (see the `locked` event).
   */
  lock(): void {
    this.#work.abort();
    this.#work = new AbortController();
    this.#readDuringUnlock = null;
    const wasUnlocked = this.#key !== null;
    this.#key = null;
    if (wasUnlocked) this.#emit({ type: 'locked' });
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.#requireKey();
    const signal = this.#work.signal;
    const stored = await this.#run(() => this.#db.keystore.get(KEYSTORE_ID));
    if (stored === undefined) throw new VaultError('no-vault');
    const { parseKeystore, rewrapKeystore } = await loadKeystore();
    const kdf = this.#kdf ?? (await chooseKdfParams());
    const keystore = await rewrapKeystore(parseKeystore(stored), current, next, kdf, { signal });
    // Locked while the new lock was made: the old passphrase still opens the notebook.
    if (signal.aborted) throw new VaultError('cancelled');
    await this.#run(() => this.#db.keystore.put(keystore));
  }

  async readAll(): Promise<VaultContents> {
    const key = this.#requireKey();
    const { rows: sealed, ledgerRow } = (await this.#takeRowsReadDuringUnlock()) ?? (await this.#readStoredRows());
    const [peopleRows = [], organisationRows = [], settingsRows = [], historyRows = []] = sealed;
    const rowsByTable = new Map(RECORD_TABLES.map((table, index) => [table, sealed[index] ?? []]));
    const damaged: DamagedRecord[] = [];
    // The ledger is checked while the records are decrypted, not before.
    const [changedBehind, people, organisations, settings, history] = await Promise.all([
      this.#checkLedger(key, ledgerRow, rowsByTable),
      this.#openAll(key, 'people', peopleRows, damaged),
      this.#openAll(key, 'organisations', organisationRows, damaged),
      this.#openAll(key, 'settings', settingsRows, damaged),
      this.#openAll(key, 'history', historyRows, damaged),
    ]);
    return {
      people,
      organisations,
      history,
      settings: settings.find((row) => row.id === SETTINGS_ID) ?? DEFAULT_SETTINGS,
      damaged,
      // A record that does not open is named once, as damaged.
      changedBehind: changedBehind.filter(
        (record) => !damaged.some((other) => other.table === record.table && other.id === record.id),
      ),
    };
  }

  /**
   * Takes the notebook as it is stored now as the way it should be: the
   * survivor saw which records changed behind the app's back and chose to
   * keep them. The ledger is written afresh from the stored records.
   */
  async acceptStoredState(): Promise<void> {
    await this.#writeRecorded(
      [],
      async () => {},
      () => {},
      { fromRows: true },
    );
  }

  /**
   * Some records of one table, as stored now: for a change another tab made
   * (only those records are read and decrypted) and for a save that must
   * know whether its record changed since the form opened. An id with no
   * record is left out; a record that does not open is named in `damaged`.
   */
  async readSome<T extends RecordTable>(
    table: T,
    ids: readonly string[],
  ): Promise<{ records: RecordOf<T>[]; damaged: DamagedRecord[] }> {
    const key = this.#requireKey();
    const rows = await this.#run(() => this.#db.recordTable(table).bulkGet([...ids]));
    const present = rows.filter((row): row is SealedRecord => row !== undefined);
    const damaged: DamagedRecord[] = [];
    const records = await this.#openAll(key, table, present, damaged);
    return { records, damaged };
  }

  /**
   * Validates, encrypts, then writes in one transaction. A record that breaks
   * its schema is refused with an InvalidRecordError before anything is
   * written.
   */
  async put<T extends RecordTable>(table: T, record: RecordOf<T>): Promise<RecordOf<T>> {
    const [saved] = await this.putMany(table, [record]);
    return saved as RecordOf<T>;
  }

  async putMany<T extends RecordTable>(table: T, records: readonly RecordOf<T>[]): Promise<RecordOf<T>[]> {
    const key = this.#requireKey();
    const { validRecord } = await loadRecords();
    const valid = records.map((record) => validRecord(table, record));
    const sealed = await Promise.all(valid.map((record) => sealRecord(key, table, record.id, record)));
    await this.#writeRecorded(
      [table],
      () => this.#db.recordTable(table).bulkPut(sealed),
      (entries) => {
        for (const row of sealed) entries.set(entryKey(table, row.id), versionOf(row));
      },
    );
    return valid;
  }

  /**
   * Writes a whole set of records (a restored protected copy) in one
   * transaction: with `replace`, every record table is emptied first, damaged
   * records included, so the notebook holds exactly these. Everything is
   * validated and encrypted before the transaction starts, so a failure
   * (storage full, a refused write) leaves every table as it was. The data
   * key stays the same.
   */
  async writeAll(records: RecordSet, mode: 'replace' | 'merge'): Promise<RecordSet> {
    const key = this.#requireKey();
    const { validRecord } = await loadRecords();
    const valid: RecordSet = {
      people: records.people.map((record) => validRecord('people', record)),
      organisations: records.organisations.map((record) => validRecord('organisations', record)),
      history: records.history.map((record) => validRecord('history', record)),
      settings: validRecord('settings', records.settings),
    };
    const seal = <T extends RecordTable>(table: T, rows: readonly RecordOf<T>[]) =>
      Promise.all(rows.map((record) => sealRecord(key, table, record.id, record)));
    const sealed: Record<RecordTable, SealedRecord[]> = {
      people: await seal('people', valid.people),
      organisations: await seal('organisations', valid.organisations),
      history: await seal('history', valid.history),
      settings: await seal('settings', [valid.settings]),
    };
    await this.#writeRecorded(
      RECORD_TABLES,
      async () => {
        for (const table of RECORD_TABLES) {
          if (mode === 'replace') await this.#db.recordTable(table).clear();
          await this.#db.recordTable(table).bulkPut(sealed[table]);
        }
      },
      (entries) => {
        if (mode === 'replace') entries.clear();
        for (const table of RECORD_TABLES) {
          for (const row of sealed[table]) entries.set(entryKey(table, row.id), versionOf(row));
        }
      },
    );
    return valid;
  }

  async remove(table: RecordTable, ids: readonly string[]): Promise<void> {
    await this.#writeRecorded(
      [table],
      () => this.#db.recordTable(table).bulkDelete([...ids]),
      (entries) => {
        for (const id of ids) entries.delete(entryKey(table, id));
      },
    );
  }

  /** Closes the connection; the vault is locked and cannot be used again. */
  close(): void {
    this.lock();
    this.#db.close({ disableAutoOpen: true });
  }

  /**
   * Deletes the notebook's database. The vault is unusable afterwards; the
   * app clears its other traces (see erase.ts).
   */
  async deleteDatabase(): Promise<void> {
    this.close();
    await this.#run(() => Dexie.delete(this.#db.name));
  }

  /**
   * Writes records and the ledger that describes them in one transaction.
   * The ledger is read first (Web Crypto cannot run inside the transaction),
   * changed by `update`, sealed, and written only if no other tab wrote it
   * meanwhile; otherwise all of it starts again. `fromRows`, a notebook from
   * before the ledger, or one whose ledger does not open: the ledger is built
   * afresh from the stored rows first.
   */
  async #writeRecorded(
    tables: readonly RecordTable[],
    apply: () => Promise<unknown>,
    update: (entries: LedgerEntries) => void,
    { fromRows = false }: { fromRows?: boolean } = {},
  ): Promise<void> {
    const key = this.#requireKey();
    for (let attempt = 1; attempt <= LEDGER_ATTEMPTS; attempt++) {
      const ledgerRow = await this.#run(() => this.#db.ledger.get(LEDGER_ID));
      const opened = ledgerRow && !fromRows ? await openLedger(key, ledgerRow) : null;
      const entries = opened ?? entriesOf(await this.#allRows());
      update(entries);
      const sealedLedger = await sealLedger(key, entries);
      const written = await this.#run(() =>
        this.#db.transaction(
          'rw',
          [...tables.map((table) => this.#db.recordTable(table)), this.#db.ledger],
          async () => {
            if (!sameLedgerRow(await this.#db.ledger.get(LEDGER_ID), ledgerRow)) return false;
            await apply();
            await this.#db.ledger.put(sealedLedger);
            return true;
          },
        ),
      );
      if (written) return;
    }
    throw new VaultError('storage-failed');
  }

  /** Every sealed record, table by table (in RECORD_TABLES order), and the ledger, read in one transaction. */
  async #readStoredRows(): Promise<StoredRows> {
    return this.#run(() =>
      this.#db.transaction(
        'r',
        [...RECORD_TABLES.map((table) => this.#db.recordTable(table)), this.#db.ledger],
        async () => ({
          rows: await Promise.all(RECORD_TABLES.map((table) => this.#db.recordTable(table).toArray())),
          ledgerRow: await this.#db.ledger.get(LEDGER_ID),
        }),
      ),
    );
  }

  /**
   * The rows read during unlock, if they are still the notebook as stored.
   * Every write rewrites the ledger, sealed with a fresh IV, in the same
   * transaction, so a ledger row unchanged byte for byte means that nothing
   * was written since (by another tab, say) and the rows can be used. Read
   * once; without a ledger to compare, they are not used.
   */
  async #takeRowsReadDuringUnlock(): Promise<StoredRows | null> {
    const pending = this.#readDuringUnlock;
    this.#readDuringUnlock = null;
    const early = pending ? await pending : null;
    if (!early?.ledgerRow) return null;
    const ledgerNow = await this.#run(() => this.#db.ledger.get(LEDGER_ID));
    return ledgerNow && sameSealedRecord(ledgerNow, early.ledgerRow) ? early : null;
  }

  async #allRows(): Promise<Map<RecordTable, SealedRecord[]>> {
    return this.#run(() =>
      this.#db.transaction(
        'r',
        RECORD_TABLES.map((table) => this.#db.recordTable(table)),
        async () =>
          new Map(
            await Promise.all(
              RECORD_TABLES.map(async (table) => [table, await this.#db.recordTable(table).toArray()] as const),
            ),
          ),
      ),
    );
  }

  /**
   * What differs between the stored rows and the ledger. No ledger yet (a
   * notebook from before it): one is written from the rows as they are. A
   * ledger that does not open is named itself, as changed.
   */
  async #checkLedger(
    key: CryptoKey,
    ledgerRow: SealedRecord | undefined,
    rows: ReadonlyMap<RecordTable, readonly SealedRecord[]>,
  ): Promise<ChangedRecord[]> {
    if (!ledgerRow) {
      const sealedLedger = await sealLedger(key, entriesOf(rows));
      await this.#run(() =>
        this.#db.transaction('rw', this.#db.ledger, async () => {
          if (!(await this.#db.ledger.get(LEDGER_ID))) await this.#db.ledger.put(sealedLedger);
        }),
      );
      return [];
    }
    const entries = await openLedger(key, ledgerRow);
    if (!entries) return [{ table: 'ledger', id: LEDGER_ID, reason: 'replaced' }];
    return changedRecords(entries, rows);
  }

  async #openAll<T extends RecordTable>(
    key: CryptoKey,
    table: T,
    rows: readonly SealedRecord[],
    damaged: DamagedRecord[],
  ): Promise<RecordOf<T>[]> {
    const schema = (await loadSchemas())[table];
    const opened = await Promise.all(
      rows.map(async (row): Promise<RecordOf<T> | null> => {
        try {
          const parsed = schema.safeParse(await openRecord(key, table, row));
          if (parsed.success && parsed.data.id === row.id) return parsed.data as RecordOf<T>;
          damaged.push({ table, id: String(row.id), reason: 'invalid' });
        } catch (error) {
          if (!(error instanceof RecordIntegrityError)) throw error;
          damaged.push({ table, id: String(row.id), reason: 'integrity' });
        }
        return null;
      }),
    );
    return opened.filter((record) => record !== null);
  }

  #requireKey(): CryptoKey {
    if (this.#closedReason) throw new VaultError(this.#closedReason);
    if (!this.#key) throw new VaultError('locked');
    return this.#key;
  }

  async #run<T>(operation: () => Promise<T>): Promise<T> {
    if (this.#closedReason) throw new VaultError(this.#closedReason);
    try {
      return await operation();
    } catch (error) {
      throw toVaultError(error);
    }
  }

  #emit(event: VaultEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

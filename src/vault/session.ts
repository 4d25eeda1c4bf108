/**
 * The notebook session: what the screens see of the vault. It holds the
 * decrypted contents only while unlocked and drops them, with the key, on
 * lock. No React here: the UI subscribes to it.
 */
import { type EditMerge, mergeEdits } from '../domain/edit-merge';
import type { HistoryEntry } from '../domain/history';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import type { OpenedBackup } from './backup';
import { DATABASE_NAME } from './database';
import { missingCapability } from './environment';
import { deleteEverything } from './erase';
import { toVaultError, VaultError, type VaultErrorCode } from './errors';
import { type PersistenceStatus, persistenceState, requestPersistence } from './persistence';
import type { RecordOf } from './records';
import { browserTabLock, type RecordChange, type TabLock } from './tab-lock';
import { type RecordSet, Vault, type VaultContents, type VaultOptions } from './vault';

export type SessionState =
  | { phase: 'starting' }
  /** This browser cannot hold a notebook (no Web Crypto, no IndexedDB, a refused database). */
  | { phase: 'unavailable'; reason: VaultErrorCode }
  /** Waiting for another tab, which holds an older version open, to close. */
  | { phase: 'blocked' }
  | { phase: 'new' }
  /** Encrypted records are here but the keystore that opens them is gone: nothing can open them. */
  | { phase: 'lock-missing' }
  | { phase: 'locked' }
  | { phase: 'unlocked'; contents: VaultContents }
  /** A newer version opened in another tab; this one must reload. */
  | { phase: 'closed'; reason: VaultErrorCode };

type Listener = () => void;

export interface SaveOptions<T> {
  /** The version the form opened with: a newer one stored since is merged, not overwritten. */
  base?: T;
}

export interface SaveResult {
  /** Whether changes another tab made since the form opened were kept beside these. */
  merged: boolean;
}

/**
 * The record was changed in another tab since the form opened, and both
 * changed some of the same fields differently. Nothing was written.
 * `resolve('mine')` or `resolve('theirs')` gives the record to save (with
 * `base: stored`) once the survivor has chosen.
 */
export class EditConflict<T = unknown> extends Error {
  readonly table: 'people' | 'organisations';
  readonly stored: T;
  readonly fields: readonly string[];
  readonly resolve: (choice: 'mine' | 'theirs') => T;

  constructor(table: 'people' | 'organisations', stored: T, merge: EditMerge<T>) {
    super('changed in another tab');
    this.name = 'EditConflict';
    this.table = table;
    this.stored = stored;
    this.fields = merge.conflicts;
    this.resolve = merge.resolve;
  }
}

export interface SessionOptions extends VaultOptions {
  /** How this tab tells the app's other tabs to lock, and hears them; by default the browser's (tab-lock.ts). */
  tabLock?: TabLock;
}

export class NotebookSession {
  #vault: Vault | null = null;
  #state: SessionState = { phase: 'starting' };
  readonly #listeners = new Set<Listener>();
  readonly #options: VaultOptions;
  #persistence: PersistenceStatus = 'checking';
  readonly #persistenceListeners = new Set<Listener>();
  #createdNow = false;
  readonly #tabLock: TabLock;
  #hearingOtherTabs = false;

  constructor({ tabLock, ...options }: SessionOptions = {}) {
    this.#options = options;
    // One channel per notebook database, so a test's notebooks do not lock each other.
    this.#tabLock = tabLock ?? browserTabLock(options.name ?? DATABASE_NAME);
  }

  getState = (): SessionState => this.#state;

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Checks the browser, opens the database and says whether a notebook exists. */
  async start(): Promise<void> {
    const missing = missingCapability();
    if (missing) return this.#set({ phase: 'unavailable', reason: missing });
    if (!this.#hearingOtherTabs) {
      this.#hearingOtherTabs = true;
      this.#tabLock.listen(() => this.lockThisTab());
      this.#tabLock.listenChanges((change) => void this.#readChange(change));
    }
    const vault = new Vault(this.#options);
    this.#vault = vault;
    vault.subscribe((event) => {
      if (event.type === 'locked' && this.#state.phase === 'unlocked') this.#set({ phase: 'locked' });
      if (event.type === 'blocked') this.#set({ phase: 'blocked' });
      if (event.type === 'closed') this.#set({ phase: 'closed', reason: event.reason });
      // Deleted in another tab: this one starts afresh too, as a new phone would, once the deletion is through.
      if (event.type === 'erased' && this.#vault === vault) {
        this.#vault = null;
        this.#set({ phase: 'starting' });
        void this.start();
      }
    });
    try {
      await vault.open();
      const holding = await vault.holding();
      this.#set({ phase: holding === 'notebook' ? 'locked' : holding === 'lock-missing' ? 'lock-missing' : 'new' });
    } catch (error) {
      const { code } = toVaultError(error);
      this.#set(
        code === 'newer-version-elsewhere' ? { phase: 'closed', reason: code } : { phase: 'unavailable', reason: code },
      );
    }
  }

  /**
   * A lock (Lock, the quick exit, another tab) while the key is being made
   * cancels it with VaultError `cancelled`; if the notebook was written by
   * then, it is there, locked.
   */
  async create(passphrase: string): Promise<void> {
    const vault = this.#requireVault();
    const signal = vault.untilLocked;
    try {
      await vault.create(passphrase);
    } catch (error) {
      if (signal.aborted && (await vault.holding().catch(() => null)) === 'notebook') this.#set({ phase: 'locked' });
      throw error;
    }
    this.#askPersistence();
    this.#createdNow = true;
    await this.#reload(vault, signal);
  }

  /**
   * A lock while the passphrase is being checked cancels it: this rejects
   * with VaultError `cancelled` and the notebook stays locked, however late
   * the derivation would have finished.
   */
  async unlock(passphrase: string): Promise<void> {
    const vault = this.#requireVault();
    const signal = vault.untilLocked;
    await vault.unlock(passphrase);
    this.#askPersistence();
    this.#createdNow = false;
    await this.#reload(vault, signal);
  }

  /** Whether the notebook open now was created just before, rather than unlocked. */
  get createdNow(): boolean {
    return this.#createdNow && this.#state.phase === 'unlocked';
  }

  /** Whether the browser has agreed to keep the notebook; it changes when the browser answers. */
  getPersistence = (): PersistenceStatus => this.#persistence;

  subscribePersistence = (listener: Listener): (() => void) => {
    this.#persistenceListeners.add(listener);
    return () => this.#persistenceListeners.delete(listener);
  };

  /**
   * Reads again whether the browser keeps the notebook: it may have decided
   * on its own since. A request still waiting for its answer is left alone.
   */
  async refreshPersistence(): Promise<void> {
    if (this.#persistence === 'asking') return;
    const answer = await persistenceState();
    // A request may have begun while this was read; its answer is the newer one.
    if (this.getPersistence() !== 'asking') this.#setPersistence(answer);
  }

  /**
   * Drops the key and every decrypted object, here and in every other tab of
   * the app: the person chose to lock (Lock, the quick exit, the idle lock),
   * so no other tab may stay open behind their back.
   */
  lock(): void {
    this.lockThisTab();
    this.#tabLock.announce();
  }

  /**
   * Drops the key and every decrypted object in this tab only: for locks that
   * say something of this tab alone (it was hidden, closed or put away), which
   * happen whenever the person moves to another tab of the app.
   */
  lockThisTab(): void {
    this.#createdNow = false;
    this.#vault?.lock();
    if (this.#state.phase === 'unlocked') this.#set({ phase: 'locked' });
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.#requireVault().changePassphrase(current, next);
  }

  /**
   * Each save validates, encrypts and writes, then updates what the screens
   * see and tells the other tabs which record changed. With `base` (the
   * version the form opened with), a record that another tab changed since
   * is not overwritten: fields only one side changed are merged, and fields
   * both changed differently throw an EditConflict for the survivor to settle.
   */
  async savePerson(person: Person, options: SaveOptions<Person> = {}): Promise<SaveResult> {
    const { record, merged } = await this.#mergedWithStored('people', person, options.base);
    const saved = await this.#requireVault().put('people', record);
    this.#updateContents((contents) => ({ ...contents, people: upsert(contents.people, saved) }));
    this.#tabLock.announceChange({ table: 'people', ids: [saved.id] });
    return { merged };
  }

  async saveOrganisation(organisation: Organisation, options: SaveOptions<Organisation> = {}): Promise<SaveResult> {
    const { record, merged } = await this.#mergedWithStored('organisations', organisation, options.base);
    const saved = await this.#requireVault().put('organisations', record);
    this.#updateContents((contents) => ({ ...contents, organisations: upsert(contents.organisations, saved) }));
    this.#tabLock.announceChange({ table: 'organisations', ids: [saved.id] });
    return { merged };
  }

  async saveSettings(settings: Settings): Promise<void> {
    const saved = await this.#requireVault().put('settings', settings);
    this.#updateContents((contents) => ({ ...contents, settings: saved }));
    this.#tabLock.announceChange({ table: 'settings', ids: [saved.id] });
  }

  async saveHistory(entry: HistoryEntry): Promise<void> {
    const saved = await this.#requireVault().put('history', entry);
    this.#updateContents((contents) => ({ ...contents, history: upsert(contents.history, saved) }));
    this.#tabLock.announceChange({ table: 'history', ids: [saved.id] });
  }

  async removePerson(id: string): Promise<void> {
    await this.#requireVault().remove('people', [id]);
    this.#updateContents((contents) => ({ ...contents, people: contents.people.filter((item) => item.id !== id) }));
    this.#tabLock.announceChange({ table: 'people', ids: [id] });
  }

  async removeOrganisation(id: string): Promise<void> {
    await this.#requireVault().remove('organisations', [id]);
    this.#updateContents((contents) => ({
      ...contents,
      organisations: contents.organisations.filter((item) => item.id !== id),
    }));
    this.#tabLock.announceChange({ table: 'organisations', ids: [id] });
  }

  /**
   * A protected copy of what the notebook holds now, encrypted under its own
   * passphrase. Damaged records are left out: there is nothing readable to copy.
   */
  async exportBackup(passphrase: string): Promise<Uint8Array> {
    const { people, organisations, history, settings } = this.#requireUnlocked();
    // Loaded when first needed: the unlock screen should not wait for the backup code.
    const { writeBackup } = await import('./backup');
    // The same key derivation as a new notebook passphrase (the default unless tests ask for a fast one).
    // A lock while it runs cancels it: no file comes of a notebook that was locked.
    return writeBackup({ people, organisations, history, settings }, passphrase, {
      kdf: this.#options.kdf,
      signal: this.#requireVault().untilLocked,
    });
  }

  /**
   * Checks and decrypts a protected copy, so the survivor can see what it
   * holds. Changes nothing stored. A lock while it runs cancels it.
   */
  async openBackup(bytes: Uint8Array, passphrase: string): Promise<OpenedBackup> {
    const signal = this.#vault?.untilLocked;
    const backup = await import('./backup');
    return backup.openBackup(bytes, passphrase, { signal });
  }

  /**
   * Brings a protected copy back. `replace`: the notebook holds exactly the
   * copy's records. `merge`: each record's newer version is kept, and records
   * on one side only are kept too (domain/merge.ts). Written in one
   * transaction, so a failure changes nothing. The notebook's own passphrase
   * and key stay as they are.
   */
  async restoreBackup(opened: OpenedBackup, mode: 'replace' | 'merge'): Promise<void> {
    this.#requireUnlocked();
    const vault = this.#requireVault();
    let target: RecordSet = opened.contents;
    let stillDamaged: VaultContents['damaged'] = [];
    let stillChanged: VaultContents['changedBehind'] = [];
    if (mode === 'merge') {
      // Read afresh rather than trust what the screens hold: the merge must start from what is stored.
      const [current, { mergeContents }] = await Promise.all([vault.readAll(), import('../domain/merge')]);
      // A damaged settings record reads as the defaults; the copy's settings are then the better guess.
      const settingsDamaged = current.damaged.some((record) => record.table === 'settings');
      target = mergeContents(
        { ...current, settings: settingsDamaged ? opened.contents.settings : current.settings },
        opened.contents,
      );
      stillDamaged = current.damaged;
      stillChanged = current.changedBehind;
    }
    const written = await vault.writeAll(target, mode);
    const writtenIds = new Set([
      ...written.people.map(({ id }) => `people/${id}`),
      ...written.organisations.map(({ id }) => `organisations/${id}`),
      ...written.history.map(({ id }) => `history/${id}`),
      `settings/${written.settings.id}`,
    ]);
    this.#updateContents(() => ({
      ...written,
      // A damaged record that a restored one overwrote is gone; the others are still there, still damaged.
      damaged: stillDamaged.filter((record) => !writtenIds.has(`${record.table}/${record.id}`)),
      changedBehind: stillChanged.filter((record) => !writtenIds.has(`${record.table}/${record.id}`)),
    }));
    for (const table of ['people', 'organisations', 'history', 'settings'] as const) {
      this.#tabLock.announceChange({ table, ids: null });
    }
  }

  /**
   * The survivor saw which records were changed behind the app's back and
   * keeps the notebook as it is stored now: from here on, it is the version
   * the app checks against.
   */
  async acceptChangedRecords(): Promise<void> {
    this.#requireUnlocked();
    await this.#requireVault().acceptStoredState();
    this.#updateContents((contents) => ({ ...contents, changedBehind: [] }));
  }

  /** Deletes the notebook and every other trace of the app on this device. */
  async deleteEverything(): Promise<void> {
    const vault = this.#requireVault();
    // The other tabs drop their keys and contents before the notebook goes.
    this.#tabLock.announce();
    await deleteEverything(vault);
    this.#vault = null;
    await this.start();
  }

  /**
   * Asks the browser to keep the notebook, and never waits for the answer:
   * Firefox shows a question and answers only when the person does, and the
   * notebook must open meanwhile. Asked once at a time, and not again once granted.
   */
  #askPersistence(): void {
    if (this.#persistence === 'asking' || this.#persistence === 'persisted') return;
    this.#setPersistence('asking');
    void requestPersistence().then((answer) => this.#setPersistence(answer));
  }

  #setPersistence(status: PersistenceStatus): void {
    if (status === this.#persistence) return;
    this.#persistence = status;
    for (const listener of this.#persistenceListeners) listener();
  }

  /** The record to write: as given, or merged with what another tab stored since `base`. */
  async #mergedWithStored<T extends 'people' | 'organisations'>(
    table: T,
    record: RecordOf<T>,
    base: RecordOf<T> | undefined,
  ): Promise<{ record: RecordOf<T>; merged: boolean }> {
    if (!base) return { record, merged: false };
    const { records } = await this.#requireVault().readSome(table, [record.id]);
    const stored = records[0];
    // Gone, or unchanged since the form opened: nothing to merge with.
    if (!stored || stored.updatedAt === base.updatedAt) return { record, merged: false };
    const merge = mergeEdits(base, record, stored);
    if (merge.conflicts.length > 0) throw new EditConflict(table, stored, merge);
    return { record: merge.resolve('mine'), merged: true };
  }

  /** Another tab wrote or removed records: read only those again, and show them. */
  async #readChange(change: RecordChange): Promise<void> {
    const vault = this.#vault;
    if (this.#state.phase !== 'unlocked' || !vault?.isUnlocked) return;
    try {
      if (change.ids === null) {
        const contents = await vault.readAll();
        if (this.#state.phase === 'unlocked') this.#set({ phase: 'unlocked', contents });
        return;
      }
      const { records, damaged } = await vault.readSome(change.table, change.ids);
      this.#updateContents((contents) => applyChange(contents, change.table, change.ids ?? [], records, damaged));
    } catch {
      // Locked meanwhile, or the database closed: the next unlock reads everything afresh.
    }
  }

  /** Shows the notebook open, unless a lock came (`signal`) since the passphrase was given. */
  async #reload(vault: Vault, signal: AbortSignal): Promise<void> {
    let contents: VaultContents;
    try {
      contents = await vault.readAll();
    } catch (error) {
      throw signal.aborted ? new VaultError('cancelled') : error;
    }
    if (signal.aborted) throw new VaultError('cancelled');
    this.#set({ phase: 'unlocked', contents });
  }

  #updateContents(change: (contents: VaultContents) => VaultContents): void {
    if (this.#state.phase === 'unlocked') this.#set({ phase: 'unlocked', contents: change(this.#state.contents) });
  }

  #requireUnlocked(): VaultContents {
    if (this.#state.phase !== 'unlocked' || !this.#vault?.isUnlocked) throw new VaultError('locked');
    return this.#state.contents;
  }

  #requireVault(): Vault {
    if (!this.#vault) throw toVaultError(new Error('not started'));
    return this.#vault;
  }

  #set(state: SessionState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}

/** Writes the records read after another tab's change into what the screens see. */
function applyChange(
  contents: VaultContents,
  table: RecordChange['table'],
  ids: readonly string[],
  records: readonly unknown[],
  damaged: VaultContents['damaged'],
): VaultContents {
  const changed = new Set(ids);
  const stillDamaged = [
    ...contents.damaged.filter((record) => record.table !== table || !changed.has(record.id)),
    ...damaged,
  ];
  const replace = <R extends { id: string }>(list: readonly R[], fresh: readonly R[]): R[] => {
    const byId = new Map(fresh.map((record) => [record.id, record]));
    const kept = list.flatMap((record) => {
      if (!changed.has(record.id)) return [record];
      const next = byId.get(record.id);
      byId.delete(record.id);
      return next ? [next] : [];
    });
    return [...kept, ...byId.values()];
  };
  switch (table) {
    case 'people':
      return { ...contents, damaged: stillDamaged, people: replace(contents.people, records as Person[]) };
    case 'organisations':
      return {
        ...contents,
        damaged: stillDamaged,
        organisations: replace(contents.organisations, records as Organisation[]),
      };
    case 'history':
      return { ...contents, damaged: stillDamaged, history: replace(contents.history, records as HistoryEntry[]) };
    case 'settings':
      return {
        ...contents,
        damaged: stillDamaged,
        settings: (records[0] as Settings | undefined) ?? contents.settings,
      };
  }
}

function upsert<T extends { id: string }>(list: readonly T[], record: T): T[] {
  return list.some((item) => item.id === record.id)
    ? list.map((item) => (item.id === record.id ? record : item))
    : [...list, record];
}

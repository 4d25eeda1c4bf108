/**
 * The notebook session: what the screens see of the vault. It holds the
 * decrypted contents only while unlocked and drops them, with the key, on
 * lock. No React here: the UI subscribes to it.
 */
import type { HistoryEntry } from '../domain/history';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { missingCapability } from './environment';
import { deleteEverything } from './erase';
import { toVaultError, type VaultErrorCode } from './errors';
import { requestPersistence } from './persistence';
import { Vault, type VaultContents, type VaultOptions } from './vault';

export type SessionState =
  | { phase: 'starting' }
  /** This browser cannot hold a notebook (no Web Crypto, no IndexedDB, a refused database). */
  | { phase: 'unavailable'; reason: VaultErrorCode }
  /** Waiting for another tab, which holds an older version open, to close. */
  | { phase: 'blocked' }
  | { phase: 'new' }
  | { phase: 'locked' }
  | { phase: 'unlocked'; contents: VaultContents }
  /** A newer version opened in another tab; this one must reload. */
  | { phase: 'closed'; reason: VaultErrorCode };

type Listener = () => void;

export class NotebookSession {
  #vault: Vault | null = null;
  #state: SessionState = { phase: 'starting' };
  readonly #listeners = new Set<Listener>();
  readonly #options: VaultOptions;

  constructor(options: VaultOptions = {}) {
    this.#options = options;
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
    const vault = new Vault(this.#options);
    this.#vault = vault;
    vault.subscribe((event) => {
      if (event.type === 'locked' && this.#state.phase === 'unlocked') this.#set({ phase: 'locked' });
      if (event.type === 'blocked') this.#set({ phase: 'blocked' });
      if (event.type === 'closed') this.#set({ phase: 'closed', reason: event.reason });
    });
    try {
      await vault.open();
      this.#set({ phase: (await vault.hasNotebook()) ? 'locked' : 'new' });
    } catch (error) {
      const { code } = toVaultError(error);
      this.#set(
        code === 'newer-version-elsewhere' ? { phase: 'closed', reason: code } : { phase: 'unavailable', reason: code },
      );
    }
  }

  async create(passphrase: string): Promise<void> {
    const vault = this.#requireVault();
    await vault.create(passphrase);
    await requestPersistence();
    await this.#reload(vault);
  }

  async unlock(passphrase: string): Promise<void> {
    const vault = this.#requireVault();
    await vault.unlock(passphrase);
    await this.#reload(vault);
  }

  /** Drops the key and every decrypted object. */
  lock(): void {
    this.#vault?.lock();
    if (this.#state.phase === 'unlocked') this.#set({ phase: 'locked' });
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.#requireVault().changePassphrase(current, next);
  }

  /** Each save validates, encrypts and writes, then updates what the screens see. */
  async savePerson(person: Person): Promise<void> {
    const saved = await this.#requireVault().put('people', person);
    this.#updateContents((contents) => ({ ...contents, people: upsert(contents.people, saved) }));
  }

  async saveOrganisation(organisation: Organisation): Promise<void> {
    const saved = await this.#requireVault().put('organisations', organisation);
    this.#updateContents((contents) => ({ ...contents, organisations: upsert(contents.organisations, saved) }));
  }

  async saveSettings(settings: Settings): Promise<void> {
    const saved = await this.#requireVault().put('settings', settings);
    this.#updateContents((contents) => ({ ...contents, settings: saved }));
  }

  async saveHistory(entry: HistoryEntry): Promise<void> {
    const saved = await this.#requireVault().put('history', entry);
    this.#updateContents((contents) => ({ ...contents, history: upsert(contents.history, saved) }));
  }

  async removePerson(id: string): Promise<void> {
    await this.#requireVault().remove('people', [id]);
    this.#updateContents((contents) => ({ ...contents, people: contents.people.filter((item) => item.id !== id) }));
  }

  async removeOrganisation(id: string): Promise<void> {
    await this.#requireVault().remove('organisations', [id]);
    this.#updateContents((contents) => ({
      ...contents,
      organisations: contents.organisations.filter((item) => item.id !== id),
    }));
  }

  /** Deletes the notebook and every other trace of the app on this device. */
  async deleteEverything(): Promise<void> {
    const vault = this.#requireVault();
    await deleteEverything(vault);
    this.#vault = null;
    await this.start();
  }

  async #reload(vault: Vault): Promise<void> {
    this.#set({ phase: 'unlocked', contents: await vault.readAll() });
  }

  #updateContents(change: (contents: VaultContents) => VaultContents): void {
    if (this.#state.phase === 'unlocked') this.#set({ phase: 'unlocked', contents: change(this.#state.contents) });
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

function upsert<T extends { id: string }>(list: readonly T[], record: T): T[] {
  return list.some((item) => item.id === record.id)
    ? list.map((item) => (item.id === record.id ? record : item))
    : [...list, record];
}

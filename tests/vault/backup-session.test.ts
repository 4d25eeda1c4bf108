/**
 * Protected copies through the session, as the screens use them: make one,
 * open one, bring one back (replace or merge), and prove that nothing short
 * of a successful restore changes what is stored.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../src/domain/history';
import { newOrganisation } from '../../src/domain/organisation';
import type { Person } from '../../src/domain/person';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { openBackup, writeBackup } from '../../src/vault/backup';
import { VaultError } from '../../src/vault/errors';
import type { SealedRecord } from '../../src/vault/sealed-record';
import { NotebookSession } from '../../src/vault/session';
import type { VaultContents } from '../../src/vault/vault';
import { FAST_KDF, freshName, person, rawDump, rawPut } from './helpers';

const NOTEBOOK_PASSPHRASE = 'quiet river under the old bridge';
const COPY_PASSPHRASE = 'seven green kites over the market';

/** The same copy with its header changed to ask for 1 GiB, 64 passes and 16 lanes of Argon2id. */
function askingForHugeWork(file: Uint8Array): Uint8Array {
  const header = JSON.parse(new TextDecoder().decode(file)) as Record<string, unknown>;
  const kdf = { name: 'argon2id', memoryKiB: 1_048_576, iterations: 64, parallelism: 16 };
  return new TextEncoder().encode(JSON.stringify({ ...header, kdf }));
}

async function unlockedSession(): Promise<{ session: NotebookSession; name: string }> {
  const name = freshName();
  const session = new NotebookSession({ name, kdf: FAST_KDF });
  await session.start();
  await session.create(NOTEBOOK_PASSPHRASE);
  return { session, name };
}

function contentsOf(session: NotebookSession): VaultContents {
  const state = session.getState();
  if (state.phase !== 'unlocked') throw new Error(`expected an unlocked notebook, the phase is ${state.phase}`);
  return state.contents;
}

const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** What the notebook holds, in an order that does not depend on storage. */
function records(contents: VaultContents) {
  return {
    people: byId(contents.people),
    organisations: byId(contents.organisations),
    history: byId(contents.history),
    settings: contents.settings,
  };
}

async function fill(session: NotebookSession) {
  const ana = person('Ana', {
    level: 'partial',
    category: 'primary',
    phones: [{ kind: 'mobile', number: '+1 202 555 0143' }],
    screening: { answers: { 'trust.keepsDistance': 'yes' }, skipped: [], resumeAt: null, finishedAt: null },
  });
  const bo = person('Bo', { level: 'none' });
  const shelter = {
    ...newOrganisation({ id: crypto.randomUUID(), name: 'Shelter', now: new Date().toISOString() }),
    questions: { confidentiality: { answer: 'yes' as const, note: '', askedOn: '2025-01-02' } },
  };
  const entry: HistoryEntry = {
    id: crypto.randomUUID(),
    personId: ana.id,
    at: new Date().toISOString(),
    field: 'level',
    from: null,
    to: 'partial',
    reason: 'she kept my secret',
  };
  await session.savePerson(ana);
  await session.savePerson(bo);
  await session.saveOrganisation(shelter);
  await session.saveHistory(entry);
  await session.saveSettings({ ...DEFAULT_SETTINGS, autoLockMinutes: 9, callNoticeSeen: true });
  return { ana, bo, shelter, entry };
}

/** Stores a record that no longer decrypts, as a damaged entry would be. */
async function damageOnePerson(name: string): Promise<string> {
  const [sealed] = (await rawDump(name)).people as SealedRecord[];
  if (!sealed) throw new Error('no person stored');
  const damagedId = crypto.randomUUID();
  const ciphertext = new Uint8Array(sealed.ciphertext);
  ciphertext[0] = (ciphertext[0] ?? 0) ^ 0xff;
  await rawPut(name, 'people', { ...sealed, id: damagedId, ciphertext });
  return damagedId;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('protected copy through the session', () => {
  it('backs up the notebook, and after deleting everything brings every record back with replace', async () => {
    const { session } = await unlockedSession();
    await fill(session);
    const before = records(contentsOf(session));
    const file = await session.exportBackup(COPY_PASSPHRASE);

    await session.deleteEverything();
    expect(session.getState().phase).toBe('new');
    await session.create('a different passphrase for the new notebook');
    expect(contentsOf(session).people).toEqual([]);

    const opened = await session.openBackup(file, COPY_PASSPHRASE);
    expect(opened.summary).toMatchObject({ people: 2, organisations: 1, history: 1 });
    await session.restoreBackup(opened, 'replace');
    expect(records(contentsOf(session))).toEqual(before);

    // What the screens show is what is stored.
    session.lock();
    await session.unlock('a different passphrase for the new notebook');
    expect(records(contentsOf(session))).toEqual(before);
    expect(contentsOf(session).damaged).toEqual([]);
  });

  it('replace leaves exactly the copy: later records and damaged ones are gone', async () => {
    const { session, name } = await unlockedSession();
    const { ana } = await fill(session);
    const opened = await openBackup(await session.exportBackup(COPY_PASSPHRASE), COPY_PASSPHRASE);
    const expected = records(contentsOf(session));

    await session.savePerson(person('Added later'));
    await session.savePerson({
      ...ana,
      label: 'Ana, changed later',
      updatedAt: new Date(Date.now() + 60_000).toISOString(),
    });
    await session.saveSettings({ ...DEFAULT_SETTINGS, reviewIntervalDays: 200 });
    await damageOnePerson(name);
    session.lock();
    await session.unlock(NOTEBOOK_PASSPHRASE);
    expect(contentsOf(session).damaged).toHaveLength(1);

    await session.restoreBackup(opened, 'replace');
    expect(records(contentsOf(session))).toEqual(expected);
    expect(contentsOf(session).damaged).toEqual([]);
    expect((await rawDump(name)).people).toHaveLength(2);
  });

  it('merge keeps the newer version of each person, the people on only one side, and the notebook settings', async () => {
    const { session } = await unlockedSession();
    const { ana, bo, entry } = await fill(session);
    const ownSettings = contentsOf(session).settings;
    const later = (minutes: number) => new Date(Date.parse(ana.updatedAt) + minutes * 60_000).toISOString();

    // In the copy: Ana changed later than here, Bo changed earlier than here, and someone new.
    const anaInCopy: Person = { ...ana, label: 'Ana (from the copy)', level: 'full', updatedAt: later(10) };
    const boHere: Person = { ...bo, label: 'Bo (changed here)', updatedAt: later(20) };
    const boInCopy: Person = { ...bo, label: 'Bo (old, in the copy)', updatedAt: later(5) };
    const onlyInCopy = person('Only in the copy');
    const copyEntry: HistoryEntry = { ...entry, id: crypto.randomUUID(), to: 'full' };
    await session.savePerson(boHere);
    const onlyHere = person('Only here');
    await session.savePerson(onlyHere);

    const file = await writeBackup(
      {
        people: [anaInCopy, boInCopy, onlyInCopy],
        organisations: [],
        history: [entry, copyEntry],
        settings: { ...DEFAULT_SETTINGS, autoLockMinutes: 45 },
      },
      COPY_PASSPHRASE,
      { kdf: FAST_KDF },
    );
    await session.restoreBackup(await session.openBackup(file, COPY_PASSPHRASE), 'merge');

    const after = records(contentsOf(session));
    expect(after.people).toEqual(byId([anaInCopy, boHere, onlyHere, onlyInCopy]));
    expect(after.organisations).toHaveLength(1);
    expect(after.history).toEqual(byId([entry, copyEntry]));
    expect(after.settings).toEqual(ownSettings);

    session.lock();
    await session.unlock(NOTEBOOK_PASSPHRASE);
    expect(records(contentsOf(session))).toEqual(after);
  });

  it('merge keeps a damaged record the copy does not replace', async () => {
    const { session, name } = await unlockedSession();
    await fill(session);
    const file = await session.exportBackup(COPY_PASSPHRASE);
    const damagedId = await damageOnePerson(name);
    session.lock();
    await session.unlock(NOTEBOOK_PASSPHRASE);

    await session.restoreBackup(await session.openBackup(file, COPY_PASSPHRASE), 'merge');
    expect(contentsOf(session).damaged).toEqual([{ table: 'people', id: damagedId, reason: 'integrity' }]);
    expect((await rawDump(name)).people).toHaveLength(3);
  });

  it('leaves out damaged records when making a copy', async () => {
    const { session, name } = await unlockedSession();
    await fill(session);
    await damageOnePerson(name);
    session.lock();
    await session.unlock(NOTEBOOK_PASSPHRASE);

    const opened = await openBackup(await session.exportBackup(COPY_PASSPHRASE), COPY_PASSPHRASE);
    expect(opened.summary.people).toBe(2);
  });

  it("keeps the notebook's own passphrase after a restore; the copy's passphrase does not open it", async () => {
    const { session, name } = await unlockedSession();
    await fill(session);
    const keystoreBefore = (await rawDump(name)).keystore;
    const opened = await session.openBackup(await session.exportBackup(COPY_PASSPHRASE), COPY_PASSPHRASE);
    await session.restoreBackup(opened, 'replace');
    expect((await rawDump(name)).keystore).toEqual(keystoreBefore);

    session.lock();
    await expect(session.unlock(COPY_PASSPHRASE)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await session.unlock(NOTEBOOK_PASSPHRASE);
    expect(contentsOf(session).people).toHaveLength(2);
  });

  it('opening a damaged, foreign or wrong-passphrase file changes nothing stored', async () => {
    const { session, name } = await unlockedSession();
    await fill(session);
    const file = await session.exportBackup(COPY_PASSPHRASE);
    const damaged = new Uint8Array(file);
    damaged[damaged.length - 10] = 0x21;
    const before = await rawDump(name);
    const shownBefore = session.getState();

    const attempts: Array<[Uint8Array, string, string]> = [
      [file, 'not the passphrase', 'wrong-passphrase'],
      [damaged, COPY_PASSPHRASE, 'backup-damaged'],
      [file.slice(0, Math.floor(file.length / 2)), COPY_PASSPHRASE, 'backup-damaged'],
      [new TextEncoder().encode('{"hello":"world"}'), COPY_PASSPHRASE, 'backup-foreign'],
      [new TextEncoder().encode('{"format":"notebook-backup","version":7}'), COPY_PASSPHRASE, 'backup-newer-version'],
      [askingForHugeWork(file), COPY_PASSPHRASE, 'backup-too-costly'],
    ];
    for (const [bytes, passphrase, code] of attempts) {
      await expect(session.openBackup(bytes, passphrase)).rejects.toMatchObject({ name: 'VaultError', code });
    }
    expect(await rawDump(name)).toEqual(before);
    expect(session.getState()).toBe(shownBefore);
  });

  it.each(['replace', 'merge'] as const)(
    'a %s that fails half way (storage full) changes nothing, stored or shown',
    async (mode) => {
      const { session, name } = await unlockedSession();
      await fill(session);
      const opened = await openBackup(
        await writeBackup(
          {
            people: [person('Copy one'), person('Copy two'), person('Copy three')],
            organisations: [
              newOrganisation({ id: crypto.randomUUID(), name: 'Copy org', now: new Date().toISOString() }),
            ],
            history: [],
            settings: { ...DEFAULT_SETTINGS, autoLockMinutes: 30 },
          },
          COPY_PASSPHRASE,
          { kdf: FAST_KDF },
        ),
        COPY_PASSPHRASE,
      );
      const before = await rawDump(name);
      const shownBefore = session.getState();

      // The first few writes go through, then the device is full: the transaction must undo them (and the clearing).
      const realPut = IDBObjectStore.prototype.put;
      let puts = 0;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        puts += 1;
        if (puts > 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return realPut.apply(this, args);
      });
      const failure = await session.restoreBackup(opened, mode).then(
        () => null,
        (error: unknown) => error,
      );
      vi.restoreAllMocks();

      expect(puts).toBeGreaterThan(3);
      expect(failure).toBeInstanceOf(VaultError);
      expect(failure).toMatchObject({ code: 'storage-full' });
      expect(await rawDump(name)).toEqual(before);
      expect(session.getState()).toBe(shownBefore);
    },
  );

  it('needs the notebook unlocked to make or restore a copy', async () => {
    const { session } = await unlockedSession();
    await fill(session);
    const opened = await session.openBackup(await session.exportBackup(COPY_PASSPHRASE), COPY_PASSPHRASE);
    session.lock();
    await expect(session.exportBackup(COPY_PASSPHRASE)).rejects.toMatchObject({ code: 'locked' });
    await expect(session.restoreBackup(opened, 'replace')).rejects.toMatchObject({ code: 'locked' });
    await expect(session.restoreBackup(opened, 'merge')).rejects.toMatchObject({ code: 'locked' });
  });
});

import { describe, expect, it } from 'vitest';
import { historyEntrySchema } from '../../src/domain/history';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { ARGON2ID_DEFAULT } from '../../src/vault/kdf';
import { parseKeystore, unwrapDataKey } from '../../src/vault/keystore';
import type { SealedRecord } from '../../src/vault/sealed-record';
import { sealRecord } from '../../src/vault/sealed-record';
import { Vault } from '../../src/vault/vault';
import { containsText, createdVault, freshName, openVault, person, rawDump, rawPut } from './helpers';

const PASSPHRASE = 'correct horse battery staple';

async function reopen(name: string, passphrase = PASSPHRASE): Promise<Vault> {
  const vault = await openVault(name);
  await vault.unlock(passphrase);
  return vault;
}

describe('vault', () => {
  it('keeps people across a lock and a new session with the same passphrase', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const ana = person('Ana', { phones: [{ kind: 'mobile', number: '+1 202 555 0143' }] });
    await vault.put('people', ana);
    vault.close();

    const again = await reopen(name);
    const contents = await again.readAll();
    expect(contents.people).toEqual([ana]);
    expect(contents.settings).toEqual(DEFAULT_SETTINGS);
    expect(contents.damaged).toEqual([]);
  });

  it('refuses a wrong passphrase with its own error and stays locked', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    vault.close();
    const again = await openVault(name);
    await expect(again.unlock('wrong words entirely')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(again.isUnlocked).toBe(false);
    await expect(again.readAll()).rejects.toMatchObject({ code: 'locked' });
  });

  it('tells damaged key material apart from a wrong passphrase', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    vault.close();
    const [stored] = (await rawDump(name)).keystore as Array<{ wrappedKey: Uint8Array }>;
    if (!stored) throw new Error('no keystore written');
    stored.wrappedKey[3] = (stored.wrappedKey[3] ?? 0) ^ 0xff;
    await rawPut(name, 'keystore', stored);

    const again = await openVault(name);
    await expect(again.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'keystore-damaged' });
  });

  it.each([
    [
      'Argon2id with 1 GiB, 64 passes and 16 lanes',
      { name: 'argon2id', memoryKiB: 1_048_576, iterations: 64, parallelism: 16 },
    ],
    ['Argon2id one pass above the app’s own', { ...ARGON2ID_DEFAULT, iterations: ARGON2ID_DEFAULT.iterations + 1 }],
    ['PBKDF2 with ten million iterations', { name: 'pbkdf2-sha256', iterations: 10_000_000 }],
  ])('refuses a lock changed in storage to ask for %s, at once and without deriving', async (_, kdf) => {
    const { vault, name } = await createdVault(PASSPHRASE);
    vault.close();
    const [stored] = (await rawDump(name)).keystore as Array<Record<string, unknown>>;
    if (!stored) throw new Error('no keystore written');
    await rawPut(name, 'keystore', { ...stored, kdf });

    const again = await openVault(name);
    const started = performance.now();
    await expect(again.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'keystore-too-costly' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(again.isUnlocked).toBe(false);
  });

  it('keeps every record when the passphrase changes, re-wrapping only the key', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const ana = person('Ana');
    await vault.put('people', ana);
    const before = (await rawDump(name)).people;

    await vault.changePassphrase(PASSPHRASE, 'a new and longer passphrase');
    vault.close();

    expect((await rawDump(name)).people).toEqual(before);
    const oldOne = await openVault(name);
    await expect(oldOne.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const again = await reopen(name, 'a new and longer passphrase');
    expect((await again.readAll()).people).toEqual([ana]);
  });

  it('does not change the passphrase when the current one is wrong', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    await expect(vault.changePassphrase('not it', 'whatever comes next')).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    vault.close();
    await expect(reopen(name)).resolves.toBeInstanceOf(Vault);
  });

  it('names a tampered record and still opens every other one, deleting nothing', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const ana = person('Ana');
    const bo = person('Bo');
    await vault.putMany('people', [ana, bo]);
    const rows = (await rawDump(name)).people as SealedRecord[];
    const target = rows.find((row) => row.id === bo.id);
    if (!target) throw new Error('record not written');
    target.ciphertext[0] = (target.ciphertext[0] ?? 0) ^ 0x01;
    await rawPut(name, 'people', target);

    const contents = await vault.readAll();
    expect(contents.people).toEqual([ana]);
    expect(contents.damaged).toEqual([{ table: 'people', id: bo.id, reason: 'integrity' }]);
    expect((await rawDump(name)).people).toHaveLength(2);
  });

  it('rejects a record moved to another id or another table (bound as authenticated data)', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const ana = person('Ana');
    const bo = person('Bo');
    await vault.putMany('people', [ana, bo]);
    const rows = (await rawDump(name)).people as SealedRecord[];
    const anaRow = rows.find((row) => row.id === ana.id);
    if (!anaRow) throw new Error('record not written');
    await rawPut(name, 'people', { ...anaRow, id: bo.id });
    await rawPut(name, 'organisations', anaRow);

    const contents = await vault.readAll();
    expect(contents.people).toEqual([ana]);
    expect(contents.organisations).toEqual([]);
    expect(contents.damaged).toEqual(
      expect.arrayContaining([
        { table: 'people', id: bo.id, reason: 'integrity' },
        { table: 'organisations', id: ana.id, reason: 'integrity' },
      ]),
    );
  });

  it('reports a record that decrypts but does not fit its schema as invalid', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const keystore = parseKeystore((await rawDump(name)).keystore?.[0]);
    const key = await unwrapDataKey(keystore, PASSPHRASE);
    await rawPut(name, 'people', await sealRecord(key, 'people', 'odd-one', { id: 'odd-one', label: 42 }));

    const contents = await vault.readAll();
    expect(contents.people).toEqual([]);
    expect(contents.damaged).toEqual([{ table: 'people', id: 'odd-one', reason: 'invalid' }]);
  });

  it('writes a fresh 96-bit IV every time a record is saved', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const ana = person('Ana');
    await vault.put('people', ana);
    const first = ((await rawDump(name)).people as SealedRecord[])[0];
    await vault.put('people', { ...ana });
    const second = ((await rawDump(name)).people as SealedRecord[])[0];
    expect(first?.iv).toHaveLength(12);
    expect(second?.iv).toHaveLength(12);
    expect(second?.iv).not.toEqual(first?.iv);
  });

  it('stores nothing personal in readable form: no label, name, number or note, not even as a key', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const markers = ['Zephyrine', 'Quillon-Abernathy', '5550199', 'cousin-from-Oaxaca', 'keeps-my-passport'];
    await vault.put(
      'people',
      person(markers[0] ?? '', {
        fullName: markers[1] ?? '',
        phones: [{ kind: 'mobile', number: `+1 202 ${markers[2]}` }],
        relationship: markers[3] ?? '',
        notes: markers[4] ?? '',
      }),
    );
    const dump = await rawDump(name);
    for (const marker of [...markers, PASSPHRASE, 'mobile', 'label', 'fullName']) {
      expect(containsText(dump, marker), marker).toBe(false);
    }
    for (const row of dump.people as SealedRecord[]) {
      expect(Object.keys(row).sort()).toEqual(['ciphertext', 'id', 'iv']);
    }
  });

  it('drops the key on lock so nothing more can be read or written', async () => {
    const { vault } = await createdVault(PASSPHRASE);
    const events: string[] = [];
    vault.subscribe((event) => events.push(event.type));
    vault.lock();
    expect(vault.isUnlocked).toBe(false);
    expect(events).toEqual(['locked']);
    await expect(vault.readAll()).rejects.toMatchObject({ code: 'locked' });
    await expect(vault.put('people', person('Ana'))).rejects.toMatchObject({ code: 'locked' });
  });

  it('refuses to write a record that breaks its schema, before touching storage', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    await expect(vault.put('people', { ...person('Ana'), label: '' })).rejects.toThrow();
    expect((await rawDump(name)).people).toEqual([]);
  });

  it('removes records by id', async () => {
    const { vault } = await createdVault(PASSPHRASE);
    const ana = person('Ana');
    const bo = person('Bo');
    await vault.putMany('people', [ana, bo]);
    await vault.remove('people', [ana.id]);
    expect((await vault.readAll()).people).toEqual([bo]);
  });

  it('stores history entries encrypted like everything else', async () => {
    const { vault } = await createdVault(PASSPHRASE);
    const entry = historyEntrySchema.parse({
      id: crypto.randomUUID(),
      personId: crypto.randomUUID(),
      at: new Date().toISOString(),
      field: 'level',
      from: 'full',
      to: 'emergency',
      reason: 'talks too much',
    });
    await vault.put('history', entry);
    expect((await vault.readAll()).history).toEqual([entry]);
  });

  it('will not create a second notebook over an existing one', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    vault.close();
    const again = await openVault(name);
    await expect(again.create('another passphrase here')).rejects.toMatchObject({ code: 'vault-exists' });
  });

  it('says there is nothing to unlock before a notebook exists', async () => {
    const vault = await openVault(freshName());
    expect(await vault.hasNotebook()).toBe(false);
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'no-vault' });
  });

  it('records Argon2id with 64 MiB, 3 passes and 1 lane by default, with a 16-byte salt', async () => {
    const name = freshName();
    const vault = new Vault({ name });
    await vault.open();
    await vault.create(PASSPHRASE);
    const keystore = parseKeystore((await rawDump(name)).keystore?.[0]);
    expect(keystore.kdf).toEqual(ARGON2ID_DEFAULT);
    expect(keystore.salt).toHaveLength(16);
  });
});

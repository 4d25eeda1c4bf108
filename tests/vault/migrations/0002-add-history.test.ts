import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { NotebookDatabase } from '../../../src/vault/database';
import { createKeystore } from '../../../src/vault/keystore';
import { MIGRATIONS } from '../../../src/vault/migrations';
import { sealRecord } from '../../../src/vault/sealed-record';
import { FAST_KDF, freshName, openVault, person } from '../helpers';

describe('migration 0002: add the history table', () => {
  it('opens a notebook written by version 1 with its people intact and history usable', async () => {
    const name = freshName();
    const ana = person('Ana');

    const previous = new NotebookDatabase(
      name,
      MIGRATIONS.filter((migration) => migration.version <= 1),
    );
    await previous.open();
    expect(previous.verno).toBe(1);
    const { keystore, dataKey } = await createKeystore('passphrase of version one', FAST_KDF);
    const sealedPerson = await sealRecord(dataKey, 'people', ana.id, ana);
    const sealedSettings = await sealRecord(dataKey, 'settings', DEFAULT_SETTINGS.id, DEFAULT_SETTINGS);
    await previous.table('keystore').put(keystore);
    await previous.table('people').put(sealedPerson);
    await previous.table('settings').put(sealedSettings);
    previous.close();

    const vault = await openVault(name);
    await vault.unlock('passphrase of version one');
    const contents = await vault.readAll();
    expect(contents.people).toEqual([ana]);
    expect(contents.history).toEqual([]);
    expect(contents.damaged).toEqual([]);

    const entry = {
      id: crypto.randomUUID(),
      personId: ana.id,
      at: new Date().toISOString(),
      field: 'category' as const,
      from: null,
      to: 'primary',
      reason: '',
    };
    await vault.put('history', entry);
    expect((await vault.readAll()).history).toEqual([entry]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { NotebookDatabase } from '../../../src/vault/database';
import { createKeystore } from '../../../src/vault/keystore';
import { MIGRATIONS } from '../../../src/vault/migrations';
import { sealRecord } from '../../../src/vault/sealed-record';
import { FAST_KDF, freshName, openVault, person, rawDelete, rawDump } from '../helpers';

describe('migration 0003: add the ledger', () => {
  it('opens a notebook written by version 2 with nothing named, writes its ledger, and checks it from then on', async () => {
    const name = freshName();
    const ana = person('Ana');
    const rosa = person('Rosa');

    const previous = new NotebookDatabase(
      name,
      MIGRATIONS.filter((migration) => migration.version <= 2),
    );
    await previous.open();
    expect(previous.verno).toBe(2);
    const { keystore, dataKey } = await createKeystore('passphrase of version two', FAST_KDF);
    await previous.table('keystore').put(keystore);
    for (const entry of [ana, rosa])
      await previous.table('people').put(await sealRecord(dataKey, 'people', entry.id, entry));
    await previous.table('settings').put(await sealRecord(dataKey, 'settings', DEFAULT_SETTINGS.id, DEFAULT_SETTINGS));
    previous.close();

    const vault = await openVault(name);
    await vault.unlock('passphrase of version two');
    const contents = await vault.readAll();
    expect(contents.people).toEqual(expect.arrayContaining([ana, rosa]));
    expect(contents.changedBehind).toEqual([]);
    expect((await rawDump(name)).ledger).toHaveLength(1);

    await rawDelete(name, 'people', rosa.id);
    expect((await vault.readAll()).changedBehind).toEqual([{ table: 'people', id: rosa.id, reason: 'missing' }]);
  });
});

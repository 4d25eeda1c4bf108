import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../src/vault/database';
import { CURRENT_VERSION, MIGRATIONS } from '../../../src/vault/migrations';
import { freshName, rawDump } from '../helpers';

describe('migrations', () => {
  it('are numbered one after another, starting at 1', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(CURRENT_VERSION).toBe(MIGRATIONS.length);
  });

  it('version 1 creates the key store and one table per kind of record, keyed by id only', async () => {
    const name = freshName();
    const db = new NotebookDatabase(name, MIGRATIONS.slice(0, 1));
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual(['keystore', 'organisations', 'people', 'settings']);
    for (const table of db.tables) {
      expect(table.schema.primKey.keyPath).toBe('id');
      expect(table.schema.indexes).toEqual([]);
    }
    db.close();
    expect(Object.keys(await rawDump(name)).sort()).toEqual(['keystore', 'organisations', 'people', 'settings']);
  });

  it('the current version has no index on any table, so nothing personal can be a key', async () => {
    const db = new NotebookDatabase(freshName());
    await db.open();
    for (const table of db.tables) expect(table.schema.indexes).toEqual([]);
    db.close();
  });
});

/**
 * The records are read while the key is derived, so opening them starts as
 * soon as the key is there. What is shown is still the notebook as stored
 * when it is opened: a write from another tab in between is seen, and a lock
 * or a wrong passphrase leaves nothing of that early read behind.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FAST_KDF, freshName, openVault, person, rawDelete } from './helpers';

const PASSPHRASE = 'lantern by the quiet window';

async function notebookWith(labels: string[]) {
  const name = freshName();
  const writer = await openVault(name, FAST_KDF);
  await writer.create(PASSPHRASE);
  const people = labels.map((label) => person(label));
  await writer.putMany('people', people);
  return { name, writer, people };
}

describe('records read while the key is derived', () => {
  it('open to every record once the key is there', async () => {
    const { name, people } = await notebookWith(['Ana', 'Tía Rosa', 'Linh']);
    const reader = await openVault(name);
    await reader.unlock(PASSPHRASE);
    const contents = await reader.readAll();
    expect(contents.people.map((one) => one.label).sort()).toEqual(people.map((one) => one.label).sort());
    expect(contents.damaged).toEqual([]);
    expect(contents.changedBehind).toEqual([]);
  });

  it('a person saved in another tab after the early read is in what is shown', async () => {
    const { name, writer } = await notebookWith(['Ana']);
    const reader = await openVault(name);
    await reader.unlock(PASSPHRASE);
    await writer.put('people', person('Added elsewhere'));
    const contents = await reader.readAll();
    expect(contents.people.map((one) => one.label).sort()).toEqual(['Added elsewhere', 'Ana']);
    expect(contents.changedBehind).toEqual([]);
  });

  it('a person removed in another tab after the early read is not shown', async () => {
    const { name, writer, people } = await notebookWith(['Ana', 'Linh']);
    const reader = await openVault(name);
    await reader.unlock(PASSPHRASE);
    await writer.remove('people', [people[0]?.id ?? '']);
    const contents = await reader.readAll();
    expect(contents.people.map((one) => one.label)).toEqual(['Linh']);
  });

  it('are used only once: the next read is of storage as it is then', async () => {
    const { name, people } = await notebookWith(['Ana', 'Linh']);
    const reader = await openVault(name);
    await reader.unlock(PASSPHRASE);
    await reader.readAll();
    await rawDelete(name, 'people', people[0]?.id ?? '');
    const again = await reader.readAll();
    expect(again.people.map((one) => one.label)).toEqual(['Linh']);
    expect(again.changedBehind).toEqual([{ table: 'people', id: people[0]?.id, reason: 'missing' }]);
  });

  it('are dropped by a lock, and by a wrong passphrase: the next unlock reads afresh', async () => {
    const { name, writer } = await notebookWith(['Ana']);
    const reader = await openVault(name);
    await expect(reader.unlock('not the passphrase')).rejects.toThrow();
    await writer.put('people', person('After the wrong try'));
    await reader.unlock(PASSPHRASE);
    reader.lock();
    await writer.put('people', person('After the lock'));
    await reader.unlock(PASSPHRASE);
    const contents = await reader.readAll();
    expect(contents.people.map((one) => one.label).sort()).toEqual(['After the lock', 'After the wrong try', 'Ana']);
  });
});

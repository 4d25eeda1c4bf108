/** A record that breaks its schema is refused with an error naming the field, and nothing is written. */
import { describe, expect, it } from 'vitest';
import type { Phone } from '../../src/domain/common';
import { LIMITS } from '../../src/domain/limits';
import { newOrganisation } from '../../src/domain/organisation';
import { InvalidRecordError } from '../../src/vault/errors';
import type { Vault } from '../../src/vault/vault';
import { containsText, createdVault, openVault, person, rawDump } from './helpers';

const PASSPHRASE = 'correct horse battery staple';

/** A value no test data elsewhere contains, so finding it anywhere means it leaked. */
const MARKER = 'Qzxvbn';

function phones(count: number): Phone[] {
  return Array.from({ length: count }, (_, index) => ({ kind: 'mobile', number: `+1 202 555 01${10 + index}` }));
}

async function refusal(attempt: Promise<unknown>): Promise<InvalidRecordError> {
  const error = await attempt.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof InvalidRecordError)) throw new Error(`expected an InvalidRecordError, got ${String(error)}`);
  return error;
}

async function storedPeople(vault: Vault, name: string) {
  vault.close();
  const again = await openVault(name);
  await again.unlock(PASSPHRASE);
  return (await again.readAll()).people;
}

describe('a record that breaks its schema', () => {
  it('is refused when a full name is one character too long, naming the field and its limit, and nothing is written', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const error = await refusal(vault.put('people', person('Ana', { fullName: 'a'.repeat(LIMITS.shortText + 1) })));

    expect(error).toMatchObject({
      code: 'invalid-record',
      table: 'people',
      field: 'fullName',
      index: null,
      problem: 'too-long',
      limit: LIMITS.shortText,
    });
    expect((await rawDump(name)).people).toEqual([]);
    expect(await storedPeople(vault, name)).toEqual([]);
  });

  it('is refused when it holds one phone number too many, naming the list and how many it may hold', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const error = await refusal(vault.put('people', person('Ana', { phones: phones(LIMITS.phonesPerRecord + 1) })));

    expect(error).toMatchObject({ field: 'phones', index: null, problem: 'too-many', limit: LIMITS.phonesPerRecord });
    expect((await rawDump(name)).people).toEqual([]);
  });

  it('accepts exactly as many characters and phone numbers as the limits allow', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const ana = person('Ana', { fullName: 'a'.repeat(LIMITS.shortText), phones: phones(LIMITS.phonesPerRecord) });
    await vault.put('people', ana);
    expect(await storedPeople(vault, name)).toEqual([ana]);
  });

  it('names the list and the place of the item when one phone number in it is too long', async () => {
    const { vault } = await createdVault(PASSPHRASE);
    const list = phones(3);
    list[2] = { kind: 'home', number: '1'.repeat(LIMITS.phoneNumber + 1) };
    const error = await refusal(vault.put('people', person('Ana', { phones: list })));
    expect(error).toMatchObject({ field: 'phones', index: 2, problem: 'too-long', limit: LIMITS.phoneNumber });
  });

  it('calls an empty name missing', async () => {
    const { vault } = await createdVault(PASSPHRASE);
    const error = await refusal(vault.put('people', person('Ana', { label: '   ' })));
    expect(error).toMatchObject({ field: 'label', problem: 'missing', limit: null });
  });

  it('calls a value of the wrong kind not valid', async () => {
    const { vault } = await createdVault(PASSPHRASE);
    const error = await refusal(vault.put('people', { ...person('Ana'), circle: 'strangers' } as never));
    expect(error).toMatchObject({ field: 'circle', problem: 'invalid', limit: null });
  });

  it('names the field of an organisation too', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const organisation = newOrganisation({ id: crypto.randomUUID(), name: 'Centre', now: new Date().toISOString() });
    const error = await refusal(
      vault.put('organisations', { ...organisation, website: 'w'.repeat(LIMITS.shortText + 1) }),
    );
    expect(error).toMatchObject({ table: 'organisations', field: 'website', problem: 'too-long' });
    expect((await rawDump(name)).organisations).toEqual([]);
  });

  it('writes none of a batch when one of its records is refused', async () => {
    const { vault, name } = await createdVault(PASSPHRASE);
    const good = person('Ana');
    const bad = person('Bea', { notes: 'n'.repeat(LIMITS.longText + 1) });
    const error = await refusal(vault.putMany('people', [good, bad]));
    expect(error).toMatchObject({ field: 'notes', problem: 'too-long', limit: LIMITS.longText });
    expect(await storedPeople(vault, name)).toEqual([]);
  });

  it('carries no part of the value, not in its message, its properties or a cause', async () => {
    const { vault } = await createdVault(PASSPHRASE);
    const tooLong = `${MARKER} ${'x'.repeat(LIMITS.shortText)}`;
    const wrongKind: Phone = { kind: 'mobile', number: MARKER.repeat(10) };
    const errors = [
      await refusal(vault.put('people', person('Ana', { fullName: tooLong }))),
      await refusal(vault.put('people', person('Ana', { phones: [wrongKind] }))),
      await refusal(vault.put('people', { ...person('Ana'), level: MARKER } as never)),
      // A key that is not a field of the record is not named either: it could be anything.
      await refusal(
        vault.put('people', person('Ana', { screening: { answers: { [MARKER.repeat(20)]: 'yes' } } } as never)),
      ),
    ];
    for (const error of errors) {
      const seen = { ...error, message: error.message, stack: error.stack, cause: error.cause, text: String(error) };
      expect(containsText(seen, MARKER)).toBe(false);
      expect(error.cause).toBeUndefined();
    }
    expect(errors.map((error) => error.field)).toEqual(['fullName', 'phones', 'level', 'screening']);
  });

  it('says a locked notebook is locked, whatever the record holds', async () => {
    const { vault } = await createdVault(PASSPHRASE);
    vault.lock();
    await expect(vault.put('people', person('Ana', { fullName: 'a'.repeat(500) }))).rejects.toMatchObject({
      code: 'locked',
    });
  });
});

/** What a failure says, worked out without a screen: the key, its values, and the sentence in a language. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import arErrors from '../../locales/ar/errors.json';
import enErrors from '../../locales/en/errors.json';
import ruErrors from '../../locales/ru/errors.json';
import { LIMITS } from '../../src/domain/limits';
import { errorKey, errorMessage, errorText, NAMED_FIELD_KEYS } from '../../src/features/errors';
import { InvalidRecordError, VaultError } from '../../src/vault/errors';

type Details = ConstructorParameters<typeof InvalidRecordError>[0];

function refused(details: Partial<Details>): InvalidRecordError {
  return new InvalidRecordError({
    table: 'people',
    field: 'fullName',
    index: null,
    problem: 'invalid',
    limit: null,
    ...details,
  });
}

async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { errors: enErrors }, ar: { errors: arErrors }, ru: { errors: ruErrors } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('error messages', () => {
  it('name the field and its limit when a value is too long', () => {
    expect(errorMessage(refused({ problem: 'too-long', limit: LIMITS.shortText }))).toEqual({
      key: 'errors:invalid-field.too-long',
      values: { count: LIMITS.shortText },
      fieldName: 'errors:fields.people.fullName',
      field: 'fullName',
      index: null,
    });
  });

  it('name the item of a list by its place, counted from 1', () => {
    const message = errorMessage(
      refused({ field: 'phones', index: 2, problem: 'too-long', limit: LIMITS.phoneNumber }),
    );
    expect(message).toMatchObject({
      key: 'errors:invalid-field.too-long-item',
      values: { count: LIMITS.phoneNumber, position: 3 },
      field: 'phones',
      index: 2,
    });
  });

  it('say how many a list may hold when it holds too many', () => {
    const message = errorMessage(refused({ field: 'phones', problem: 'too-many', limit: LIMITS.phonesPerRecord }));
    expect(message).toMatchObject({
      key: 'errors:invalid-field.too-many',
      values: { count: LIMITS.phonesPerRecord },
      fieldName: 'errors:fields.people.phones',
    });
  });

  it('say an empty field is empty, and a wrong one cannot be kept, without a limit', () => {
    expect(errorMessage(refused({ field: 'label', problem: 'missing' }))).toMatchObject({
      key: 'errors:invalid-field.missing',
      values: {},
    });
    expect(errorMessage(refused({ table: 'organisations', field: 'type', problem: 'invalid' }))).toMatchObject({
      key: 'errors:invalid-field.invalid',
      fieldName: 'errors:fields.organisations.type',
    });
  });

  it('fall back to the general message for a field nobody types, or none at all', () => {
    for (const error of [
      refused({ field: 'createdAt' }),
      refused({ field: null }),
      refused({ table: 'settings', field: 'autoLockMinutes' }),
      refused({ problem: 'too-long', limit: null }),
    ]) {
      expect(errorMessage(error)).toMatchObject({ key: 'errors:invalid-record', values: {}, fieldName: null });
    }
  });

  it('keep every other failure as errorKey names it', () => {
    expect(errorMessage(new VaultError('storage-full')).key).toBe('errors:storage-full');
    expect(errorMessage(new Error('anything')).key).toBe('errors:storage-failed');
    expect(errorKey(refused({ problem: 'too-long', limit: 200 }))).toBe('errors:invalid-record');
  });

  it('read as a whole sentence with the field’s own name', async () => {
    const t = await translator('en');
    expect(errorText(t, refused({ problem: 'too-long', limit: LIMITS.shortText }))).toBe(
      'This was not saved: “Full name” is too long. It can have up to 200 characters. Shorten it and save again.',
    );
    expect(errorText(t, refused({ field: 'phones', index: 0, problem: 'missing' }))).toBe(
      'This was not saved: item 1 in “Phone numbers” is empty. Fill it in or remove it, then save again.',
    );
    expect(errorText(t, new VaultError('storage-full'))).toBe(enErrors['storage-full']);
  });

  it('use the plural form each language needs for the limit', async () => {
    const ru = await translator('ru');
    expect(errorText(ru, refused({ problem: 'too-long', limit: 200 }))).toContain('Максимум — 200 символов');
    expect(errorText(ru, refused({ field: 'phones', problem: 'too-many', limit: 10 }))).toContain('«Номера телефонов»');
    const ar = await translator('ar');
    expect(errorText(ar, refused({ field: 'phones', problem: 'too-many', limit: 10 }))).toContain('10 عناصر');
    expect(errorText(ar, refused({ problem: 'too-long', limit: 40 }))).toContain('40 حرفًا');
  });

  it('have a name in the English words for every field the survivor fills in', () => {
    const names = enErrors.fields as Record<string, Record<string, string>>;
    const inFile = Object.entries(names).flatMap(([table, fields]) =>
      Object.keys(fields).map((field) => `${table}.${field}`),
    );
    expect([...inFile].sort()).toEqual([...NAMED_FIELD_KEYS].sort());
  });
});

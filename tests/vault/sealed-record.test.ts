import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../src/vault/bytes';
import { bucketOf, endOfJson, openRecord, sealRecord } from '../../src/vault/sealed-record';
import { createdVault, person } from './helpers';

const GCM_TAG_BYTES = 16;

async function aesKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

describe('record sizes at rest', () => {
  it('pads to a power of two from 512 bytes, then to whole 16 KiB blocks', () => {
    expect(bucketOf(0)).toBe(512);
    expect(bucketOf(512)).toBe(512);
    expect(bucketOf(513)).toBe(1024);
    expect(bucketOf(3000)).toBe(4096);
    expect(bucketOf(16 * 1024)).toBe(16 * 1024);
    expect(bucketOf(16 * 1024 + 1)).toBe(32 * 1024);
    expect(bucketOf(40 * 1024)).toBe(48 * 1024);
  });

  it('a one-letter entry and one with a long note in the same bucket are stored at the same size', async () => {
    const key = await aesKey();
    const one = person('A');
    // As long a note as still fits the bucket the one-letter entry is in.
    const room = bucketOf(JSON.stringify(one).length) - JSON.stringify(one).length - 16;
    const short = await sealRecord(key, 'people', 'a', one);
    const longer = await sealRecord(key, 'people', 'b', { ...one, label: 'Ana', notes: 'n'.repeat(room) });
    const bucket = short.ciphertext.byteLength - GCM_TAG_BYTES;
    expect(bucket).toBe(bucketOf(bucket));
    expect(longer.ciphertext.byteLength).toBe(short.ciphertext.byteLength);
  });

  it('opens to exactly the record that was sealed, padding left behind', async () => {
    const key = await aesKey();
    const ana = person('Ana', { notes: 'Ask about Tuesday.' });
    expect(await openRecord(key, 'people', await sealRecord(key, 'people', ana.id, ana))).toEqual(ana);
  });

  it('a record written before padding still opens', async () => {
    const key = await aesKey();
    const ana = person('Ana');
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const unpadded = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(`notebook/record/v1/people/${ana.id}`) },
      key,
      utf8(JSON.stringify(ana)),
    );
    const sealed = { id: ana.id, iv, ciphertext: new Uint8Array(unpadded) };
    expect(await openRecord(key, 'people', sealed)).toEqual(ana);
  });

  it('a notebook keeps working across padded writes: saved people read back whole', async () => {
    const { vault } = await createdVault();
    const people = [person('A'), person('Tía Rosa', { notes: 'x'.repeat(2000) })];
    await vault.putMany('people', people);
    const contents = await vault.readAll();
    expect(contents.people).toEqual(expect.arrayContaining(people));
  });

  it('finds the end of the JSON before the padding, and reads a plaintext without padding whole', () => {
    expect(endOfJson(utf8('{"a":"}"}   '))).toBe(9);
    expect(endOfJson(utf8('{"a":1}'))).toBe(7);
    expect(endOfJson(utf8('"no object"   '))).toBe(14);
    expect(endOfJson(new Uint8Array(0))).toBe(0);
  });

  it('a padded value that is not an object, with a "}" inside, still opens whole', async () => {
    const key = await aesKey();
    for (const value of [['}'], 'text with } inside', 42]) {
      expect(await openRecord(key, 'people', await sealRecord(key, 'people', 'x', value))).toEqual(value);
    }
  });
});

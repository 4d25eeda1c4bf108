/**
 * Key derivation off the page: the worker's protocol, the page's fallback
 * where there is no worker, and cancellation by a lock, down to the session:
 * a lock while the passphrase is being checked leaves the notebook locked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VaultError } from '../../src/vault/errors';
import { ARGON2ID_DEFAULT, deriveKeyFromPassphrase, type KdfParams } from '../../src/vault/kdf';
import { deriveBitsHere } from '../../src/vault/kdf-bits';
import { answerDeriveRequest, type DeriveRequest, isDeriveReply } from '../../src/vault/kdf-protocol';
import { NotebookSession } from '../../src/vault/session';
import { FakeWorker, lastWorker } from './fake-worker';
import { FAST_KDF, freshName, rawDump } from './helpers';

const PASSPHRASE = 'quiet river under the old bridge';
const FAST_PBKDF2: KdfParams = { name: 'pbkdf2-sha256', iterations: 1000 };
const salt = () => new Uint8Array(16).fill(7);
const bytes = (text: string) => new TextEncoder().encode(text);

function request(params: KdfParams, secret = bytes(PASSPHRASE)): DeriveRequest {
  return { type: 'derive', secret: secret.slice().buffer, salt: salt().buffer, params };
}

/** What a key does, as far as can be seen of a non-extractable key: the same plaintext sealed the same way. */
async function fingerprint(key: CryptoKey): Promise<string> {
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, bytes('same words'));
  return Buffer.from(sealed).toString('hex');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(() => FakeWorker.reset());
afterEach(() => vi.unstubAllGlobals());

describe('the worker’s side of the protocol', () => {
  it.each([
    ['Argon2id', FAST_KDF],
    ['PBKDF2', FAST_PBKDF2],
  ])(
    'answers with the same %s bits the page would derive, moved, and zeroes the passphrase’s bytes',
    async (_, params) => {
      const asked = request(params);
      const { reply, transfer } = await answerDeriveRequest(asked);
      expect(reply.type).toBe('derived');
      if (reply.type !== 'derived') return;
      expect(new Uint8Array(reply.bits)).toEqual(await deriveBitsHere(bytes(PASSPHRASE), salt(), params));
      expect(reply.bits.byteLength).toBe(32);
      expect(transfer).toEqual([reply.bits]);
      expect(new Uint8Array(asked.secret).every((byte) => byte === 0)).toBe(true);
    },
  );

  it.each([
    ['not an object', 'derive'],
    ['another kind of message', { type: 'hello' }],
    ['the passphrase as text', { ...request(FAST_KDF), secret: PASSPHRASE }],
    ['an unknown algorithm', { ...request(FAST_KDF), params: { name: 'scrypt', iterations: 1 } }],
    ['no passes', { ...request(FAST_KDF), params: { ...FAST_KDF, iterations: 0 } }],
    ['a fraction of a lane', { ...request(FAST_KDF), params: { ...FAST_KDF, parallelism: 0.5 } }],
  ])('says only that it failed for %s, and still zeroes any passphrase bytes it was sent', async (_, data) => {
    const { reply, transfer } = await answerDeriveRequest(data);
    expect(reply).toEqual({ type: 'failed' });
    expect(transfer).toEqual([]);
    const secret = (data as { secret?: unknown }).secret;
    if (secret instanceof ArrayBuffer) expect(new Uint8Array(secret).every((byte) => byte === 0)).toBe(true);
  });

  it('says it failed, without why, when the derivation itself throws (Argon2id refuses an empty passphrase)', async () => {
    const { reply } = await answerDeriveRequest(request(FAST_KDF, new Uint8Array(0)));
    expect(reply).toEqual({ type: 'failed' });
  });

  it('tells a reply from anything else', () => {
    expect(isDeriveReply({ type: 'derived', bits: new ArrayBuffer(32) })).toBe(true);
    expect(isDeriveReply({ type: 'failed' })).toBe(true);
    expect(isDeriveReply({ type: 'derived', bits: 'abc' })).toBe(false);
    expect(isDeriveReply(null)).toBe(false);
  });
});

describe('deriving the key in a worker', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));

  it.each([
    ['Argon2id', FAST_KDF],
    ['PBKDF2', FAST_PBKDF2],
  ])('gives the same %s key as the page, from a module worker that is ended afterwards', async (_, params) => {
    const inWorker = await deriveKeyFromPassphrase(PASSPHRASE, salt(), params);
    const worker = lastWorker();
    expect(worker.url).toMatch(/\/kdf\.worker\.ts$/);
    expect(worker.type).toBe('module');
    expect(worker.terminated).toBe(true);
    vi.unstubAllGlobals();
    const onThePage = await deriveKeyFromPassphrase(PASSPHRASE, salt(), params);
    expect(FakeWorker.started).toHaveLength(1);
    expect(await fingerprint(inWorker)).toBe(await fingerprint(onThePage));
    expect(inWorker.extractable).toBe(false);
    expect(inWorker.usages).toEqual(expect.arrayContaining(['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']));
  });

  it('zeroes the passphrase’s bytes and the raw key bits on both sides once the key exists', async () => {
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    await deriveKeyFromPassphrase(PASSPHRASE, salt(), FAST_KDF);
    const pageSecret = encode.mock.results[0]?.value as Uint8Array;
    encode.mockRestore();
    expect(pageSecret.byteLength).toBeGreaterThan(0);
    expect(pageSecret.every((byte) => byte === 0)).toBe(true);
    const worker = lastWorker();
    expect(worker.heldSecret?.every((byte) => byte === 0)).toBe(true);
    const bits = new Uint8Array(worker.sentBits ?? new ArrayBuffer(1));
    expect(bits.byteLength).toBe(32);
    expect(bits.every((byte) => byte === 0)).toBe(true);
  });

  it('derives on the page when the worker cannot start, with the same key', async () => {
    FakeWorker.mode = 'fail-to-start';
    const fallback = await deriveKeyFromPassphrase(PASSPHRASE, salt(), FAST_KDF);
    expect(lastWorker().terminated).toBe(true);
    vi.unstubAllGlobals();
    expect(await fingerprint(fallback)).toBe(
      await fingerprint(await deriveKeyFromPassphrase(PASSPHRASE, salt(), FAST_KDF)),
    );
  });

  it('derives on the page when the browser refuses to make a module worker', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new TypeError('module workers are not supported');
        }
      },
    );
    const key = await deriveKeyFromPassphrase(PASSPHRASE, salt(), FAST_KDF);
    expect(key.algorithm.name).toBe('AES-GCM');
  });

  it('rejects as cancelled and ends the worker the moment the signal aborts; no key comes of it', async () => {
    FakeWorker.mode = 'hold';
    const controller = new AbortController();
    const deriving = deriveKeyFromPassphrase(PASSPHRASE, salt(), FAST_KDF, { signal: controller.signal });
    await vi.waitFor(() => lastWorker());
    const worker = lastWorker();
    expect(worker.terminated).toBe(false);
    controller.abort();
    await expect(deriving).rejects.toMatchObject({ name: 'VaultError', code: 'cancelled' });
    expect(worker.terminated).toBe(true);
    worker.release();
    await settle();
    expect(worker.sentBits).toBeNull();
  });

  it('starts no worker at all for a signal that has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      deriveKeyFromPassphrase(PASSPHRASE, salt(), FAST_KDF, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(VaultError);
    expect(FakeWorker.started).toEqual([]);
  });

  it('refuses parameters above what the app ever uses without starting a worker', async () => {
    await expect(deriveKeyFromPassphrase(PASSPHRASE, salt(), { ...ARGON2ID_DEFAULT, iterations: 64 })).rejects.toThrow(
      /above what the app opens/,
    );
    expect(FakeWorker.started).toEqual([]);
  });
});

describe('deriving the key on the page, where there is no worker', () => {
  it('is what Node does: the key comes without any worker', async () => {
    expect(typeof Worker).toBe('undefined');
    const key = await deriveKeyFromPassphrase(PASSPHRASE, salt(), FAST_PBKDF2);
    expect(key.extractable).toBe(false);
  });

  it('rejects as cancelled, with no key, when the signal aborts while it runs', async () => {
    const controller = new AbortController();
    const deriving = deriveKeyFromPassphrase(PASSPHRASE, salt(), FAST_KDF, { signal: controller.signal });
    controller.abort();
    await expect(deriving).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('locking while the passphrase is being checked', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));

  async function lockedSession(): Promise<{ session: NotebookSession; name: string }> {
    const name = freshName();
    const session = new NotebookSession({ name, kdf: FAST_KDF });
    await session.start();
    await session.create(PASSPHRASE);
    session.lockThisTab();
    return { session, name };
  }

  it('Lock cancels the unlock and the notebook stays locked, after the derivation would have finished too', async () => {
    const { session } = await lockedSession();
    FakeWorker.mode = 'hold';
    const unlocking = session.unlock(PASSPHRASE);
    await vi.waitFor(() => lastWorker());
    const worker = lastWorker();

    session.lock();

    await expect(unlocking).rejects.toMatchObject({ code: 'cancelled' });
    expect(worker.terminated).toBe(true);
    worker.release();
    await settle();
    expect(session.getState().phase).toBe('locked');
    // The next unlock is a fresh one and opens as usual.
    FakeWorker.mode = 'answer';
    await session.unlock(PASSPHRASE);
    expect(session.getState().phase).toBe('unlocked');
  });

  it('a lock that comes just as the key arrives still leaves the notebook locked', async () => {
    const { session } = await lockedSession();
    // The worker is ended when its answer is taken; the lock comes right then, before the notebook is read.
    FakeWorker.onTerminate = () => queueMicrotask(() => session.lockThisTab());
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'cancelled' });
    await settle();
    expect(session.getState().phase).toBe('locked');
  });

  it('a lock from another tab cancels this tab’s unlock too', async () => {
    const { session, name } = await lockedSession();
    const other = new NotebookSession({ name, kdf: FAST_KDF });
    await other.start();
    FakeWorker.mode = 'hold';
    const unlocking = session.unlock(PASSPHRASE);
    await vi.waitFor(() => lastWorker());
    other.lock();
    await expect(unlocking).rejects.toMatchObject({ code: 'cancelled' });
    expect(session.getState().phase).toBe('locked');
  });

  it('a lock while a new notebook’s key is made writes nothing, and the phone is still new', async () => {
    const name = freshName();
    const session = new NotebookSession({ name, kdf: FAST_KDF });
    await session.start();
    FakeWorker.mode = 'hold';
    const creating = session.create(PASSPHRASE);
    await vi.waitFor(() => lastWorker());
    session.lock();
    await expect(creating).rejects.toMatchObject({ code: 'cancelled' });
    expect(session.getState().phase).toBe('new');
    expect((await rawDump(name)).keystore).toEqual([]);
  });

  it('a lock while the passphrase is changed keeps the old one', async () => {
    const { session } = await lockedSession();
    await session.unlock(PASSPHRASE);
    FakeWorker.mode = 'hold';
    const changing = session.changePassphrase(PASSPHRASE, 'a new and longer passphrase');
    await vi.waitFor(() => lastWorker());
    session.lock();
    await expect(changing).rejects.toMatchObject({ code: 'cancelled' });
    FakeWorker.mode = 'answer';
    await session.unlock(PASSPHRASE);
    expect(session.getState().phase).toBe('unlocked');
  });

  it('a lock while a protected copy is opened cancels it', async () => {
    const { session } = await lockedSession();
    await session.unlock(PASSPHRASE);
    const file = await session.exportBackup('the copy’s own passphrase');
    FakeWorker.mode = 'hold';
    const opening = session.openBackup(file, 'the copy’s own passphrase');
    await vi.waitFor(() => lastWorker());
    session.lock();
    await expect(opening).rejects.toMatchObject({ code: 'cancelled' });
  });
});

/**
 * Asking the browser to keep the notebook never holds up the notebook:
 * Firefox answers `persist()` only once the person answers its question, and
 * may never. Creating and unlocking finish without the answer; the session
 * tells its listeners when the answer comes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotebookSession } from '../../src/vault/session';
import { FAST_KDF, freshName } from './helpers';

const PASSPHRASE = 'quiet river under the old bridge';

/** A Storage API whose `persist()` waits until the test answers (or forever). */
function storageAwaitingAnswer(alreadyPersisted = false) {
  let answer: (granted: boolean) => void = () => undefined;
  const persist = vi.fn(
    () =>
      new Promise<boolean>((resolve) => {
        answer = resolve;
      }),
  );
  const persisted = vi.fn(async () => alreadyPersisted);
  vi.stubGlobal('navigator', { storage: { persist, persisted } });
  return { persist, persisted, answer: (granted: boolean) => answer(granted) };
}

async function startedSession(): Promise<NotebookSession> {
  const session = new NotebookSession({ name: freshName(), kdf: FAST_KDF });
  await session.start();
  return session;
}

/** Lets the promise callbacks already queued run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('asking the browser to keep the notebook', () => {
  it('creates the notebook while persist() has not answered, and never will', async () => {
    const storage = storageAwaitingAnswer();
    const session = await startedSession();

    await session.create(PASSPHRASE);

    expect(session.getState().phase).toBe('unlocked');
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(session.getPersistence()).toBe('asking');
  });

  it('unlocks the notebook while persist() has not answered', async () => {
    storageAwaitingAnswer();
    const session = await startedSession();
    await session.create(PASSPHRASE);
    session.lock();

    await session.unlock(PASSPHRASE);

    expect(session.getState().phase).toBe('unlocked');
    expect(session.getPersistence()).toBe('asking');
  });

  it('tells its listeners the answer when it comes, after the notebook is open', async () => {
    const storage = storageAwaitingAnswer();
    const session = await startedSession();
    await session.create(PASSPHRASE);
    const heard: string[] = [];
    session.subscribePersistence(() => heard.push(session.getPersistence()));

    storage.answer(true);
    await settle();

    expect(session.getPersistence()).toBe('persisted');
    expect(heard).toEqual(['persisted']);
  });

  it('asks once at a time: unlocking again while the question is open does not ask again', async () => {
    const storage = storageAwaitingAnswer();
    const session = await startedSession();
    await session.create(PASSPHRASE);
    session.lock();
    await session.unlock(PASSPHRASE);

    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('asks again on unlock when the browser said no, and not once it said yes', async () => {
    const storage = storageAwaitingAnswer();
    const session = await startedSession();
    await session.create(PASSPHRASE);
    storage.answer(false);
    await settle();
    expect(session.getPersistence()).toBe('not-persisted');

    session.lock();
    await session.unlock(PASSPHRASE);
    expect(storage.persist).toHaveBeenCalledTimes(2);
    storage.answer(true);
    await settle();

    session.lock();
    await session.unlock(PASSPHRASE);
    expect(storage.persist).toHaveBeenCalledTimes(2);
    expect(session.getPersistence()).toBe('persisted');
  });

  it('does not ask after a wrong passphrase', async () => {
    const storage = storageAwaitingAnswer();
    const session = await startedSession();
    await session.create(PASSPHRASE);
    storage.answer(false);
    await settle();
    session.lock();

    await expect(session.unlock('not the passphrase at all')).rejects.toThrow();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('says unsupported when the browser has no persist()', async () => {
    vi.stubGlobal('navigator', { storage: {} });
    const session = await startedSession();
    await session.create(PASSPHRASE);
    await settle();

    expect(session.getPersistence()).toBe('unsupported');
  });

  it('reads the answer again on request, but leaves a question still open alone', async () => {
    const storage = storageAwaitingAnswer(true);
    const session = await startedSession();
    expect(session.getPersistence()).toBe('checking');

    await session.refreshPersistence();
    expect(session.getPersistence()).toBe('persisted');

    const other = await startedSession();
    await other.create(PASSPHRASE);
    storage.persisted.mockClear();
    await other.refreshPersistence();
    expect(storage.persisted).not.toHaveBeenCalled();
    expect(other.getPersistence()).toBe('asking');
  });

  it('knows the notebook was just created until it is locked', async () => {
    storageAwaitingAnswer();
    const session = await startedSession();
    await session.create(PASSPHRASE);
    expect(session.createdNow).toBe(true);

    session.lock();
    expect(session.createdNow).toBe(false);
    await session.unlock(PASSPHRASE);
    expect(session.createdNow).toBe(false);
  });
});

/**
 * Persistent storage: asks the browser not to clear the notebook when the
 * device runs low on space. Browsers decide on their own; some never grant it.
 * Firefox asks the person first and answers only once they have chosen, so
 * nothing may wait for this answer.
 */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

/**
 * What the screens show: the browser's answer, or that the request is still
 * waiting for one (`asking`), or, before anything was asked or read, `checking`.
 */
export type PersistenceStatus = PersistenceState | 'asking' | 'checking';

export async function requestPersistence(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

export async function persistenceState(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

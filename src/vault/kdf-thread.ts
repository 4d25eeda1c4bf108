/**
 * Where the key is derived: in a worker of its own where the browser has
 * workers, so the page is never blocked, and on the page itself where it has
 * none (an old browser, or Node under test), by the same code (kdf-bits.ts).
 *
 * A cancelled derivation ends its worker at once; nothing comes back from it.
 * A worker that cannot start (a browser without module workers) gives way to
 * the page, so the notebook still opens there.
 */
import { VaultError } from './errors';
import type { KdfParams } from './kdf';
import { deriveBitsHere } from './kdf-bits';
import { type DeriveRequest, isDeriveReply } from './kdf-protocol';

/** The error every cancelled derivation rejects with: the person locked or left while it ran. */
export const derivationCancelled = (): VaultError => new VaultError('cancelled');

/** The worker could not run at all; the page derives instead. */
class WorkerUnavailable extends Error {}

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * The raw key bits for this secret, salt and parameters. The caller keeps
 * and zeroes `secret`; the worker is sent a copy, which moves there whole.
 */
export async function deriveBits(
  secret: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  params: KdfParams,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  if (signal?.aborted) throw derivationCancelled();
  const worker = startWorker();
  if (worker) {
    try {
      return await deriveInWorker(worker, secret, salt, params, signal);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const bits = await deriveBitsHere(secret, salt, params);
  if (signal?.aborted) {
    bits.fill(0);
    throw derivationCancelled();
  }
  return bits;
}

function deriveInWorker(
  worker: Worker,
  secret: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  params: KdfParams,
  signal: AbortSignal | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(derivationCancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      finish();
      const reply = event.data;
      if (!isDeriveReply(reply)) return reject(new Error('key derivation worker sent something else'));
      if (reply.type === 'failed') return reject(new Error('key derivation failed'));
      const bits = new Uint8Array(reply.bits);
      // Ended by a lock while the answer was on its way: the bits are dropped, not used.
      if (signal?.aborted) {
        bits.fill(0);
        return reject(derivationCancelled());
      }
      resolve(bits);
    });
    worker.addEventListener('messageerror', () => {
      finish();
      reject(new Error('key derivation worker sent something unreadable'));
    });
    // A module the browser cannot run (no module workers, a refused script) never answers; the page derives.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      reject(new WorkerUnavailable());
    });
    const sentSecret = secret.slice();
    const sentSalt = salt.slice();
    const request: DeriveRequest = { type: 'derive', secret: sentSecret.buffer, salt: sentSalt.buffer, params };
    worker.postMessage(request, [sentSecret.buffer, sentSalt.buffer]);
  });
}

/**
 * A stand-in for the browser's Worker, for Node: it runs the real worker side
 * of the protocol (kdf-protocol.ts) in this thread, moves buffers as
 * postMessage does (the sender's copy is left empty), and can hold its answer
 * back, fail to start, or be ended, as a real one can. Install it with
 * `vi.stubGlobal('Worker', FakeWorker)`.
 */
import { answerDeriveRequest } from '../../src/vault/kdf-protocol';

export type FakeWorkerMode = 'answer' | 'hold' | 'fail-to-start';

export class FakeWorker extends EventTarget {
  /** Every worker started, oldest first. */
  static started: FakeWorker[] = [];
  static mode: FakeWorkerMode = 'answer';
  /** Called when a worker is ended, for tests that act at that moment. */
  static onTerminate: (() => void) | null = null;

  static reset(): void {
    FakeWorker.started = [];
    FakeWorker.mode = 'answer';
    FakeWorker.onTerminate = null;
  }

  readonly url: string;
  readonly type: string | undefined;
  terminated = false;
  /** The request as the worker received it. */
  received: unknown = null;
  /** The key bits it sent back: the same buffer the page received. */
  sentBits: ArrayBuffer | null = null;
  /** The request's secret as the worker held it, to see that it is zeroed. */
  heldSecret: Uint8Array | null = null;
  #held: (() => void) | null = null;

  constructor(url: URL | string, options?: { type?: string }) {
    super();
    this.url = String(url);
    this.type = options?.type;
    FakeWorker.started.push(this);
  }

  postMessage(data: unknown, transfer: Transferable[] = []): void {
    const moved: unknown = structuredClone(data, { transfer });
    this.received = moved;
    const secret = (moved as { secret?: unknown }).secret;
    if (secret instanceof ArrayBuffer) this.heldSecret = new Uint8Array(secret);
    if (FakeWorker.mode === 'fail-to-start') {
      setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 0);
      return;
    }
    const run = async () => {
      const { reply } = await answerDeriveRequest(moved);
      if (this.terminated) return;
      if (reply.type === 'derived') this.sentBits = reply.bits;
      this.dispatchEvent(new MessageEvent('message', { data: reply }));
    };
    if (FakeWorker.mode === 'hold') this.#held = () => void run();
    else void run();
  }

  /** Lets a held worker finish its derivation and answer, as it would have if nobody had ended it. */
  release(): void {
    this.#held?.();
    this.#held = null;
  }

  terminate(): void {
    this.terminated = true;
    FakeWorker.onTerminate?.();
  }
}

/** The last worker started, once it has its request. */
export function lastWorker(): FakeWorker {
  const worker = FakeWorker.started.at(-1);
  if (!worker?.received) throw new Error('no worker has a request yet');
  return worker;
}

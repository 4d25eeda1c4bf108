/**
 * The screens' way to the strength estimator: a Web Worker, so neither
 * loading the dictionaries nor an estimate holds up the page (its quick exit
 * above all). Each screen opens one when it is shown and closes it when it
 * goes, which frees the dictionaries' memory. The opener is a context so a
 * test without workers (jsdom) can run the same estimator on the page.
 */
import { createContext } from 'react';
import type { Strength, StrengthReply, StrengthRequest } from './strength';

export interface StrengthEstimator {
  /** The strength of a passphrase in the app's words; null when the estimator could not load. */
  estimate(passphrase: string, language: string): Promise<Strength | null>;
  close(): void;
}

/** The worker starts with the first estimate, so a screen left untouched loads nothing. */
export function openWorkerEstimator(): StrengthEstimator {
  let worker: Worker | null = null;
  const waiting = new Map<number, (strength: Strength | null) => void>();
  let next = 0;
  const settleAll = () => {
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('./estimator.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<StrengthReply>) => {
      waiting.get(event.data.id)?.(event.data.strength);
      waiting.delete(event.data.id);
    });
    // A browser that cannot start it (no module workers) shows no estimate, and the screen works as before.
    created.addEventListener('error', settleAll);
    worker = created;
    return created;
  };
  return {
    estimate: (passphrase, language) =>
      new Promise((resolve) => {
        next += 1;
        waiting.set(next, resolve);
        const request: StrengthRequest = { id: next, language, passphrase };
        started().postMessage(request);
      }),
    close: () => {
      worker?.terminate();
      worker = null;
      settleAll();
    },
  };
}

export const StrengthEstimatorContext = createContext<() => StrengthEstimator>(openWorkerEstimator);

/**
 * jsdom has no Web Worker: component tests run the same estimator the
 * worker runs (src/features/setup/estimator.worker.ts), on the page.
 */
import { estimatorFor } from '../../src/features/setup/estimator';
import { strengthOf } from '../../src/features/setup/strength';
import type { StrengthEstimator } from '../../src/features/setup/strength-estimator';

export function openEstimatorOnThePage(): StrengthEstimator {
  return {
    estimate: async (passphrase, language) => strengthOf((await estimatorFor(language))(passphrase)),
    close: () => {},
  };
}

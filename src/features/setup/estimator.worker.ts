/**
 * Runs the passphrase strength estimator off the page's thread: building the
 * dictionaries and each estimate can take a moment on a cheap phone, and the
 * page (its quick exit above all) must answer at once meanwhile.
 */
import { estimatorFor } from './estimator';
import { type StrengthReply, type StrengthRequest, strengthOf } from './strength';

self.addEventListener('message', (event: MessageEvent<StrengthRequest>) => {
  const { id, language, passphrase } = event.data;
  estimatorFor(language).then(
    (estimate) => reply({ id, strength: strengthOf(estimate(passphrase)) }),
    () => reply({ id, strength: null }),
  );
});

function reply(message: StrengthReply): void {
  self.postMessage(message);
}

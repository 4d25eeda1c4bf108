/**
 * The key-derivation worker: Argon2id (or PBKDF2) runs here, off the page,
 * so the page keeps drawing and the quick exit leaves at once while a
 * passphrase is turned into a key. The page starts one worker for each
 * derivation and ends it once the bits are back, or the moment the
 * derivation is cancelled (kdf-thread.ts); the protocol is kdf-protocol.ts.
 */
import { answerDeriveRequest } from './kdf-protocol';

addEventListener('message', (event: MessageEvent<unknown>) => {
  void answerDeriveRequest(event.data).then(({ reply, transfer }) => postMessage(reply, { transfer }));
});

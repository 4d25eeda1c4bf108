/** Loaded on demand: the Argon2id WebAssembly is only needed to derive a key. */
import { argon2id } from 'hash-wasm';

export async function argon2idRaw(
  secret: Uint8Array,
  salt: Uint8Array,
  params: { memoryKiB: number; iterations: number; parallelism: number },
): Promise<Uint8Array<ArrayBuffer>> {
  const output = await argon2id({
    password: secret,
    salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  const bits = new Uint8Array(output);
  // The library's own copy of the key bits goes as soon as ours exists.
  output.fill(0);
  return bits;
}

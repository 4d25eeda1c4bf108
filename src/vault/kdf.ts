/**
 * Key derivation: turns the passphrase into the key that wraps the data key.
 * Argon2id (memory-hard, through hash-wasm's WebAssembly) is the default;
 * PBKDF2-SHA256 through Web Crypto is the fallback where WebAssembly is
 * missing. The name and parameters are stored beside the salt, so a later
 * version can raise them and still open older notebooks.
 */
import { derivationCancelled, deriveBits } from './kdf-thread';

/** Argon2id: memory in KiB, passes, lanes. kdf-schema.ts checks stored parameters against these shapes. */
export interface Argon2idParams {
  name: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

export interface Pbkdf2Params {
  name: 'pbkdf2-sha256';
  iterations: number;
}

export type KdfParams = Argon2idParams | Pbkdf2Params;

/** 64 MiB, 3 passes, 1 lane: OWASP's Argon2id guidance, slower than its minimum. */
export const ARGON2ID_DEFAULT: Argon2idParams = { name: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 };

/** OWASP's figure for PBKDF2-HMAC-SHA256: the fewest iterations the fallback ever uses. */
export const PBKDF2_DEFAULT: KdfParams = { name: 'pbkdf2-sha256', iterations: 600_000 };

/**
 * The fallback is calibrated on the device that sets the passphrase: as many
 * iterations as take about this long there (never fewer than OWASP's
 * 600,000, never more than PBKDF2_MAX_ITERATIONS), so a guess costs an
 * attacker as much as the device can afford, as Argon2id's fixed cost does.
 */
export const PBKDF2_TARGET_MS = 450;
export const PBKDF2_MAX_ITERATIONS = 5_000_000;
const PBKDF2_PROBE_ITERATIONS = 100_000;

export const SALT_BYTES = 16;

/**
 * The most work a stored notebook lock or a protected copy may ask for: what
 * this app itself ever writes (ARGON2ID_DEFAULT; PBKDF2 calibrated up to
 * PBKDF2_MAX_ITERATIONS), and no more. A header is written by whoever holds
 * the file or the storage, and asking for 1 GiB and 64 passes would freeze the
 * phone for minutes; so anything above is refused before deriving. A later
 * version that raises its parameters raises these with them.
 */
export const KDF_CAPS = {
  argon2id: {
    memoryKiB: ARGON2ID_DEFAULT.memoryKiB,
    iterations: ARGON2ID_DEFAULT.iterations,
    parallelism: ARGON2ID_DEFAULT.parallelism,
    /** memory x passes x lanes: one bound on the whole, whatever the mix. */
    cost: ARGON2ID_DEFAULT.memoryKiB * ARGON2ID_DEFAULT.iterations * ARGON2ID_DEFAULT.parallelism,
  },
  pbkdf2: { iterations: PBKDF2_MAX_ITERATIONS },
} as const;

/** Whether deriving with these parameters is no more work than this app ever asks for (KDF_CAPS). */
export function withinKdfCaps(params: KdfParams): boolean {
  if (params.name === 'pbkdf2-sha256') return params.iterations <= KDF_CAPS.pbkdf2.iterations;
  const caps = KDF_CAPS.argon2id;
  return (
    params.memoryKiB <= caps.memoryKiB &&
    params.iterations <= caps.iterations &&
    params.parallelism <= caps.parallelism &&
    params.memoryKiB * params.iterations * params.parallelism <= caps.cost
  );
}

/** Milliseconds one PBKDF2-SHA256 derivation of `iterations` takes here (Web Crypto). */
export async function timePbkdf2(iterations: number): Promise<number> {
  const base = await crypto.subtle.importKey('raw', new Uint8Array(32), 'PBKDF2', false, ['deriveBits']);
  const salt = new Uint8Array(SALT_BYTES);
  const started = performance.now();
  await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256);
  return performance.now() - started;
}

/**
 * PBKDF2 parameters for this device: a warm-up, then three short probes; the
 * fastest is the one least disturbed by other work, scaled to
 * PBKDF2_TARGET_MS, rounded to 10,000 and kept within the bounds.
 */
export async function calibratePbkdf2(
  measure: (iterations: number) => Promise<number> = timePbkdf2,
  targetMs: number = PBKDF2_TARGET_MS,
): Promise<KdfParams> {
  await measure(PBKDF2_PROBE_ITERATIONS);
  const probes: number[] = [];
  for (let probe = 0; probe < 3; probe++) probes.push(await measure(PBKDF2_PROBE_ITERATIONS));
  const probeMs = Math.min(...probes);
  const scaled = probeMs > 0 ? (PBKDF2_PROBE_ITERATIONS * targetMs) / probeMs : PBKDF2_MAX_ITERATIONS;
  const rounded = Math.round(scaled / 10_000) * 10_000;
  const iterations = Math.min(PBKDF2_MAX_ITERATIONS, Math.max(PBKDF2_DEFAULT.iterations, rounded));
  return { name: 'pbkdf2-sha256', iterations };
}

/** The key derivation for a new passphrase: Argon2id, or calibrated PBKDF2 where WebAssembly is missing. */
export async function chooseKdfParams(): Promise<KdfParams> {
  return typeof WebAssembly === 'object' ? ARGON2ID_DEFAULT : calibratePbkdf2();
}

export interface DeriveOptions {
  /** Aborting it (a lock, the quick exit) ends the derivation at once; it then rejects with VaultError `cancelled`. */
  signal?: AbortSignal;
}

/**
 * Derives a non-extractable AES-256-GCM key from the passphrase. The
 * passphrase is normalised (NFC) so the same words typed on another keyboard
 * give the same key. The work runs in a worker where there is one
 * (kdf-thread.ts); its raw bits become the key here and are zeroed, as are
 * the passphrase's bytes.
 */
export async function deriveKeyFromPassphrase(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  params: KdfParams,
  { signal }: DeriveOptions = {},
): Promise<CryptoKey> {
  if (signal?.aborted) throw derivationCancelled();
  // The callers refuse such parameters with their own message first; this is the last gate.
  if (!withinKdfCaps(params)) throw new Error('key derivation parameters above what the app opens');
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  try {
    const raw = await deriveBits(secret, salt, params, signal);
    try {
      const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [
        'encrypt',
        'decrypt',
        'wrapKey',
        'unwrapKey',
      ]);
      if (signal?.aborted) throw derivationCancelled();
      return key;
    } finally {
      raw.fill(0);
    }
  } finally {
    secret.fill(0);
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARGON2ID_DEFAULT,
  calibratePbkdf2,
  chooseKdfParams,
  PBKDF2_DEFAULT,
  PBKDF2_MAX_ITERATIONS,
  timePbkdf2,
} from '../../src/vault/kdf';
import { parseKeystore } from '../../src/vault/keystore';
import { Vault } from '../../src/vault/vault';
import { freshName, rawDump } from './helpers';

const PASSPHRASE = 'correct horse battery staple';

/**
 * A device on which 100,000 iterations take `probeMs` at best: the warm-up
 * run is slower, and so is one probe, disturbed by other work.
 */
function deviceTaking(probeMs: number) {
  const asked: number[] = [];
  const times = [probeMs * 3, probeMs * 2, probeMs, probeMs * 1.1];
  const measure = async (iterations: number) => {
    asked.push(iterations);
    return times[asked.length - 1] ?? probeMs;
  };
  return { measure, asked };
}

describe('calibrating the PBKDF2 fallback', () => {
  it('scales the fastest of three short probes, after a warm-up run, to about 450 ms on this device, rounded to 10,000', async () => {
    const device = deviceTaking(14);
    const params = await calibratePbkdf2(device.measure);
    expect(device.asked).toEqual([100_000, 100_000, 100_000, 100_000]);
    // 100,000 × 450 / 14 = 3,214,285.7…
    expect(params).toEqual({ name: 'pbkdf2-sha256', iterations: 3_210_000 });
  });

  it('never goes below OWASP’s 600,000 iterations, however slow the device', async () => {
    expect(await calibratePbkdf2(deviceTaking(400).measure)).toEqual(PBKDF2_DEFAULT);
  });

  it('stops at 5,000,000 iterations on a very fast device, and when the clock reads no time at all', async () => {
    expect(await calibratePbkdf2(deviceTaking(1).measure)).toEqual({
      name: 'pbkdf2-sha256',
      iterations: PBKDF2_MAX_ITERATIONS,
    });
    expect(await calibratePbkdf2(deviceTaking(0).measure)).toEqual({
      name: 'pbkdf2-sha256',
      iterations: PBKDF2_MAX_ITERATIONS,
    });
  });

  it('times a real Web Crypto derivation', async () => {
    expect(await timePbkdf2(1000)).toBeGreaterThanOrEqual(0);
    const params = await calibratePbkdf2();
    expect(params.name).toBe('pbkdf2-sha256');
    if (params.name !== 'pbkdf2-sha256') return;
    expect(params.iterations).toBeGreaterThanOrEqual(600_000);
    expect(params.iterations).toBeLessThanOrEqual(PBKDF2_MAX_ITERATIONS);
    expect(params.iterations % 10_000).toBe(0);
  });
});

describe('choosing the key derivation for a new passphrase', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is Argon2id where WebAssembly runs', async () => {
    expect(await chooseKdfParams()).toEqual(ARGON2ID_DEFAULT);
  });

  it('is calibrated PBKDF2 without WebAssembly, and the notebook records it beside the salt', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const name = freshName();
    const vault = new Vault({ name });
    await vault.open();
    await vault.create(PASSPHRASE);
    const keystore = parseKeystore((await rawDump(name)).keystore?.[0]);
    expect(keystore.kdf.name).toBe('pbkdf2-sha256');
    expect(keystore.kdf.iterations).toBeGreaterThanOrEqual(600_000);

    vault.close();
    const again = new Vault({ name });
    await again.open();
    await again.unlock(PASSPHRASE);
    expect(again.isUnlocked).toBe(true);
    again.close();
  });
});

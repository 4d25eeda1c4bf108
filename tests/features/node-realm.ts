/**
 * Gives the jsdom tests Node's own typed arrays back.
 *
 * Vitest's jsdom environment replaces the global `Uint8Array`, `ArrayBuffer`
 * and the other typed arrays with jsdom's copies (another JavaScript realm),
 * while Web Crypto, TextEncoder, structuredClone and fake-indexeddb keep
 * making Node's. Bytes read back from IndexedDB then fail the vault's
 * `z.instanceof(Uint8Array)` check and a good keystore looks damaged.
 * A browser has one realm, so putting Node's constructors back is closer to
 * the real thing. It must run before any src module is evaluated: import it
 * first, or list it in the dom project's setupFiles.
 */
const NODE_UINT8ARRAY = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
const NODE_ARRAYBUFFER = Buffer.alloc(1).buffer.constructor as ArrayBufferConstructor;

const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
] as const;

function restore(name: string, value: unknown): void {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

if (globalThis.Uint8Array !== NODE_UINT8ARRAY) {
  restore('Uint8Array', NODE_UINT8ARRAY);
  restore('ArrayBuffer', NODE_ARRAYBUFFER);
  // structuredClone is Node's, so a clone of an empty array has Node's constructor.
  for (const name of TYPED_ARRAYS) {
    const JsdomArray = globalThis[name] as unknown as new (length: number) => object;
    restore(name, structuredClone(new JsdomArray(0)).constructor);
  }
}

export {};

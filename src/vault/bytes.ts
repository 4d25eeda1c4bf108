/** Byte helpers for the vault (no zod here: these are needed before the first screen). */

export type Bytes = Uint8Array<ArrayBuffer>;

export const IV_BYTES = 12;

export function randomBytes(length: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(length));
}

const ENCODER = new TextEncoder();

export function utf8(text: string): Bytes {
  return ENCODER.encode(text);
}

/** Joins parts with a length before each, so no two different lists join the same. */
export function framed(parts: readonly Uint8Array[]): Bytes {
  const total = parts.reduce((sum, part) => sum + 4 + part.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const part of parts) {
    view.setUint32(offset, part.byteLength);
    out.set(part, offset + 4);
    offset += 4 + part.byteLength;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let i = 0; i < a.byteLength; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

// Deterministic hashing for seeded worlds: every generated value is a pure function of
// (seed, account, index, field), so worlds need no stored state and any user can be rebuilt lazily.

/** 32-bit avalanche mix of two numbers (murmur3 finaliser over a combined word). */
export function mix(a: number, b: number): number {
  let h = Math.imul((a ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a of a string, mixed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h >>> 0, s.length);
}

export function hashOf(...parts: (number | string)[]): number {
  let h = 0x1234567;
  for (const p of parts) h = mix(h, typeof p === 'number' ? p >>> 0 : hashString(p));
  return h;
}

/** A float in [0, 1) from a hash. */
export function unit(h: number): number {
  return h / 4294967296;
}

export function pick<T>(items: readonly T[], h: number): T {
  return items[h % items.length];
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Zoom-looking id ("KDcuGIm1QgePTO8WbOqwIQ": 22 base64url chars) derived from a hash. */
export function idFrom(h: number, length = 22, alphabet = ID_ALPHABET): string {
  let out = '';
  let x = h;
  for (let i = 0; i < length; i++) {
    x = mix(x, i);
    out += alphabet[x % alphabet.length];
  }
  return out;
}

export function alnumFrom(h: number, length: number): string {
  return idFrom(h, length, ALNUM);
}

/** A whole number with exactly `digits` digits (at most 15), from a hash: pmi, host keys, account numbers. */
export function numberFrom(h: number, digits: number): number {
  const low = 10 ** (digits - 1);
  const span = 9 * low;
  // Two independent 32-bit draws, so spans above 2^32 are covered.
  return low + ((mix(h, 1) * 4294967296 + mix(h, 2)) % span);
}

/** Digits only, first digit non-zero (pmi, host keys, account numbers). */
export function digitsFrom(h: number, length: number): string {
  let out = String(1 + (h % 9));
  let x = h;
  for (let i = 1; i < length; i++) {
    x = mix(x, i);
    out += String(x % 10);
  }
  return out;
}

// Plain helpers over settings bodies (parsed JSON objects): a value at a path, the leaves, the keys a
// lock body marks locked. No vscode: the overrides and the explanation are built from these.
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** A Zoom body as an object; anything else (an array, a scalar, bad JSON) is an error naming what came. */
export function parseBody(text: string, what: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${what}: Zoom sent a body that is not JSON`);
  }
  if (!isObject(value)) throw new Error(`${what}: Zoom sent ${Array.isArray(value) ? 'an array' : typeof value}, not an object`);
  return value;
}

export function valueAt(body: Json | undefined, path: readonly string[]): { found: boolean; value?: unknown } {
  let at: unknown = body;
  for (const key of path) {
    if (!isObject(at) || !Object.hasOwn(at, key)) return { found: false };
    at = at[key];
  }
  return { found: true, value: at };
}

/** Every path to a value that is not an object (scalars and arrays), in document order; bounded depth. */
export function leafPaths(body: Json, prefix: string[] = [], depth = 0): string[][] {
  if (depth > 16) return [];
  return Object.entries(body).flatMap(([k, v]) => (isObject(v) ? leafPaths(v, [...prefix, k], depth + 1) : [[...prefix, k]]));
}

/** True when a lock body locks the key: `true` at its path or at a section above it. */
export function isLocked(locks: Json | undefined, path: readonly string[]): boolean {
  for (let n = path.length; n > 0; n--) if (valueAt(locks, path.slice(0, n)).value === true) return true;
  return false;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Lock settings exist for the full settings (and their field filter) and the meeting_security view. */
export function lockOptionFor(option: string | undefined): { option?: string } | undefined {
  if (option === undefined) return {};
  return option === 'meeting_security' ? { option } : undefined;
}

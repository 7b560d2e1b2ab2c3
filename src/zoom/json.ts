// Response text -> value without losing big integers. JSON.parse rounds integers above 2^53
// (zoom_one_type, license_option: docs/zoom-api-facts.md §JS precision hazard), so any integer
// literal that is not a safe integer is kept as its exact decimal string.
//
// Cost matters (a users page is ~1 MB): JSON.parse runs once at full speed, a walk of the result
// (~5% of the parse) finds rounded values, and only then is the text searched for their exact
// literals, which replace them in document order. Whenever that pairing could be wrong, the text
// is scanned exactly and parsed again with the literals quoted.

// Anchored on the value position: a leading literal lets the regex engine skip ahead fast.
const LONG_RUNS = /[:,[]\s*(-?\d{16,})/g;

interface Rounded {
  holder: Record<string, unknown> | unknown[];
  key: string | number;
  value: number;
}

/** Parses JSON text; throws SyntaxError on invalid or truncated JSON. */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const rounded: Rounded[] = [];
  if (value && typeof value === 'object') collectRounded(value as Record<string, unknown>, rounded);
  if (rounded.length === 0) return value;
  const literals = valueLiterals(text);
  if (pairable(rounded, literals)) {
    rounded.forEach((r, i) => { (r.holder as Record<string, unknown>)[r.key] = literals[i]; });
    return value;
  }
  return JSON.parse(quote(text, findUnsafeIntegers(text)));
}

/** Every number JSON.parse rounded (an integer beyond 2^53), with where it sits, in walk order. */
function collectRounded(node: Record<string, unknown> | unknown[], out: Rounded[]): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) visit(node, i, node[i], out);
  } else {
    for (const key in node) visit(node, key, node[key], out);
  }
}

function visit(holder: Rounded['holder'], key: string | number, v: unknown, out: Rounded[]): void {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) && Number.isInteger(v)) out.push({ holder, key, value: v });
  } else if (v && typeof v === 'object') {
    collectRounded(v as Record<string, unknown>, out);
  }
}

/** Unsafe integer literals in value positions, in text order (a run inside a string may slip in). */
function valueLiterals(text: string): string[] {
  const found: string[] = [];
  LONG_RUNS.lastIndex = 0;
  for (let m = LONG_RUNS.exec(text); m; m = LONG_RUNS.exec(text)) {
    const next = text.charCodeAt(m.index + m[0].length);
    if (next === 0x2e || next === 0x65 || next === 0x45) continue; // fraction or exponent
    // Rebuilt rather than kept as a slice: a slice would keep the whole page text alive.
    if (!Number.isSafeInteger(Number(m[1]))) found.push(BigInt(m[1]).toString());
  }
  return found;
}

/**
 * The walk visits values in text order, except that V8 lists integer-like object keys first. So
 * the pairing holds when counts and values agree and no two different literals round alike (a
 * swap between those would go unnoticed); anything else takes the exact path.
 */
function pairable(rounded: Rounded[], literals: string[]): boolean {
  if (rounded.length !== literals.length) return false;
  const byValue = new Map<number, string>();
  for (let i = 0; i < literals.length; i++) {
    if (Number(literals[i]) !== rounded[i].value) return false;
    const seen = byValue.get(rounded[i].value);
    if (seen !== undefined && seen !== literals[i]) return false;
    byValue.set(rounded[i].value, literals[i]);
  }
  return true;
}

function quote(text: string, ranges: [number, number][]): string {
  let out = '';
  let last = 0;
  for (const [start, end] of ranges) {
    out += text.slice(last, start) + '"' + text.slice(start, end) + '"';
    last = end;
  }
  return out + text.slice(last);
}

/** [start, end) of every integer literal outside strings that Number cannot hold exactly. */
function findUnsafeIntegers(text: string): [number, number][] {
  const found: [number, number][] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i++;
      while (i < n) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i += 2;
        else if (s === 0x22) break;
        else i++;
      }
      i++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      i++;
      let integer = true;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0x30 && d <= 0x39) i++;
        else if (d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d) { integer = false; i++; }
        else break;
      }
      const literal = text.slice(start, i);
      if (integer && literal.replace('-', '').length >= 16 && !Number.isSafeInteger(Number(literal))) found.push([start, i]);
    } else {
      i++;
    }
  }
  return found;
}

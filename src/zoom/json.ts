// Response text -> value without losing big integers. JSON.parse rounds integers above 2^53
// (zoom_one_type, license_option: zoom-api-facts.md "JS precision hazard"), so any integer
// literal that is not a safe integer is kept as its exact decimal string. The common case costs
// one regex pass on top of JSON.parse (about a tenth of it).

// Anchored on the value position: a leading literal lets the regex engine skip ahead fast.
const LONG_RUNS = /[:,[]\s*(-?\d{16,})/g;

/** Parses JSON text; throws SyntaxError on invalid or truncated JSON. */
export function parseJson(text: string): unknown {
  const candidates = findUnsafeCandidates(text);
  if (candidates.length === 0) return JSON.parse(text);
  try {
    return JSON.parse(quote(text, candidates));
  } catch {
    // A candidate was inside a string (quoting it there always breaks the syntax): scan exactly.
    return JSON.parse(quote(text, findUnsafeIntegers(text)));
  }
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

/**
 * Fast path: long digit runs in a value position (after `:`, `,` or `[`, ignoring whitespace)
 * that are whole integers and unsafe. Every real literal passes this test; a run inside a string
 * that happens to pass makes the quoted text invalid JSON, and parseJson then scans exactly.
 */
function findUnsafeCandidates(text: string): [number, number][] {
  const found: [number, number][] = [];
  LONG_RUNS.lastIndex = 0;
  for (let m = LONG_RUNS.exec(text); m; m = LONG_RUNS.exec(text)) {
    const end = m.index + m[0].length;
    const next = text.charCodeAt(end);
    if (next === 0x2e || next === 0x65 || next === 0x45) continue; // fraction or exponent
    if (!Number.isSafeInteger(Number(m[1]))) found.push([end - m[1].length, end]);
  }
  return found;
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

// Response text -> value without losing big integers. JSON.parse rounds integers above 2^53
// (zoom_one_type, license_option: zoom-api-facts.md "JS precision hazard"), so any integer
// literal that is not a safe integer is kept as its exact decimal string. The common case (no run
// of 16+ digits anywhere) costs one regex test on top of JSON.parse.

const LONG_DIGITS = /\d{16}/;

/** Parses JSON text; throws SyntaxError on invalid or truncated JSON. */
export function parseJson(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  const unsafe = findUnsafeIntegers(text);
  if (unsafe.length === 0) return JSON.parse(text);
  // Quote each unsafe literal in place, then let JSON.parse validate the rest.
  let out = '';
  let last = 0;
  for (const [start, end] of unsafe) {
    out += text.slice(last, start) + '"' + text.slice(start, end) + '"';
    last = end;
  }
  return JSON.parse(out + text.slice(last));
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

